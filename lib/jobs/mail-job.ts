import { getLogger } from "../log";
import { getEnv } from "../env";
import { deliverPendingMail } from "../mail/deliver";
import { getMailTransport } from "../mail/transport";
import type { JobHandler } from "./registry";

/** Mail delivery as a recurring job: without SMTP_URL messages stay in the outbox for the secretariat to read. */
export const deliverMailJob: JobHandler = {
  repeatEverySeconds: 60,
  isEnabled: () => Boolean(getEnv().SMTP_URL),
  run: async ({ db, now }) => {
    const { SMTP_URL, MAIL_FROM } = getEnv();
    if (!SMTP_URL) return;
    // Each message keeps its own attempts and error (deliverPendingMail), so a failed message does not fail the job.
    const report = await deliverPendingMail({ db, transport: getMailTransport(SMTP_URL), from: MAIL_FROM, now });
    if (report.failedIds.length > 0) {
      getLogger().warn({ failedOutboxIds: report.failedIds }, "Mail delivery: some messages failed and will be retried");
    }
  },
};
