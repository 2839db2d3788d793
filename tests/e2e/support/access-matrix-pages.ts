/**
 * The access matrix's rows for pages and route handlers: one row per entry of the build's app-paths manifest,
 * each giving the requests to make (one per phase where the path names an edition or a dossier) and, for every
 * kind of caller, whether the answer must be allowed or refused.
 */
import type { MarkerKind, MatrixCaller, MatrixPhase, MatrixWorld } from "./access-matrix-data";
import { MATRIX_INVITATION_TOKEN, MATRIX_PHASES } from "./access-matrix-data";

export type Expected = "allowed" | "refused";

export interface HttpProbe {
  method: "GET" | "POST" | "DELETE";
  url: string;
  phase: MatrixPhase | null;
  expect: (caller: MatrixCaller) => Expected;
  /** Statuses that count as allowed (200 unless said). */
  okStatuses?: readonly number[];
  /** Markers an allowed answer must carry, proving the data really reached the caller. */
  mustShow?: (caller: MatrixCaller) => readonly MarkerKind[];
  /** An event stream: only its first chunk is read. */
  isStream?: boolean;
  /** An allowed answer must be the same as this URL's, e.g. a generic image that must not tell an edition apart. */
  sameBodyAs?: string;
  /** A PDF upload (multipart/form-data, field "file"). */
  isUpload?: boolean;
}

export interface EndpointRow {
  /** The requests for this endpoint; `path` is the manifest's URL template, e.g. /results/[year]/opengraph-image-1a2b3c. */
  probes: (world: MatrixWorld, path: string) => HttpProbe[];
  note?: string;
}

const JURY_PHASES: readonly MatrixPhase[] = ["jury_scoring", "deliberation", "published"];
const CLOSED_JURY_PHASES: readonly MatrixPhase[] = ["deliberation", "published"];
const EVERYONE = (): Expected => "allowed";

function only(...callers: MatrixCaller[]) {
  return (caller: MatrixCaller): Expected => (callers.includes(caller) ? "allowed" : "refused");
}

function when(isOpen: boolean, rule: (caller: MatrixCaller) => Expected) {
  return (caller: MatrixCaller): Expected => (isOpen ? rule(caller) : "refused");
}

/** Fills the manifest's URL template with the phase's edition, dossier and annex. */
function fill(path: string, world: MatrixWorld, phase: MatrixPhase | null): string {
  const edition = phase ? world.editions[phase] : undefined;
  return path
    .replace("[year]", String(edition?.year ?? ""))
    .replace("[id]", edition?.nominationId ?? "")
    .replace("[annexId]", edition?.annexId ?? "")
    .replace("[rank]", "1")
    .replace("[token]", MATRIX_INVITATION_TOKEN);
}

function once(probe: Omit<HttpProbe, "url" | "phase" | "method"> & { method?: HttpProbe["method"]; suffix?: string }) {
  return (world: MatrixWorld, path: string): HttpProbe[] => [{ method: "GET", ...probe, url: fill(path, world, null) + (probe.suffix ?? ""), phase: null }];
}

function perPhase(build: (phase: MatrixPhase) => Omit<HttpProbe, "url" | "phase" | "method"> & { method?: HttpProbe["method"]; suffix?: string }) {
  return (world: MatrixWorld, path: string): HttpProbe[] =>
    MATRIX_PHASES.map((phase) => {
      const probe = build(phase);
      return { method: "GET", ...probe, url: fill(path, world, phase) + (probe.suffix ?? ""), phase };
    });
}

/** A secretariat page about one edition: the admin in the phases it serves, nobody else ever. */
function adminEditionPage(phases: readonly MatrixPhase[] = MATRIX_PHASES): EndpointRow {
  return { probes: perPhase((phase) => ({ expect: when(phases.includes(phase), only("admin")) })) };
}

