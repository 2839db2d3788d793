import { and, asc, eq, gte, inArray, like, or } from "drizzle-orm";
import type { Database, Transaction } from "../../db/client";
import { editions, reminderSends } from "../../db/schema";
import { planDueReminders, RESULTS_NOTICE_WINDOW_DAYS, type DueReminder } from "../domain/reminder-milestones";
import { getDatabaseNow } from "../editions/queries";
import { AppError } from "../errors";
import { runEditionCommand } from "../kernel/edition-command";
import { getLogger } from "../log";
import { collectReminders, type ReminderEditionFacts } from "./compose";
import { queueReminderOnce } from "./queue-once";

/** The editions that may have a reminder due: taking nominations, scoring, or published within the notice window. */
async function listEditionsForReminders(db: Database, now: Date): Promise<ReminderEditionFacts[]> {
  const windowStart = new Date(now.getTime() - RESULTS_NOTICE_WINDOW_DAYS * 24 * 3600 * 1000);
  return db
    .select({
      id: editions.id,
      year: editions.year,
      theme: editions.theme,
      timeZone: editions.timeZone,
      phase: editions.phase,
      submissionDeadline: editions.submissionDeadline,
      juryDeadline: editions.juryDeadline,
      juryClosedAt: editions.juryClosedAt,
      publishedAt: editions.publishedAt,
    })
    .from(editions)
    .where(
      or(
        inArray(editions.phase, ["nominations_open", "jury_scoring"]),
        and(eq(editions.phase, "published"), gte(editions.publishedAt, windowStart)),
      ),
    )
    .orderBy(asc(editions.id));
}

/** The reminders of this milestone already queued ("person:milestone"), so a run that repeats every few minutes skips them cheaply. */
async function listQueued(tx: Transaction, editionId: number, milestone: string): Promise<Set<string>> {
  const rows = await tx
    .select({ userId: reminderSends.userId, milestone: reminderSends.milestone })
    .from(reminderSends)
    .where(and(eq(reminderSends.editionId, editionId), or(eq(reminderSends.milestone, milestone), like(reminderSends.milestone, `${milestone}:%`))));
  return new Set(rows.map((row) => `${row.userId}:${row.milestone}`));
}

/**
 * Queues one due reminder of one edition to everyone it is for who has not had it, through the edition-command
 * kernel as the job runner (the edition is share-locked, so a phase move waits, and the policy checks the phase).
 */
async function sendReminder(db: Database, edition: ReminderEditionFacts, reminder: DueReminder, now: Date, appUrl: string | undefined) {
  return runEditionCommand({ db, actor: "system", editionId: edition.id, action: "reminders.send", lock: "share" }, async ({ tx, edition: locked, audit }) => {
    // The plan was made before the lock: a phase that moved since makes it stale.
    if (locked.phase !== edition.phase) return 0;
    const queued: { userId: number; messageId: number }[] = [];
    const already = await listQueued(tx, edition.id, reminder.milestone);
    for (const item of await collectReminders(tx, { edition, reminder, now, appUrl })) {
      // Only a shortcut: the unique key in queueReminderOnce is what decides, even for two runners at once.
      if (already.has(`${item.userId}:${item.milestone}`)) continue;
      const messageId = await queueReminderOnce(tx, { editionId: edition.id, ...item });
      if (messageId !== null) queued.push({ userId: item.userId, messageId });
    }
    if (queued.length > 0) {
      await audit({ action: "reminders.queued", entity: "edition", id: edition.id, data: { milestone: reminder.milestone, count: queued.length, reminders: queued } });
    }
    return queued.length;
  });
}

/**
 * Queues every scheduled reminder that is due by the database clock (or `now`, for tests): the latest due milestone
 * of each series only, each to each person once. Called by the recurring `reminders.send` job.
 */
export async function sendDueReminders({ db, now, appUrl }: { db: Database; now?: Date; appUrl?: string }): Promise<{ queued: number }> {
  const clock = now ?? (await getDatabaseNow({ db }));
  let queued = 0;
  for (const edition of await listEditionsForReminders(db, clock)) {
    for (const reminder of planDueReminders(edition, clock)) {
      try {
        queued += await sendReminder(db, edition, reminder, clock, appUrl);
      } catch (error) {
        // A phase that moved on since the plan: nothing is due any more for this edition.
        if (error instanceof AppError && error.code === "CONFLICT") {
          getLogger().info({ editionId: edition.id, milestone: reminder.milestone }, "Reminder skipped: the edition moved on");
          continue;
        }
        throw error;
      }
    }
  }
  return { queued };
}
