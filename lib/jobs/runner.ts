import { logUnexpectedError } from "../log";
import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import { and, asc, eq, lt, lte, or, sql } from "drizzle-orm";
import type { Database, Executor } from "../../db/client";
import { jobs } from "../../db/schema";
import { describeSendError } from "../mail/deliver";
import { ensureJob } from "./queue";
import { getJobHandler, listRecurringJobs, type ClaimedJob } from "./registry";

/** A job left running this long belonged to a process that died: another runner takes it over. */
const STALE_AFTER_SECONDS = 15 * 60;
const MAX_BACKOFF_SECONDS = 3600;
const DONE_KEPT_FOR = "7 days";

export interface JobRunReport {
  done: number[];
  failed: number[];
}

/** Seconds before the next attempt: 30 s, 1 min, 2 min… up to an hour. */
export function getBackoffSeconds(attempts: number): number {
  return Math.min(30 * 2 ** Math.max(attempts - 1, 0), MAX_BACKOFF_SECONDS);
}

function createRunnerId(): string {
  return `${hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`;
}

/** Claims the next due job in a short transaction of its own; a job another runner holds is skipped, never waited for. */
function getClock(now: Date | undefined) {
  return now ? sql`${now.toISOString()}::timestamptz` : sql`now()`;
}

async function claimNextJob(db: Database, runnerId: string, now: Date | undefined): Promise<ClaimedJob | undefined> {
  const clock = getClock(now);
  return db.transaction(async (tx) => {
    const [due] = await tx
      .select({ id: jobs.id })
      .from(jobs)
      .where(
        or(
          and(eq(jobs.state, "pending"), lte(jobs.runAt, clock)),
          and(eq(jobs.state, "running"), lt(jobs.lockedAt, sql`${clock} - make_interval(secs => ${STALE_AFTER_SECONDS})`)),
        ),
      )
      .orderBy(asc(jobs.runAt), asc(jobs.id))
      .limit(1)
      .for("update", { skipLocked: true });
    if (!due) return undefined;
    const [claimed] = await tx
      .update(jobs)
      .set({ state: "running", lockedAt: clock, lockedBy: runnerId, attempts: sql`${jobs.attempts} + 1` })
      .where(eq(jobs.id, due.id))
      .returning({ id: jobs.id, kind: jobs.kind, key: jobs.key, payload: jobs.payload, attempts: jobs.attempts });
    return claimed;
  });
}

/** Records how the job went; a retry waits its backoff from the run's clock, so one run tries a job once. */
async function finishJob(db: Database, job: ClaimedJob, error: unknown | null, now: Date | undefined): Promise<void> {
  const handler = getJobHandler(job.kind);
  await db.transaction(async (tx) => {
    if (error === null) {
      await tx.update(jobs).set({ state: "done", lastError: null, finishedAt: sql`now()` }).where(eq(jobs.id, job.id));
    } else {
      const [row] = await tx.select({ maxAttempts: jobs.maxAttempts }).from(jobs).where(eq(jobs.id, job.id));
      const isExhausted = job.attempts >= (row?.maxAttempts ?? 1);
      await tx
        .update(jobs)
        .set({
          state: isExhausted ? "failed" : "pending",
          lastError: describeSendError(error),
          lockedAt: null,
          lockedBy: null,
          runAt: sql`${getClock(now)} + make_interval(secs => ${getBackoffSeconds(job.attempts)})`,
          ...(isExhausted ? { finishedAt: sql`now()` } : {}),
        })
        .where(eq(jobs.id, job.id));
    }
    // A recurring job always has its next run, counted from the run's clock; a retry pending already stands for it.
    if (handler?.repeatEverySeconds) {
      const from = now?.getTime() ?? Date.now();
      await ensureJob({ db: tx, kind: job.kind, key: job.key, runAt: new Date(from + handler.repeatEverySeconds * 1000) });
    }
  });
}

/**
 * Runs every job due by the database clock (or by `now`, for tests), each claimed by this runner alone, one after
 * the other. A failing job is recorded and retried with backoff until its attempts run out. Never throws for a job.
 */
export async function runDueJobs({ db, now, runnerId = createRunnerId(), limit = 50 }: { db: Database; now?: Date; runnerId?: string; limit?: number }): Promise<JobRunReport> {
  const report: JobRunReport = { done: [], failed: [] };
  for (let count = 0; count < limit; count++) {
    const job = await claimNextJob(db, runnerId, now);
    if (!job) break;
    const handler = getJobHandler(job.kind);
    let failure: unknown | null = null;
    try {
      if (!handler) throw new Error(`No handler for jobs of kind "${job.kind}".`);
      await handler.run({ db, job, now });
    } catch (error) {
      failure = error ?? new Error("The job failed.");
      logUnexpectedError(`job ${job.id} (${job.kind}) on attempt ${job.attempts}`, failure);
    }
    await finishJob(db, job, failure, now);
    (failure === null ? report.done : report.failed).push(job.id);
  }
  return report;
}

/**
 * Schedules a recurring job now unless it is pending or running: an instance that starts while another runs the job
 * must not queue a second run (the running one schedules its next run when it finishes). One statement, so two
 * instances starting together insert one row (the pending index refuses the other).
 */
export async function scheduleRecurringJob({ db, kind }: { db: Executor; kind: string }): Promise<void> {
  await db.execute(sql`
    insert into ${jobs} (kind, key)
    select ${kind}, ${kind}
    where not exists (select 1 from ${jobs} where kind = ${kind} and key = ${kind} and state in ('pending', 'running'))
    on conflict (kind, key) where state = 'pending' do nothing`);
}

/** Keeps each recurring job enabled in this configuration scheduled (once, however many instances start). */
export async function scheduleRecurringJobs({ db }: { db: Database }): Promise<void> {
  for (const { kind } of listRecurringJobs()) await scheduleRecurringJob({ db, kind });
}

/** Clears finished jobs after a while, so the table stays small. */
export async function pruneFinishedJobs({ db }: { db: Database }): Promise<void> {
  await db.delete(jobs).where(and(eq(jobs.state, "done"), lt(jobs.finishedAt, sql`now() - ${DONE_KEPT_FOR}::interval`)));
}