export const ENDPOINT_ROWS: Record<string, EndpointRow> = {
  // The public site.
  "/(public)/page": { probes: once({ expect: EVERYONE }) },
  "/(public)/archive/page": { probes: once({ expect: EVERYONE }) },
  "/(public)/privacy/page": { probes: once({ expect: EVERYONE }) },
  "/(public)/opengraph-image/route": { probes: once({ expect: EVERYONE }) },
  "/(public)/accessibility/page": { probes: once({ expect: EVERYONE }) },
  "/(public)/verify/page": { probes: once({ expect: EVERYONE }) },
  "/icon.svg/route": { probes: once({ expect: EVERYONE }) },
  "/apple-icon/route": { probes: once({ expect: EVERYONE }) },
  "/flags/[file]/route": {
    probes: () => [{ method: "GET", url: "/flags/fr.svg", phase: null, expect: EVERYONE }],
    note: "A static image per country; any other name is a 404.",
  },
  "/language/route": {
    probes: once({ method: "POST", okStatuses: [400], expect: EVERYONE }),
    note: "The language switch: anyone may choose (a cookie, and their own account when signed in); sent empty, a 400.",
  },
  "/api/v1/session/route": {
    probes: once({ expect: EVERYONE }),
    note: "Answers everyone: the signed-in person's name and areas, or null (never cached).",
  },
  "/api/v1/editions/[year]/results/snapshot.json/route": {
    probes: perPhase((phase) => ({ expect: when(phase === "published", EVERYONE) })),
    note: "The public part of the seal, once published; before that a 404 like an unknown year.",
  },
  "/(public)/results/[year]/page": {
    probes: perPhase((phase) => ({ expect: when(phase === "published", EVERYONE), mustShow: () => ["title"] })),
  },
  // Until publication the image is the generic one, the same as for a year with no edition.
  "/(public)/results/[year]/opengraph-image/route": {
    probes: (world, path) =>
      perPhase((phase) => ({ expect: EVERYONE, sameBodyAs: phase === "published" ? undefined : path.replace("[year]", "2199") }))(world, path),
  },
  // The book of good practices: an entry exists publicly only once its edition is published.
  "/(public)/practices/page": { probes: once({ expect: EVERYONE }) },
  "/(public)/practices/[id]/page": {
    probes: perPhase((phase) => ({ expect: when(phase === "published", EVERYONE), mustShow: () => ["title"] })),
    note: "Before publication a 404, like an id that does not exist.",
  },
  "/_global-error/page": { probes: () => [], note: "Next's own error boundary: no URL of its own." },
  "/_not-found/page": { probes: once({ expect: only(), suffix: "" }), note: "Always 404." },
  "/signin/page": { probes: once({ expect: EVERYONE, okStatuses: [200, 307] }), note: "A signed-in caller is sent on (307)." },
  "/signout/page": { probes: once({ expect: EVERYONE }) },
  "/invitation/[token]/page": { probes: once({ expect: EVERYONE }), note: "The token is the credential." },
  "/password/forgot/page": { probes: once({ expect: EVERYONE }) },
  "/password/reset/[token]/page": { probes: once({ expect: EVERYONE }), note: "The token is the credential; an unknown one shows the one refusal." },
  // Every signed-in person is sent on to their role's page (307); the signed-out and the disabled to the sign-in page.
  "/welcome/page": {
    probes: once({ expect: (caller) => (caller === "anonymous" || caller === "disabled" ? "refused" : "allowed"), okStatuses: [200, 307] }),
  },
  "/ceremony/[year]/page": {
    probes: (world, path) => [
      // The live audience screen is public once the edition is (a waiting screen until the show starts).
      ...perPhase((phase) => ({ expect: when(phase !== "draft", EVERYONE) }))(world, path),
      // The rehearsal shows results before the reveal: the secretariat only.
      ...perPhase((phase) => ({ expect: when(CLOSED_JURY_PHASES.includes(phase), only("admin")), suffix: "?rehearsal=1" }))(world, path),
    ],
  },

  // The public and private JSON API.
  "/api/auth/[...nextauth]/route": { probes: (world) => once({ expect: EVERYONE })(world, "/api/auth/session") },
  "/api/health/route": { probes: once({ expect: EVERYONE }) },
  "/api/ready/route": { probes: once({ expect: EVERYONE }), note: "Readiness for a load balancer: database reachable, migrations applied." },
  "/api/v1/editions/route": { probes: once({ expect: EVERYONE }) },
  "/api/v1/openapi.json/route": { probes: once({ expect: EVERYONE }) },
  "/api/v1/practices/route": { probes: once({ expect: EVERYONE }) },
  "/api/v1/practices/[id]/route": {
    probes: perPhase((phase) => ({ expect: when(phase === "published", EVERYONE), mustShow: () => ["title"] })),
    note: "Before publication a 404, like an id that does not exist.",
  },
  "/api/v1/editions/[year]/results/route": {
    probes: perPhase((phase) => ({ expect: when(phase === "published", EVERYONE), mustShow: () => ["title"] })),
  },
  "/api/v1/ceremony/[year]/route": {
    probes: (world, path) => [
      ...perPhase((phase) => ({ expect: when(phase !== "draft", EVERYONE) }))(world, path),
      ...perPhase((phase) => ({ expect: when(CLOSED_JURY_PHASES.includes(phase), only("admin")), suffix: "?rehearsal=1" }))(world, path),
    ],
  },
  "/api/v1/ceremony/[year]/stream/route": {
    probes: (world, path) => [
      ...perPhase((phase) => ({ expect: when(phase !== "draft", EVERYONE), isStream: true }))(world, path),
      ...perPhase((phase) => ({ expect: when(CLOSED_JURY_PHASES.includes(phase), only("admin")), suffix: "?rehearsal=1", isStream: true }))(
        world,
        path,
      ),
    ],
  },
  "/api/v1/nominations/[id]/annexes/route": {
    probes: (world, path) => [
      ...perPhase((phase) => ({ expect: dossierViewers(phase) }))(world, path),
      // Adding an annex: the coordinators of A, on their draft, while nominations are open.
      ...perPhase((phase) => ({ method: "POST" as const, isUpload: true, okStatuses: [201], expect: when(phase === "nominations_open", only("coordinatorOwn")) }))(
        world,
        path,
      ),
    ],
  },
  // The in-page viewer's PDF: the same readers as the download. Before the row below, whose DELETE removes one annex.
  "/api/v1/annexes/[annexId]/view/route": { probes: perPhase((phase) => ({ expect: dossierViewers(phase) })) },
  "/api/v1/annexes/[annexId]/route": {
    probes: (world, path) => [
      ...perPhase((phase) => ({ expect: dossierViewers(phase) }))(world, path),
      // Deleting: A's coordinators, from their draft, while nominations are open (that annex is gone afterwards).
      ...perPhase((phase) => ({ method: "DELETE" as const, okStatuses: [204], expect: when(phase === "nominations_open", only("coordinatorOwn")) }))(
        world,
        path,
      ),
    ],
  },

  // The secretariat.
  "/admin/page": { probes: once({ expect: only("admin") }) },
  "/admin/outbox/page": { probes: once({ expect: only("admin") }) },
  "/admin/people/page": { probes: once({ expect: only("admin") }) },
  "/admin/people/invite/page": { probes: once({ expect: only("admin") }) },
  "/admin/people/[id]/page": { probes: (world, path) => once({ expect: only("admin") })(world, path.replace("[id]", String(world.userIds.coordinatorOwn))) },
  "/admin/audit/page": { probes: once({ expect: only("admin") }) },
  "/admin/audit/erasure/page": { probes: once({ expect: only("admin"), suffix: "?query=%231" }) },
  "/admin/audit/export.csv/route": { probes: once({ expect: only("admin") }) },
  "/admin/import/page": { probes: once({ expect: only("admin") }) },
  "/admin/import/archive/route": {
    probes: once({ method: "POST", isUpload: true, okStatuses: [400], expect: only("admin") }),
    note: "The matrix uploads a PDF, no edition archive: the admin passes the access check and is refused the file (400).",
  },
  "/admin/outbox/[id]/page": { probes: (world, path) => once({ expect: only("admin") })(world, path.replace("[id]", String(world.outboxMessageId))) },
  "/admin/editions/new/page": { probes: once({ expect: only("admin") }) },
  "/admin/editions/[year]/page": adminEditionPage(),
  "/admin/editions/[year]/settings/page": adminEditionPage(),
  "/admin/editions/[year]/nominations/page": adminEditionPage(),
  // The reading desk: the whole dossier, contact person included, in every phase, for the secretariat alone.
  "/admin/editions/[year]/nominations/[id]/page": {
    probes: perPhase(() => ({ expect: only("admin"), mustShow: () => ["title", "answer", "contact"] })),
  },
  "/admin/editions/[year]/rubric/page": adminEditionPage(),
  "/admin/editions/[year]/jury/page": adminEditionPage(),
  "/admin/editions/[year]/assignments/page": adminEditionPage(),
  "/admin/editions/[year]/conflicts/page": adminEditionPage(),
  "/admin/editions/[year]/progress/page": adminEditionPage(),
  "/admin/editions/[year]/messages/page": adminEditionPage(),
  "/admin/editions/[year]/messages/[kind]/page": {
    probes: (world, path) => adminEditionPage().probes(world, path.replace("[kind]", "jury-invitation")),
  },
  "/admin/editions/[year]/ranking/page": adminEditionPage(JURY_PHASES),
  "/admin/editions/[year]/result/page": adminEditionPage(),
  "/admin/editions/[year]/ceremony/page": adminEditionPage(CLOSED_JURY_PHASES),
  "/admin/editions/[year]/certificates/[rank]/route": adminEditionPage(["published"]),
  "/admin/editions/[year]/export/scores.csv/route": adminEditionPage(CLOSED_JURY_PHASES),
  "/admin/editions/[year]/export/scores.xlsx/route": adminEditionPage(CLOSED_JURY_PHASES),
  // The whole edition as a zip, in any phase (rule edition.export).
  "/admin/editions/[year]/export/edition.zip/route": adminEditionPage(),

  // The coordinators.
  "/coordinator/page": { probes: once({ expect: only("coordinatorOwn", "coordinatorOther"), mustShow: (c) => (c === "coordinatorOwn" ? ["title"] : []) }) },
  "/coordinator/nominations/new/page": {
    // The form (open or closed) for any coordinator once the edition is public; a draft edition is not found.
    probes: (world) =>
      MATRIX_PHASES.map((phase) => ({
        method: "GET" as const,
        url: `/coordinator/nominations/new?edition=${world.editions[phase].year}`,
        phase,
        expect: when(phase !== "draft", only("coordinatorOwn", "coordinatorOther")),
      })),
  },
  "/coordinator/nominations/[id]/page": coordinatorDossierPage(),
  "/coordinator/nominations/[id]/print/page": coordinatorDossierPage(),
  "/coordinator/nominations/[id]/receipt/page": coordinatorDossierPage(),

  // The jury.
  "/jury/page": {
    probes: once({
      expect: only("jurorAssigned", "jurorOwnCountry", "jurorUnassigned", "chair"),
      mustShow: (c) => (c === "jurorAssigned" ? ["title"] : []),
    }),
  },
  "/jury/nominations/[id]/page": {
    probes: perPhase((phase) => ({
      expect: when(JURY_PHASES.includes(phase), only("jurorAssigned")),
      mustShow: () => ["title", "answer", "comment"],
    })),
  },
  "/jury/deliberation/[year]/page": { probes: perPhase((phase) => ({ expect: when(CLOSED_JURY_PHASES.includes(phase), only("chair")) })) },
};

