// The crash run of `npm run test:faults`: coordinators autosave and submit dossiers and jurors save and submit score
// sheets through the real app while the test SIGKILLs PostgreSQL and starts it again. Each simulated person behaves
// as the browser's autosave does: one write at a time, each carrying the version it started from; a "try again" is
// retried; after an answer that never came, a conflict is resolved by reading the row again (as a reload would).
import { randomInt } from "node:crypto";
import { callAction } from "./fault-http.mjs";
import { sleep } from "./bench-process.mjs";

const DOSSIER_PAGE = (id) => `/coordinator/nominations/${id}`;
const SHEET_PAGE = (id) => `/jury/nominations/${id}`;
const RETRY_MS = [250, 600];
const PAUSE_MS = [60, 200];

const pause = ([min, max]) => sleep(randomInt(min, max));

/** A complete dossier's content as the form sends it; every round changes every answer. */
function makeDossierContent(label, round) {
  const mark = `${label}, round ${round}`;
  return {
    title: `Fault test dossier ${label}`,
    organisation: `Organisation of ${label}`,
    contactName: "Faye Ulter",
    contactEmail: "faye.ulter@example.org",
    contactPhone: "+32 2 555 01 23",
    startDate: "2022-03-01",
    isOngoing: true,
    endDate: "",
    links: [{ url: `https://example.org/${encodeURIComponent(label)}/${round}` }],
    description: `The project (${mark}) prevents burglary in the old town.`,
    answerPrevention: `Prevention, ${mark}.`,
    answerEvaluation: `Evaluation, ${mark}.`,
    answerInnovation: `Innovation, ${mark}.`,
    answerPartners: `Partners, ${mark}.`,
    answerReplication: `Replication, ${mark}.`,
  };
}

/** The content as the database keeps it (links as addresses, no end date while running). */
function toStoredContent(content) {
  return { ...content, links: content.links.map((l) => l.url), endDate: null };
}

/** A sheet's fields as the score form sends them: every criterion scored, each comment naming the round. */
function makeSheetValues(rubric, label, round) {
  const values = { overallComment: `Overall, ${label}, round ${round}` };
  rubric.forEach((c, k) => {
    values[`score_${c.id}`] = String(c.scaleMin + ((round * 3 + k) % (c.scaleMax - c.scaleMin + 1)));
    values[`comment_${c.id}`] = `Criterion ${k + 1}, ${label}, round ${round}`;
  });
  return values;
}

/**
 * Runs the workload and the crash. `cluster` is the test's own (kill/start by PID); the kill comes when a random
 * share (25–50 %) of the planned writes has been acknowledged, and the database stays down 2–5 s (1.5–3 s short).
 */
