import { logUnexpectedError } from "../log";
import { getDb } from "../../db/client";
import { getEnv } from "../env";
import { enqueueJob } from "../jobs/queue";
import { JOB_KINDS } from "../jobs/kinds";
import { wakeJobRunner } from "../jobs/process-runner";

/**
 * Asks the job runner to deliver the outbox now rather than at its next recurring run, when SMTP_URL is set;
 * without it, messages stay in the outbox for the admin to read. Call it after the transaction that queued mail
 * has committed. It never throws: errors are logged.
 */
export function scheduleMailDelivery(): void {
  try {
    if (!getEnv().SMTP_URL) return;
    void enqueueJob({ db: getDb(), kind: JOB_KINDS.mailDelivery, key: JOB_KINDS.mailDelivery })
      .then(wakeJobRunner)
      .catch((error: unknown) => logUnexpectedError("scheduling mail delivery", error));
  } catch (error) {
    logUnexpectedError("scheduling mail delivery", error);
  }
}
