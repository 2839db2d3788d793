import { and, eq } from "drizzle-orm";
import type { Database } from "../../../db/client";
import { mailOutbox } from "../../../db/schema";
import { MAX_MAIL_ATTEMPTS } from "../../../lib/domain/mail-retry";
import { FAILED_MESSAGE } from "../support/messages-data";
import { SPEC_YEARS } from "../support/spec-accounts";
import { seedSpecEdition } from "./support/edition";

/**
 * messages.spec.ts: an edition taking nominations whose texts the spec edits, and one message of it that the mail
 * server refused on every attempt, so the outbox has a failure's reason to show.
 */
export default async function seedMessages(db: Database) {
  const edition = await seedSpecEdition(db, { year: SPEC_YEARS.messages, phase: "nominations_open", theme: "Messages end-to-end theme" });
  const [existing] = await db
    .select({ id: mailOutbox.id })
    .from(mailOutbox)
    .where(and(eq(mailOutbox.editionId, edition.id), eq(mailOutbox.subject, FAILED_MESSAGE.subject)));
  if (existing) return;
  await db.insert(mailOutbox).values({
    editionId: edition.id,
    kind: "reminder.nominations",
    toAddress: FAILED_MESSAGE.to,
    subject: FAILED_MESSAGE.subject,
    body: "Dear coordinator,\n\nThe submission deadline is near.\n\nThe secretariat",
    attempts: MAX_MAIL_ATTEMPTS,
    lastError: FAILED_MESSAGE.reason,
    nextAttemptAt: null,
  });
}
