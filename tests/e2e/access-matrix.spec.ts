/**
 * The access matrix: every page, route handler and server action the build knows (its manifests), called by every
 * kind of caller in every phase, against a table of who may. A new endpoint without a row fails it, and so does
 * a row whose endpoint is gone. Every answer is searched for the seeded dossiers' private markers: a refused
 * answer must carry none, an allowed one only those its caller may see. Requests only, no browser.
 */
import { expect, test, type APIRequestContext } from "@playwright/test";
import { ACTION_ROWS, type ActionRow } from "./support/access-matrix-actions";
import { MATRIX_ANNEX_NAME, MATRIX_CALLERS, MATRIX_PHASES, type MatrixCaller, type MatrixWorld } from "./support/access-matrix-data";
import { findMarkers, judgeHttp, maySee, openCallerContexts, readActionResult, readManifests, readMatrixWorld } from "./support/access-matrix-http";
import { KNOWN_HOLES } from "./support/access-matrix-holes";
import { ENDPOINT_ROWS, toRowKey, toUrlTemplate, type HttpProbe } from "./support/access-matrix-pages";

// A row makes up to 108 requests and the machine running the suite may be busy: each test gets three minutes.
test.describe.configure({ timeout: 180_000 });

let world: MatrixWorld;
let callers: Record<MatrixCaller, APIRequestContext>;
let manifests: ReturnType<typeof readManifests>;
let origin: string;
const tally = { requests: 0, legacy200: [] as string[], knownHoles: [] as string[] };

const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n", "latin1");

test.beforeAll(async ({ baseURL }) => {
  origin = baseURL!;
  world = readMatrixWorld();
  manifests = readManifests();
  callers = await openCallerContexts(origin, world);
});

test.afterAll(async () => {
  await Promise.all(Object.values(callers ?? {}).map((context) => context.dispose()));
  console.log(
    `Access matrix: ${manifests?.endpoints.length ?? 0} pages and route handlers, ${manifests?.actions.length ?? 0} server actions, ` +
      `${Object.keys(ENDPOINT_ROWS).length + Object.keys(ACTION_ROWS).length} rows, ${MATRIX_CALLERS.length} callers, ${tally.requests} requests; ` +
      `${tally.legacy200.length} wrong-moment notices answered 200, ${tally.knownHoles.length} known holes.`,
  );
  for (const cell of tally.legacy200) console.log(`  a notice in place of the content, HTTP 200: ${cell}`);
  for (const cell of tally.knownHoles) console.log(`  KNOWN HOLE: ${cell}`);
});

/**
 * Checks one cell's problems against the known holes: a listed cell that misbehaves is recorded, not failed; a
 * listed cell that now behaves must leave the list.
 */
function settle(cell: string, problems: string[], failures: string[]) {
  const hole = KNOWN_HOLES[cell];
  if (hole && problems.length > 0) tally.knownHoles.push(`${cell}: ${hole}`);
  else if (hole) failures.push(`${cell}: listed in KNOWN_HOLES but now behaves; remove it from the list`);
  else failures.push(...problems.map((problem) => `${cell}: ${problem}`));
}

/** The markers in a body that this caller may not see (all of them when the answer is a refusal). */
function findLeaks(body: string, caller: MatrixCaller, isRefused: boolean): string[] {
  return findMarkers(body)
    .filter((found) => isRefused || !maySee(caller, found.kind, found.phase))
    .map((found) => found.marker);
}