/**
 * Who may see the dossier (and its annexes): the secretariat, A's coordinators once the edition is public (as on
 * their pages), and the assigned juror once the jury works.
 */
function dossierViewers(phase: MatrixPhase) {
  return (caller: MatrixCaller): Expected =>
    caller === "admin" || (caller === "coordinatorOwn" && phase !== "draft") || (caller === "jurorAssigned" && JURY_PHASES.includes(phase))
      ? "allowed"
      : "refused";
}

/** A coordinator's view of the dossier: A's coordinators once the edition is public (a draft edition is not). */
function coordinatorDossierPage(): EndpointRow {
  return {
    probes: perPhase((phase) => ({
      expect: when(phase !== "draft", only("coordinatorOwn")),
      mustShow: () => ["title"],
    })),
  };
}

/** The row key of a manifest entry: metadata images carry a build hash in their path, which is dropped. */
export function toRowKey(manifestKey: string): string {
  return manifestKey.replace(/\/opengraph-image-[^/]+\/route$/, "/opengraph-image/route");
}

/** The URL template of a manifest entry: route groups and the /page or /route suffix removed. */
export function toUrlTemplate(manifestKey: string): string {
  const path = manifestKey.replace(/\/(page|route)$/, "").replace(/\/\([^)]+\)/g, "");
  return path === "" ? "/" : path;
}
