import { getDb } from "../../db/client";
import { getEnv } from "../env";
import { getLogger, logUnexpectedError } from "../log";
import { deliverPendingMail } from "./deliver";
import { getMailTransport } from "./transport";

const state = globalThis as unknown as { palmaresMailRun?: Promise<void>; isPalmaresMailRunRequested?: boolean };

async function runUntilIdle(url: string, from: string): Promise<void> {
  do {
    state.isPalmaresMailRunRequested = false;
    const report = await deliverPendingMail({ db: getDb(), transport: getMailTransport(url), from });
    if (report.failedIds.length > 0) {
      getLogger().warn({ failedOutboxIds: report.failedIds }, "Mail delivery: some messages failed and will be retried");
    }
  } while (state.isPalmaresMailRunRequested);
}

/**
 * Delivers the outbox in the background when SMTP_URL is set; without it, messages stay in the outbox for the
 * admin to read. Call it after the transaction that queued mail has committed. It never throws: errors are logged.
 */
export function scheduleMailDelivery(): void {
  try {
    const { SMTP_URL, MAIL_FROM } = getEnv();
    if (!SMTP_URL) return;
    // One run per process at a time; a request during a run makes that run look again when it ends.
    if (state.palmaresMailRun) {
      state.isPalmaresMailRunRequested = true;
      return;
    }
    state.palmaresMailRun = runUntilIdle(SMTP_URL, MAIL_FROM)
      .catch((error: unknown) => void logUnexpectedError("mail delivery", error))
      .finally(() => {
        state.palmaresMailRun = undefined;
      });
  } catch (error) {
    logUnexpectedError("starting mail delivery", error);
  }
}