async function readStreamStart(context: APIRequestContext, url: string): Promise<{ status: number; body: string }> {
  const cookie = (await context.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  const response = await fetch(new URL(url, origin), { headers: cookie ? { cookie } : {}, signal: AbortSignal.timeout(5_000) });
  const reader = response.body?.getReader();
  const first = reader ? await reader.read() : undefined;
  await reader?.cancel();
  return { status: response.status, body: first?.value ? Buffer.from(first.value).toString("utf8") : "" };
}

/**
 * A kept-alive socket the server closed as idle just as a request went out on it is no answer about rights
 * (CI saw one `read ECONNRESET` among 4,000 calls): the request goes out once more, on a new socket.
 */
async function resendOnReset<T>(request: () => Promise<T>): Promise<T> {
  try {
    return await request();
  } catch (error) {
    if (error instanceof Error && /ECONNRESET|socket hang up/.test(error.message)) return request();
    throw error;
  }
}

async function send(context: APIRequestContext, probe: HttpProbe) {
  tally.requests++;
  if (probe.isStream) return { ...(await readStreamStart(context, probe.url)), location: undefined };
  const response = await resendOnReset(() =>
    context.fetch(probe.url, {
      method: probe.method,
      maxRedirects: 0,
      headers: probe.method === "GET" ? {} : { Origin: origin },
      multipart: probe.isUpload ? { file: { name: MATRIX_ANNEX_NAME, mimeType: "application/pdf", buffer: PDF } } : undefined,
    }),
  );
  return { status: response.status(), location: response.headers().location, body: await response.text() };
}

const referenceBodies = new Map<string, string>();

/** The answer an anonymous caller gets for a reference URL (e.g. a year with no edition), read once. */
async function getReferenceBody(url: string): Promise<string> {
  if (!referenceBodies.has(url)) referenceBodies.set(url, (await send(callers.anonymous, { method: "GET", url, phase: null, expect: () => "allowed" })).body);
  return referenceBodies.get(url)!;
}

async function checkProbe(rowKey: string, probe: HttpProbe, failures: string[]) {
  // Reads go out for all callers at once; a write's allowed callers go last, so the refused ones meet it unchanged.
  const answers =
    probe.method === "GET"
      ? await Promise.all(MATRIX_CALLERS.map(async (caller) => ({ caller, ...(await send(callers[caller], probe)) })))
      : [];
  if (probe.method !== "GET") {
    const writers = [...MATRIX_CALLERS].sort((a, b) => Number(probe.expect(a) === "allowed") - Number(probe.expect(b) === "allowed"));
    for (const caller of writers) answers.push({ caller, ...(await send(callers[caller], probe)) });
  }
  for (const { caller, status, location, body } of answers) {
    const expected = probe.expect(caller);
    const { verdict, isLegacy200 } = judgeHttp(status, location, body, probe.okStatuses ?? [200]);
    const cell = `${probe.method} ${rowKey} @${probe.phase ?? "any"}${probe.url.includes("?") ? ` ?${probe.url.split("?")[1]}` : ""} ${caller}`;
    const problems: string[] = [];
    if (probe.sameBodyAs && verdict === "allowed" && body !== (await getReferenceBody(probe.sameBodyAs))) {
      problems.push(`allowed, but not the same answer as ${probe.sameBodyAs}: it tells this edition apart`);
    }
    if (verdict !== expected) problems.push(`expected ${expected}, got HTTP ${status}${location ? ` → ${location}` : ""} (${verdict})`);
    const leaks = findLeaks(body, caller, verdict === "refused");
    if (leaks.length > 0) problems.push(`body carries ${leaks.join(", ")}`);
    if (verdict === "allowed" && expected === "allowed" && probe.phase) {
      const missing = (probe.mustShow?.(caller) ?? []).filter((kind) => !findMarkers(body).some((m) => m.kind === kind && m.phase === probe.phase));
      if (missing.length > 0) problems.push(`allowed but shows no ${missing.join(", ")}: not the allowed content`);
    }
    if (isLegacy200 && expected === "refused") tally.legacy200.push(cell);
    settle(cell, problems, failures);
  }
}

test("every page, route handler and server action of the build has a row, and every row an endpoint", () => {
  const endpointKeys = manifests.endpoints.map(toRowKey);
  const actionKeys = manifests.actions.map((action) => action.key);
  expect.soft(endpointKeys.filter((key) => !(key in ENDPOINT_ROWS)), "endpoints without a row").toEqual([]);
  expect.soft(Object.keys(ENDPOINT_ROWS).filter((key) => !endpointKeys.includes(key)), "rows without an endpoint").toEqual([]);
  expect.soft(actionKeys.filter((key) => !(key in ACTION_ROWS)), "server actions without a row").toEqual([]);
  expect.soft(Object.keys(ACTION_ROWS).filter((key) => !actionKeys.includes(key)), "rows without a server action").toEqual([]);
});

for (const [rowKey, row] of Object.entries(ENDPOINT_ROWS)) {
  test(`endpoint ${rowKey}`, async () => {
    const manifestKey = manifests.endpoints.find((key) => toRowKey(key) === rowKey);
    test.skip(!manifestKey, "not in this build (the coverage test says so)");
    const failures: string[] = [];
    for (const probe of row.probes(world, toUrlTemplate(manifestKey!))) await checkProbe(rowKey, probe, failures);
    expect(failures, `cells that did not answer as the table says`).toEqual([]);
  });
}

/** The URL of the first page that carries the action, filled with the row's edition and dossier. */
function getActionUrl(pages: string[], row: ActionRow): string {
  const edition = world.editions[row.phase];
  return pages[0]!
    .replace(/^app/, "")
    .replace(/\/page$/, "")
    .replace(/\/\([^)]+\)/g, "")
    .replace("[year]", String(edition.year))
    .replace("[id]", edition.nominationId)
    .replace("[token]", "unknownMatrixInvitationToken0123456789abcde");
}

