import type { Database } from "../../db/client";
import { JOB_KINDS } from "./kinds";
import { deliverMailJob } from "./mail-job";
import { publishAtEmbargoJob } from "./publication-job";
import { contactRetentionJob } from "./retention-job";
import { computeRankingJob } from "./ranking-job";
import { sendRemindersJob } from "./reminders-job";

/** A claimed job as its handler sees it. */
export interface ClaimedJob {
  id: number;
  kind: string;
  key: string;
  payload: Record<string, unknown>;
  /** This attempt's number, from 1. */
  attempts: number;
}

export interface JobHandler {
  /**
   * Does the job's work; throwing records the error and retries later with backoff. `now` is the run's clock when a
   * test passes one to runDueJobs; without it the handler uses the database's.
   */
  run: (context: { db: Database; job: ClaimedJob; now?: Date }) => Promise<void>;
  /** A recurring job is scheduled again this many seconds after each run. */
  repeatEverySeconds?: number;
  /** Whether the recurring job runs in this process's configuration at all (mail needs SMTP_URL). */
  isEnabled?: () => boolean;
}

// Later kinds add their handler here.
const handlers = new Map<string, JobHandler>([
  [JOB_KINDS.publication, publishAtEmbargoJob],
  [JOB_KINDS.mailDelivery, deliverMailJob],
  [JOB_KINDS.contactRetention, contactRetentionJob],
  [JOB_KINDS.reminders, sendRemindersJob],
  [JOB_KINDS.rankingCompute, computeRankingJob],
]);

export function getJobHandler(kind: string): JobHandler | undefined {
  return handlers.get(kind);
}

/** Adds a kind of job; tests register their own kinds this way. */
export function registerJobHandler(kind: string, handler: JobHandler): void {
  handlers.set(kind, handler);
}

/** The recurring kinds enabled in this configuration, for the runner to keep scheduled. */
export function listRecurringJobs(): { kind: string; repeatEverySeconds: number }[] {
  return [...handlers.entries()].flatMap(([kind, handler]) =>
    handler.repeatEverySeconds && (handler.isEnabled?.() ?? true) ? [{ kind, repeatEverySeconds: handler.repeatEverySeconds }] : [],
  );
}
