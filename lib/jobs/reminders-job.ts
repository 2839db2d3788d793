import { getLogger } from "../log";
import { getEnv } from "../env";
import { sendDueReminders } from "../reminders/send-due";
import { scheduleMailDelivery } from "../mail/schedule";
import type { JobHandler } from "./registry";

/**
 * The scheduled reminders as a recurring job, every five minutes by the database clock. Each reminder is recorded
 * with its outbox row (lib/reminders/send-due), so a run that overlaps another, or follows a restart, never
 * sends one twice.
 */
export const sendRemindersJob: JobHandler = {
  repeatEverySeconds: 300,
  run: async ({ db, now }) => {
    const report = await sendDueReminders({ db, now, appUrl: getEnv().NEXTAUTH_URL });
    if (report.queued > 0) {
      getLogger().info({ reminders: report.queued }, "Scheduled reminders queued");
      scheduleMailDelivery();
    }
  },
};