async function callAction(caller: MatrixCaller, id: string, url: string, input: unknown) {
  tally.requests++;
  const response = await resendOnReset(() =>
    callers[caller].post(url, {
      headers: { "Next-Action": id, Origin: origin, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component" },
      data: JSON.stringify([input]),
      maxRedirects: 0,
    }),
  );
  const body = await response.text();
  return { status: response.status(), body, result: readActionResult(body) };
}

const RIGHTS_REFUSALS = ["UNAUTHORIZED", "FORBIDDEN"];

/** What is wrong with one action answer, if anything. */
function judgeAction(row: ActionRow, caller: MatrixCaller, answer: Awaited<ReturnType<typeof callAction>>): string[] {
  const { result, status } = answer;
  if (!result) return [`no ActionResult in the answer (HTTP ${status})`];
  const got = result.ok ? "ok" : result.code ?? "?";
  if (got === "ERROR") return ["answered ERROR (an unexpected failure)"];
  if (row.allowed === "public") return RIGHTS_REFUSALS.includes(got) || got === "ok" ? [`a public action answered ${got}`] : [];
  const isAllowed = row.allowed.includes(caller);
  if (isAllowed) return RIGHTS_REFUSALS.includes(got) || got === "NOT_FOUND" ? [`expected past the rights, got ${got}`] : [];
  if (caller === "anonymous" || caller === "disabled") return got === "UNAUTHORIZED" ? [] : [`expected UNAUTHORIZED, got ${got}`];
  if (got === "FORBIDDEN" || got === "NOT_FOUND") return [];
  if (got === "INVALID") return ["INVALID for a valid input: the action parses with the rights of its caller before refusing"];
  return [`expected FORBIDDEN or NOT_FOUND, got ${got}${got === "ok" ? " (the action ran)" : " (the phase or state is checked before the rights)"}`];
}

const orderedActions = [
  ...Object.entries(ACTION_ROWS).filter(([, row]) => !row.isLast),
  ...Object.entries(ACTION_ROWS).filter(([, row]) => row.isLast),
];

for (const [rowKey, row] of orderedActions) {
  test(`server action ${rowKey}`, async () => {
    const action = manifests.actions.find((candidate) => candidate.key === rowKey);
    test.skip(!action, "not in this build (the coverage test says so)");
    const url = getActionUrl(action!.pages, row);
    const input = row.input(world, row.phase);
    const failures: string[] = [];
    // Refused callers first: an allowed call may change what the others would find.
    const order = [...MATRIX_CALLERS].sort((a, b) => Number(row.allowed !== "public" && row.allowed.includes(a)) - Number(row.allowed !== "public" && row.allowed.includes(b)));
    for (const caller of order) {
      const answer = await callAction(caller, action!.id, url, input);
      const problems = judgeAction(row, caller, answer);
      const isRefusal = row.allowed !== "public" && !row.allowed.includes(caller);
      const leaks = findLeaks(answer.body, caller, isRefusal);
      if (leaks.length > 0) problems.push(`body carries ${leaks.join(", ")}`);
      settle(`ACTION ${rowKey} @${row.phase} ${caller}`, problems, failures);
    }
    // Every other phase, refused callers only, all at once: still refused, and nothing ran or leaked.
    const refused = MATRIX_CALLERS.filter((caller) => row.allowed !== "public" && !row.allowed.includes(caller));
    const otherPhases = MATRIX_PHASES.filter((phase) => phase !== row.phase);
    const sweep = otherPhases.flatMap((phase) => refused.map((caller) => ({ phase, caller })));
    await Promise.all(
      sweep.map(async ({ phase, caller }) => {
        const answer = await callAction(caller, action!.id, getActionUrl(action!.pages, { ...row, phase }), row.input(world, phase));
        const problems = judgeSweep(caller, answer);
        const leaks = findLeaks(answer.body, caller, true);
        if (leaks.length > 0) problems.push(`body carries ${leaks.join(", ")}`);
        settle(`ACTION ${rowKey} @${phase} ${caller}`, problems, failures);
      }),
    );
    expect(failures, "cells that did not answer as the table says").toEqual([]);
  });
}

/** A refused caller outside the action's own phase: the wrong moment may be said first (CONFLICT), never more. */
function judgeSweep(caller: MatrixCaller, answer: Awaited<ReturnType<typeof callAction>>): string[] {
  const got = answer.result ? (answer.result.ok ? "ok" : answer.result.code ?? "?") : `no ActionResult (HTTP ${answer.status})`;
  if (caller === "anonymous" || caller === "disabled") return got === "UNAUTHORIZED" ? [] : [`expected UNAUTHORIZED, got ${got}`];
  return ["FORBIDDEN", "NOT_FOUND", "CONFLICT", "DEADLINE_PASSED"].includes(got) ? [] : [`expected a refusal, got ${got}`];
}
