import { eq } from "drizzle-orm";
import type { Transaction } from "../../db/client";
import { reminderSends } from "../../db/schema";
import { enqueueMail } from "../mail/outbox";
import type { TemplateText } from "../mail/templates";

export interface OnceReminder {
  editionId: number;
  /** The reminder's key for this person, e.g. "nominations.3d:BE" or "results.published". */
  milestone: string;
  userId: number;
  to: string;
  outboxKind: string;
  compose: () => TemplateText;
}

/**
 * Queues a reminder unless it was queued before: the reminder_sends row and the outbox row are written in the same
 * transaction, and `on conflict do nothing` on the row's unique key decides who sends. A second runner racing for
 * the same key waits for the first one's commit and then finds the row there. Returns the outbox id, or null.
 */
export async function queueReminderOnce(tx: Transaction, reminder: OnceReminder): Promise<number | null> {
  const [claimed] = await tx
    .insert(reminderSends)
    .values({ editionId: reminder.editionId, milestone: reminder.milestone, userId: reminder.userId })
    .onConflictDoNothing({ target: [reminderSends.editionId, reminderSends.milestone, reminderSends.userId] })
    .returning({ id: reminderSends.id });
  if (!claimed) return null;
  const outboxId = await enqueueMail(tx, { editionId: reminder.editionId, kind: reminder.outboxKind, to: reminder.to, ...reminder.compose() });
  await tx.update(reminderSends).set({ outboxId }).where(eq(reminderSends.id, claimed.id));
  return outboxId;
}
