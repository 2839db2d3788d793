/**
 * How the access matrix calls the app and reads its answers: one request context per caller, signed in once
 * through next-auth's credentials endpoint, and a verdict (allowed, refused or unexpected) for every answer.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import { encode } from "next-auth/jwt";
import {
  getMarker,
  MARKER_KINDS,
  MATRIX_EMAILS,
  MATRIX_PASSWORD,
  MATRIX_PHASES,
  type MarkerKind,
  type MatrixCaller,
  type MatrixPhase,
  type MatrixWorld,
} from "./access-matrix-data";

const ROOT = path.join(__dirname, "..", "..", "..");
const JURY_PHASES: readonly MatrixPhase[] = ["jury_scoring", "deliberation", "published"];

/** The secret the e2e server signs sessions with, read from its script so the two never drift apart. */
function getE2eSecret(): string {
  const script = readFileSync(path.join(ROOT, "scripts", "e2e-server.mjs"), "utf8");
  const secret = /const secret = "([^"]+)"/.exec(script)?.[1];
  if (!secret) throw new Error("No secret found in scripts/e2e-server.mjs");
  return secret;
}

/** Signs a caller in through the credentials endpoint, as the sign-in form does, and keeps the cookies. */
async function signIn(baseURL: string, email: string): Promise<APIRequestContext> {
  const context = await playwrightRequest.newContext({ baseURL });
  const { csrfToken } = (await (await context.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const answer = await context.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password: MATRIX_PASSWORD, json: "true" },
    maxRedirects: 0,
  });
  const cookies = (await context.storageState()).cookies.map((c) => c.name);
  if (!cookies.includes("next-auth.session-token")) throw new Error(`Sign-in failed for ${email}: HTTP ${answer.status()}`);
  return context;
}

/**
 * The disabled user cannot sign in, so its session is minted as the app would have issued it before the
 * account was disabled: a token carrying only the user id (lib/auth/options.ts).
 */
async function mintSession(baseURL: string, userId: number): Promise<APIRequestContext> {
  const token = await encode({ token: { sub: String(userId) }, secret: getE2eSecret(), maxAge: 8 * 60 * 60 });
  const { hostname } = new URL(baseURL);
  return playwrightRequest.newContext({
    baseURL,
    storageState: {
      cookies: [
        { name: "next-auth.session-token", value: token, domain: hostname, path: "/", expires: -1, httpOnly: true, secure: false, sameSite: "Lax" },
      ],
      origins: [],
    },
  });
}

export async function openCallerContexts(baseURL: string, world: MatrixWorld): Promise<Record<MatrixCaller, APIRequestContext>> {
  return {
    anonymous: await playwrightRequest.newContext({ baseURL }),
    coordinatorOwn: await signIn(baseURL, MATRIX_EMAILS.coordinatorOwn),
    coordinatorOther: await signIn(baseURL, MATRIX_EMAILS.coordinatorOther),
    jurorAssigned: await signIn(baseURL, MATRIX_EMAILS.jurorAssigned),
    jurorOwnCountry: await signIn(baseURL, MATRIX_EMAILS.jurorOwnCountry),
    jurorUnassigned: await signIn(baseURL, MATRIX_EMAILS.jurorUnassigned),
    chair: await signIn(baseURL, MATRIX_EMAILS.chair),
    admin: await signIn(baseURL, MATRIX_EMAILS.admin),
    disabled: await mintSession(baseURL, world.userIds.disabled),
  };
}

/** The ids the seed wrote beside the e2e database. */
export function readMatrixWorld(): MatrixWorld {
  return JSON.parse(readFileSync(path.join(ROOT, ".data", "e2e", "access-matrix-world.json"), "utf8")) as MatrixWorld;
}