export async function runCrashWorkload({ base, world, cookies, actionIds, cluster, sql, options }) {
  const { saves, timeLimitMs } = options;
  const log = { requests: 0, ok: 0, tryAgain: 0, faults: [], noAnswer: [], refusals: [], landedUnacknowledged: 0, lost: [], duringOutage: [], latencies: [] };
  const acks = [];
  // Writes whose answer was lost but which the database holds (found on the reload after a conflict).
  const landed = [];
  const outage = { killAt: null, restartAt: null, readyAt: null, killed: null, downMs: null, page: null };
  const stopAt = Date.now() + timeLimitMs;
  const planned =
    world.dossiers.coordinators.reduce((n, c) => n + c.dossiers.length * (saves + 1), 0) + world.jury.jurors.reduce((n, j) => n + j.nominationIds.length * (saves + 1), 0);
  const killAfter = Math.round(planned * (0.25 + Math.random() * 0.25));
  let crash = null;

  function note(answer) {
    log.requests++;
    if (answer.receivedAt) log.latencies.push(answer.receivedAt - answer.sentAt);
    if (answer.kind === "ok") log.ok++;
    else if (answer.kind === "try-again") log.tryAgain++;
    else if (answer.kind === "no-answer") log.noAnswer.push(`${answer.page}: ${answer.detail} after ${answer.receivedAt - answer.sentAt} ms, sent ${describeMoment(answer.sentAt)}`);
    else if (answer.kind === "fault") log.faults.push(answer.detail ?? `HTTP ${answer.status}`);
    // Sent after the kill and answered before the database was started again: only "try again" is a right answer.
    // (Once the restart has begun, the database may accept queries a moment before cluster.start() returns: an
    // answer then may rightly be "ok".)
    if (outage.killAt && answer.sentAt >= outage.killAt && (!outage.restartAt || answer.receivedAt <= outage.restartAt) && answer.kind !== "try-again") {
      log.duringOutage.push(`${answer.kind}${answer.code ? ` ${answer.code}` : ""}`);
    }
  }

  /** Where a moment falls against the outage, for the examples printed on failure. */
  function describeMoment(at) {
    if (!outage.killAt) return "before the kill";
    const since = ((at - outage.killAt) / 1000).toFixed(1);
    return !outage.readyAt || at <= outage.readyAt ? `${since} s after the kill, before the restart` : `${since} s after the kill, after the restart`;
  }

  function acknowledge(entry) {
    acks.push({ ...entry, at: Date.now() });
    // A failed kill or restart is kept for the end, so the run still stops its processes.
    if (!crash) crash = acks.length >= killAfter ? crashAndRestart().catch((error) => error) : null;
  }

  async function crashAndRestart() {
    outage.killAt = Date.now();
    outage.killed = await cluster.kill();
    outage.downMs = randomInt(options.downMs[0], options.downMs[1]);
    // A page asked for while the database is away must say "try again", not show the framework's bare error.
    const [page] = await Promise.all([probePageDuringOutage(base, cookies.get(world.dossiers.coordinators[0].userId)), sleep(outage.downMs)]);
    outage.page = page;
    outage.restartAt = Date.now();
    await cluster.start();
    outage.readyAt = Date.now();
  }

  /** Sends one write until the app answers something other than "try again"; each answer is counted. */
  async function send(request) {
    let isAmbiguous = false;
    for (;;) {
      if (Date.now() > stopAt) throw new Error("the crash run ran out of time");
      const answer = { ...(await callAction({ base, ...request })), page: request.page };
      note(answer);
      if (answer.kind === "ok" || answer.kind === "refused") return { answer, isAmbiguous };
      // No answer, a fault or "try again": the write may or may not have landed; the same request is sent again.
      isAmbiguous = true;
      await pause(RETRY_MS);
    }
  }

  /** Reads a row straight from the database, as a reload of the page would show it; waits out an outage. */
  async function reload(query) {
    for (;;) {
      try {
        return (await query())[0];
      } catch (error) {
        if (Date.now() > stopAt) throw error;
        await pause(RETRY_MS);
      }
    }
  }

  async function runCoordinator(coordinator) {
    const cookie = cookies.get(coordinator.userId);
    for (const [k, dossier] of coordinator.dossiers.entries()) {
      const label = `${coordinator.userId}.${k + 1}`;
      let version = dossier.version;
      let ackedVersion = version;
      let stored = null;
      for (let round = 1; round <= saves; round++) {
        const content = makeDossierContent(label, round);
        const args = [{ id: dossier.id, version, ...content }];
        for (;;) {
          const { answer, isAmbiguous } = await send({ page: DOSSIER_PAGE(dossier.id), actionId: actionIds.saveDossier, cookie, args });
          if (answer.kind === "ok") {
            version = ackedVersion = answer.data.version;
            stored = toStoredContent(content);
            acknowledge({ type: "dossier.save", id: dossier.id, version, content: stored });
            break;
          }
          // The first try landed though its answer was lost: the dossier holds exactly what was sent, one version on.
          const row = await reload(() => sql`select version, description from nominations where id = ${dossier.id}`);
          if (row.version < ackedVersion) log.lost.push(`dossier ${dossier.id} is at version ${row.version}, below the acknowledged ${ackedVersion}`);
          if (isAmbiguous && answer.code === "CONFLICT" && row.version === version + 1 && row.description === content.description) {
            log.landedUnacknowledged++;
            version = row.version;
            stored = toStoredContent(content);
            landed.push({ type: "dossier.save", id: dossier.id, version, content: stored });
            break;
          }
          log.refusals.push(`dossier save: ${answer.code} ${answer.message}`);
          version = row.version;
          args[0].version = version;
        }
        await pause(PAUSE_MS);
      }
      const { answer } = await send({ page: DOSSIER_PAGE(dossier.id), actionId: actionIds.submitDossier, cookie, args: [{ id: dossier.id, version }] });
      if (answer.kind === "ok") acknowledge({ type: "dossier.submit", id: dossier.id, reference: answer.data.reference, submittedAt: answer.data.submittedAt, content: stored });
      else log.refusals.push(`dossier submit: ${answer.code} ${answer.message}`);
      await pause(PAUSE_MS);
    }
  }

  async function runJuror(juror) {
    const cookie = cookies.get(juror.userId);
    for (const nominationId of juror.nominationIds) {
      const label = `${juror.userId}/${nominationId.slice(0, 8)}`;
      let version = 0;
      let ackedVersion = 0;
      for (let round = 1; round <= saves + 1; round++) {
        const intent = round > saves ? "submit" : "draft";
        const values = makeSheetValues(world.jury.rubric, label, Math.min(round, saves));
        for (;;) {
          const args = [{ nominationId, version, intent, ...values }];
          const { answer, isAmbiguous } = await send({ page: SHEET_PAGE(nominationId), actionId: actionIds.saveSheet, cookie, args });
          if (answer.kind === "ok") {
            version = ackedVersion = answer.data.version;
            acknowledge({ type: intent === "submit" ? "sheet.submit" : "sheet.save", jurorUserId: juror.userId, nominationId, version, values });
            break;
          }
          const row = await reload(() => sql`select version, overall_comment from score_sheets where juror_user_id = ${juror.userId} and nomination_id = ${nominationId}`);
          const stored = row ?? { version: 0, overall_comment: null };
          if (stored.version < ackedVersion) log.lost.push(`sheet of ${label} is at version ${stored.version}, below the acknowledged ${ackedVersion}`);
          if (isAmbiguous && answer.code === "CONFLICT" && stored.version === version + 1 && stored.overall_comment === values.overallComment) {
            log.landedUnacknowledged++;
            version = stored.version;
            landed.push({ type: intent === "submit" ? "sheet.submit" : "sheet.save", jurorUserId: juror.userId, nominationId, version, values });
            break;
          }
          log.refusals.push(`sheet ${intent}: ${answer.code} ${answer.message}`);
          version = stored.version;
        }
        await pause(PAUSE_MS);
      }
    }
  }

  const started = Date.now();
  await Promise.all([...world.dossiers.coordinators.map(runCoordinator), ...world.jury.jurors.map(runJuror)]);
  const crashError = await crash;
  if (crashError instanceof Error) throw crashError;
  if (!crash) throw new Error("the workload ended before the kill");
  return { log, acks, landed, outage, planned, killAfter, seconds: (Date.now() - started) / 1000 };
}

/** The coordinator's home page, fetched once while the database is down: its status and whether it says to try again. */
async function probePageDuringOutage(base, cookie) {
  try {
    const response = await fetch(`${base}/coordinator`, { headers: { cookie }, redirect: "manual", signal: AbortSignal.timeout(20_000) });
    const body = await response.text();
    return { status: response.status, saysTryAgain: /try again/i.test(body) };
  } catch (error) {
    return { status: null, saysTryAgain: false, detail: String(error) };
  }
}
