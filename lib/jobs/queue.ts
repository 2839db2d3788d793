import { and, eq, sql } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { jobs } from "../../db/schema";

export interface JobRequest {
  db: Executor;
  kind: string;
  /** What the job is about, e.g. "edition:12": one pending job per kind and key. */
  key: string;
  /** When it is due; now (by the database clock) when left out. */
  runAt?: Date;
  payload?: Record<string, unknown>;
  maxAttempts?: number;
}

/** Schedules a job, replacing the pending one of the same kind and key (re-setting an embargo moves its publication). */
export async function enqueueJob({ db, kind, key, runAt, payload = {}, maxAttempts = 5 }: JobRequest): Promise<void> {
  const when = runAt ? sql`${runAt.toISOString()}::timestamptz` : sql`now()`;
  await db
    .insert(jobs)
    .values({ kind, key, payload, runAt: when, maxAttempts })
    .onConflictDoUpdate({
      target: [jobs.kind, jobs.key],
      targetWhere: sql`${jobs.state} = 'pending'`,
      set: { runAt: when, payload, maxAttempts, attempts: 0, lastError: null },
    });
}

/** Schedules a job unless one of its kind and key is pending already (a recurring job's next run). */
export async function ensureJob({ db, kind, key, runAt, payload = {}, maxAttempts = 5 }: JobRequest): Promise<void> {
  const when = runAt ? sql`${runAt.toISOString()}::timestamptz` : sql`now()`;
  await db
    .insert(jobs)
    .values({ kind, key, payload, runAt: when, maxAttempts })
    .onConflictDoNothing({ target: [jobs.kind, jobs.key], where: sql`${jobs.state} = 'pending'` });
}

/** Cancels the pending job of a kind and key, if any (an embargo cleared). */
export async function cancelJob({ db, kind, key }: { db: Executor; kind: string; key: string }): Promise<void> {
  await db.delete(jobs).where(and(eq(jobs.kind, kind), eq(jobs.key, key), eq(jobs.state, "pending")));
}
