// The deadline run of `npm run test:faults`: many submissions of distinct dossiers, each by its own coordinator,
// fired on a schedule around the moment the window closes (deadline plus grace), then judged against the database
// clock. The app decides by now() of the submit's transaction (lib/nominations/submit.ts); an accepted dossier's
// submitted_at is that now(), and for a refused one the transaction's start is read from the statement log
// (log_statement = all for this run only: the BEGIN's log time, to the millisecond, on the backend that then
// names the dossier).
import { randomInt } from "node:crypto";
import { readFileSync } from "node:fs";
import { callAction } from "./fault-http.mjs";
import { sleep } from "./bench-process.mjs";

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
// The log's time stamps have millisecond resolution; a transaction within 1 ms of the close cannot be judged by it.
const LOG_RESOLUTION_US = 1000n;

function shuffle(items) {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

/** The start (µs since the epoch, from the BEGIN's log line) of the first transaction that names each dossier. */
function readTransactionStarts(text, ids) {
  const starts = new Map();
  const openSince = new Map();
  for (const line of text.split("\n")) {
    const match = /^(\d+)\.(\d{3}) \[(\d+)\] (LOG|DETAIL):\s+(.*)$/.exec(line);
    if (!match) continue;
    const [, seconds, millis, pid, level, message] = match;
    if (level === "LOG") {
      const statement = /^(?:statement|execute [^:]*): (.*)$/i.exec(message)?.[1]?.trim().toLowerCase() ?? "";
      if (/^(begin|start transaction)\b/.test(statement)) openSince.set(pid, BigInt(seconds) * 1_000_000n + BigInt(millis) * 1000n);
      else if (/^(commit|rollback|end)\b/.test(statement)) openSince.delete(pid);
      continue;
    }
    const since = openSince.get(pid);
    if (since === undefined) continue;
    for (const id of message.match(UUID) ?? []) if (ids.has(id) && !starts.has(id)) starts.set(id, since);
  }
  return starts;
}

/** Submits each dossier of `queue` with `concurrency` requests in flight; answers by dossier id. */
async function submitAll({ base, queue, cookies, actionIds, concurrency }) {
  const answers = new Map();
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < queue.length) {
        const dossier = queue[next++];
        const answer = await callAction({
          base,
          page: `/coordinator/nominations/${dossier.id}`,
          actionId: actionIds.submitDossier,
          cookie: cookies.get(dossier.userId),
          args: [{ id: dossier.id, version: dossier.version }],
        });
        answers.set(dossier.id, answer);
      }
    }),
  );
  return answers;
}

/**
 * Measures how fast the app takes submissions (on `warmUp` dossiers, window open), sets every deadline edition to
 * close when about half of the rest will have been sent (deadline one minute before that, plus a one-minute grace
 * period, by the database clock), submits them all with `concurrency` in flight, and judges each outcome by the
 * database clock. Returns the counts and the examples of anything wrong.
 */
export async function runDeadlineRun({ base, sql, cluster, world, cookies, actionIds, options }) {
  const { editionIds } = world.deadline;
  const warmUp = world.deadline.dossiers.slice(0, options.deadlineWarmUp);
  const dossiers = world.deadline.dossiers.slice(options.deadlineWarmUp);
  const concurrency = options.deadlineConcurrency;
  const calibrated = Date.now();
  await submitAll({ base, queue: warmUp, cookies, actionIds, concurrency });
  const perSecond = warmUp.length / ((Date.now() - calibrated) / 1000);
  const leadMs = Math.round((dossiers.length / 2 / perSecond) * 1000);

  await sql`alter system set log_statement = 'all'`;
  await sql`select pg_reload_conf()`;
  const logOffset = readFileSync(cluster.logFile).length;
  const [close] = await sql`
    update editions set submission_deadline = now() + ${leadMs / 1000} * interval '1 second' - interval '1 minute', grace_period_minutes = 1
    where id in ${sql(editionIds)}
    returning (extract(epoch from submission_deadline + grace_period_minutes * interval '1 minute') * 1000000)::bigint::text as closes_us`;
  const closesUs = BigInt(close.closes_us);
  const closesMs = Number(closesUs / 1000n);
  const order = shuffle(dossiers);
  const fired = Date.now();
  const answers = await submitAll({ base, queue: order, cookies, actionIds, concurrency });
  const seconds = (Date.now() - fired) / 1000;
  await sleep(300);
  await sql`alter system reset log_statement`;
  await sql`select pg_reload_conf()`;

  const ids = new Set(dossiers.map((d) => d.id));
  const starts = readTransactionStarts(readFileSync(cluster.logFile).subarray(logOffset).toString("utf8"), ids);
  const rows = new Map(
    (
      await sql`select id, state, (extract(epoch from submitted_at) * 1000000)::bigint::text as submitted_us,
        (select count(*) from audit_events a where a.entity_id = n.id::text and a.action = 'nomination.submitted')::int as audits
        from nominations n where id in ${sql([...ids])}`
    ).map((r) => [r.id, r]),
  );

  const counts = { fired: order.length, accepted: 0, refused: 0, wronglyAccepted: 0, wronglyRefused: 0, atTheBoundary: 0, otherAnswers: 0, unmatched: 0, sentBefore: 0, sentAfter: 0 };
  const examples = [];
  const latencies = [];
  for (const dossier of order) {
    const answer = answers.get(dossier.id);
    const row = rows.get(dossier.id);
    if (answer.sentAt <= closesMs) counts.sentBefore++;
    else counts.sentAfter++;
    if (answer.receivedAt) latencies.push(answer.receivedAt - answer.sentAt);
    const txStart = starts.get(dossier.id);
    if (answer.kind === "ok" && row.state === "submitted" && row.audits === 1) {
      counts.accepted++;
      // submitted_at is now() of the very transaction that accepted it.
      if (BigInt(row.submitted_us) > closesUs) {
        counts.wronglyAccepted++;
        examples.push(`accepted ${dossier.id} at ${row.submitted_us} µs, after the close at ${closesUs}`);
      }
      continue;
    }
    if (answer.kind === "refused" && answer.code === "DEADLINE_PASSED" && row.state === "draft" && row.audits === 0) {
      counts.refused++;
      if (txStart === undefined) counts.unmatched++;
      else if (txStart + LOG_RESOLUTION_US <= closesUs) {
        counts.wronglyRefused++;
        examples.push(`refused ${dossier.id} in a transaction begun at ${txStart} µs, before the close at ${closesUs}`);
      } else if (txStart <= closesUs + LOG_RESOLUTION_US) counts.atTheBoundary++;
      continue;
    }
    counts.otherAnswers++;
    examples.push(`${dossier.id}: answer ${answer.kind} ${answer.code ?? answer.detail ?? ""}, database ${row.state} with ${row.audits} audit entries`);
  }
  latencies.sort((a, b) => a - b);
  const p = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
  return { counts, examples, perSecond, seconds, concurrency, latency: { p50: p(0.5), p95: p(0.95), max: latencies.at(-1) ?? NaN }, closesAt: new Date(closesMs).toISOString() };
}
