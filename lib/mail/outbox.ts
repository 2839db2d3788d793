import type { Executor } from "../../db/client";
import { mailOutbox } from "../../db/schema";
import { captureMailForTests } from "./test-capture";

export interface OutgoingMail {
  editionId?: number | null;
  /** What the message is for, e.g. "nomination.receipt" or "jury.reminder". */
  kind: string;
  to: string;
  subject: string;
  body: string;
}

/**
 * Queues a message in the outbox. Call it inside the transaction of the change it reports, so a message
 * exists exactly when the change does; a separate step delivers it (SMTP) or leaves it for the admin to read.
 */
export async function enqueueMail(db: Executor, mail: OutgoingMail): Promise<number> {
  const [row] = await db
    .insert(mailOutbox)
    .values({ editionId: mail.editionId ?? null, kind: mail.kind, toAddress: mail.to, subject: mail.subject, body: mail.body })
    .returning({ id: mailOutbox.id });
  captureMailForTests(mail);
  return row!.id;
}
