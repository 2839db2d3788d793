/**
 * The access matrix's own world, shared by its seed and its spec: six editions (2000–2005), one per phase, each
 * with a competing dossier from country A, and one account per kind of caller. Marker strings seeded into the
 * dossiers let the spec tell, from any response body, which private data reached which caller.
 */
import path from "node:path";
import type { EditionPhase } from "../../../db/schema";

export const MATRIX_PHASES = ["draft", "nominations_open", "eligibility", "jury_scoring", "deliberation", "published"] as const satisfies readonly EditionPhase[];
export type MatrixPhase = (typeof MATRIX_PHASES)[number];

/**
 * One edition per phase, in phase order. Years before the demo's 2026 and the archive's 2014–2024: lists show the
 * newest edition first, and the other specs pick the demo's open edition as the first one they find.
 */
export const MATRIX_YEARS: Record<MatrixPhase, number> = {
  draft: 2000,
  nominations_open: 2001,
  eligibility: 2002,
  jury_scoring: 2003,
  deliberation: 2004,
  published: 2005,
};

/** A: the dossier's country; B: the other coordinator's and the assigned juror's; C: the unassigned juror's; D: the chair's. */
export const MATRIX_COUNTRIES = { A: "HR", B: "SI", C: "SK", D: "LT" } as const;

export const MATRIX_PASSWORD = "access-matrix-e2e-2026";

/** Every kind of caller, in the order the report lists them. */
export const MATRIX_CALLERS = [
  "anonymous",
  "coordinatorOwn",
  "coordinatorOther",
  "jurorAssigned",
  "jurorOwnCountry",
  "jurorUnassigned",
  "chair",
  "admin",
  "disabled",
] as const;
export type MatrixCaller = (typeof MATRIX_CALLERS)[number];

/** The seeded account of each signed-in caller. */
export const MATRIX_EMAILS: Record<Exclude<MatrixCaller, "anonymous">, string> = {
  coordinatorOwn: "matrix.coordinator.a@matrix.invalid",
  coordinatorOther: "matrix.coordinator.b@matrix.invalid",
  jurorAssigned: "matrix.juror.b@matrix.invalid",
  jurorOwnCountry: "matrix.juror.a@matrix.invalid",
  jurorUnassigned: "matrix.juror.c@matrix.invalid",
  chair: "matrix.chair.d@matrix.invalid",
  admin: "matrix.admin@matrix.invalid",
  disabled: "matrix.disabled@matrix.invalid",
};

/** The private fields of a dossier, each with a marker that names its phase. */
export const MARKER_KINDS = ["title", "contact", "answer", "comment"] as const;
export type MarkerKind = (typeof MARKER_KINDS)[number];

/** A marker string, lowercase so no rendering changes its case. */
export function getMarker(kind: MarkerKind, phase: MatrixPhase): string {
  return kind === "contact" ? `mxcontact-${phase.replace("_", "-")}@matrix.invalid` : `mx${kind}z${phase.replace("_", "")}q`;
}

/** The invitation token of the seeded invited person (43 base64url characters, as issued). */
export const MATRIX_INVITATION_TOKEN = "accessMatrixInvitationToken0123456789abcdef".slice(0, 43);

/** The annex file's name and the marker inside it. */
export const MATRIX_ANNEX_NAME = "matrix-annex.pdf";

/** The ids the seed made, written beside the e2e database for the spec to read. */
export interface MatrixWorld {
  editions: Record<
    MatrixPhase,
    {
      id: number;
      year: number;
      nominationId: string;
      annexId: string;
      chairMembershipId: number;
      jurorMembershipId: number;
      criterionIds: number[];
    }
  >;
  outboxMessageId: number;
  userIds: Record<Exclude<MatrixCaller, "anonymous">, number>;
}

export function getMatrixWorldPath(dataDir: string): string {
  return path.join(dataDir, "access-matrix-world.json");
}
