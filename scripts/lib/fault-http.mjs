// How the fault and deadline runs call the real app: server actions posted exactly as the browser posts them (the
// action id from the build's manifest, the arguments as JSON, the page's own URL), read back from the RSC answer.
import { readFileSync } from "node:fs";
import path from "node:path";
import { encode } from "next-auth/jwt";
import { ROOT } from "./app.mjs";

// Long enough that only a request left hanging (not one slowed by a loaded machine) counts as "no answer".
const REQUEST_TIMEOUT_MS = 60_000;

/**
 * A session cookie as the app issues one at sign-in (lib/auth/options.ts: the user id and session version only),
 * signed with the server's secret: these runs test writes, not the sign-in form, so a thousand people need no scrypt.
 */
export async function mintSessionCookie(userId, secret) {
  const token = await encode({ token: { sub: String(userId), sv: 0 }, secret, maxAge: 8 * 60 * 60 });
  return `next-auth.session-token=${token}`;
}

/** The ids Next gave the named server actions in this build ("app/jury/actions.ts#saveScoreSheetAction" → id). */
export function findActionIds(distDir, keys) {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, distDir, "server", "server-reference-manifest.json"), "utf8"));
  const ids = {};
  for (const [id, entry] of Object.entries(manifest.node ?? {})) {
    const key = `${entry.filename}#${entry.exportedName}`;
    if (keys.includes(key)) ids[key] = id;
  }
  const missing = keys.filter((key) => !ids[key]);
  if (missing.length > 0) throw new Error(`Not in the build's server reference manifest: ${missing.join(", ")}`);
  return ids;
}

/** Finds the action's result in an RSC answer: the row that holds { ok: … }; dates arrive as "$D<iso>". */
function readActionResult(body) {
  for (const line of body.split("\n")) {
    const match = /^[0-9a-f]+:(\{.*\})$/.exec(line);
    if (!match) continue;
    try {
      const value = JSON.parse(match[1], (_key, v) => (typeof v === "string" && v.startsWith("$D") ? v.slice(2) : v));
      if (typeof value?.ok === "boolean") return value;
    } catch {
      // Another row of the payload.
    }
  }
  return null;
}

/**
 * Posts one server action and classifies the answer: "ok" (with data), "try-again" (UNAVAILABLE or a 503),
 * "refused" (any other code the app chose: CONFLICT, DEADLINE_PASSED…), "fault" (a 500, an error page, or the
 * generic ERROR code), or "no-answer" (the connection to the app failed or timed out).
 */
export async function callAction({ base, page, actionId, cookie, args }) {
  const sentAt = Date.now();
  let response;
  let body;
  try {
    response = await fetch(`${base}${page}`, {
      method: "POST",
      headers: { cookie, "Next-Action": actionId, Accept: "text/x-component", "Content-Type": "text/plain;charset=UTF-8", Origin: base },
      body: JSON.stringify(args),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    body = await response.text();
  } catch (error) {
    return { kind: "no-answer", sentAt, receivedAt: Date.now(), detail: error?.cause?.code ?? error?.name ?? String(error) };
  }
  const receivedAt = Date.now();
  const result = readActionResult(body);
  const answer = { status: response.status, sentAt, receivedAt, result };
  if (response.status === 503) return { ...answer, kind: "try-again" };
  if (response.status >= 500 || !result) return { ...answer, kind: "fault", detail: body.slice(0, 300) };
  if (result.ok) return { ...answer, kind: "ok", data: result.data };
  if (result.code === "UNAVAILABLE") return { ...answer, kind: "try-again", message: result.message };
  if (result.code === "ERROR") return { ...answer, kind: "fault", detail: result.message };
  return { ...answer, kind: "refused", code: result.code, message: result.message };
}