/** The build's manifests: every page and route handler, and every server action with the pages that carry it. */
export function readManifests() {
  const server = path.join(ROOT, ".next-e2e", "server");
  const appPaths = JSON.parse(readFileSync(path.join(server, "app-paths-manifest.json"), "utf8")) as Record<string, string>;
  const references = JSON.parse(readFileSync(path.join(server, "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { workers: Record<string, unknown>; filename: string; exportedName: string }>;
  };
  const actions = Object.entries(references.node).map(([id, entry]) => ({
    id,
    key: `${entry.filename}#${entry.exportedName}`,
    pages: Object.keys(entry.workers),
  }));
  return { endpoints: Object.keys(appPaths), actions };
}

/**
 * Whether a caller may ever see a private field of the phase's dossier, anywhere. The published title is public;
 * the coordinators of A see their dossier but never a score or a juror's comment; the assigned juror sees it
 * once the jury works; the chair sees the ranking (titles) once the jury is closed; the secretariat sees all.
 */
export function maySee(caller: MatrixCaller, kind: MarkerKind, phase: MatrixPhase): boolean {
  if (kind === "title" && phase === "published") return true;
  switch (caller) {
    case "admin":
      return true;
    case "coordinatorOwn":
      return kind !== "comment";
    case "jurorAssigned":
      return JURY_PHASES.includes(phase);
    case "chair":
      return kind === "title" && (phase === "deliberation" || phase === "published");
    default:
      return false;
  }
}

/** Every marker of every phase that appears in a body. */
export function findMarkers(body: string): { kind: MarkerKind; phase: MatrixPhase; marker: string }[] {
  const found = [];
  for (const phase of MATRIX_PHASES) {
    for (const kind of MARKER_KINDS) {
      const marker = getMarker(kind, phase);
      if (body.includes(marker)) found.push({ kind, phase, marker });
    }
  }
  return found;
}

/** The notices a page shows the right person in place of its content at the wrong moment: a 200 with no data. */
const NOT_YET_NOTICE = new RegExp(
  [
    "The rehearsal can be watched once",
    "The ranking is available once",
    "The ceremony can be prepared once",
    "The deliberation opens when",
  ].join("|"),
);

export type Verdict = "allowed" | "refused" | "unexpected";

/**
 * The page as a person sees it, without its scripts: the payload also carries the messages the area's client
 * components may show (a "not yet" notice among them) on every page of the area, shown or not.
 */
function toShownText(body: string): string {
  return body.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, "");
}

/**
 * How a page or route handler answered: refused by redirect to sign-in, 401/403/404/409, or a "not yet" notice.
 * The refusal page's words cannot tell a refusal here: every page's payload carries the forbidden() boundary's text,
 * so a refusal answered with 200 is judged allowed, and the cell fails wherever the table expects a refusal.
 */
export function judgeHttp(status: number, location: string | undefined, body: string, okStatuses: readonly number[]) {
  const isSignInRedirect = status >= 300 && status < 400 && (location ?? "").includes("/signin");
  // 409: the right person at the wrong moment (a closed phase, a locked dossier, an unsealed result).
  if (isSignInRedirect || [401, 403, 404, 409].includes(status)) return { verdict: "refused" as Verdict, isLegacy200: false };
  if (NOT_YET_NOTICE.test(toShownText(body)) && status === 200) return { verdict: "refused" as Verdict, isLegacy200: true };
  if (okStatuses.includes(status)) return { verdict: "allowed" as Verdict, isLegacy200: false };
  return { verdict: "unexpected" as Verdict, isLegacy200: false };
}

/** The ActionResult in a server action's RSC answer, or undefined when there is none. */
export function readActionResult(body: string): { ok: boolean; code?: string } | undefined {
  for (const line of body.split("\n")) {
    const json = line.slice(line.indexOf(":") + 1);
    if (!json.startsWith("{") || !json.includes('"ok"')) continue;
    try {
      const parsed = JSON.parse(json) as { ok?: unknown; code?: unknown };
      if (typeof parsed.ok === "boolean") return { ok: parsed.ok, code: typeof parsed.code === "string" ? parsed.code : undefined };
    } catch {
      // Not the result line.
    }
  }
  return undefined;
}
