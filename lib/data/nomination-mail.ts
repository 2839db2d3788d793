/** The messages a dossier's changes send to its country's coordinators, queued in the change's transaction. */
import { and, asc, eq, isNull, ne, or } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { memberships, users, type NominationKind } from "../../db/schema";
import { formatDeadline } from "../domain/deadline";
import { enqueueMail } from "../mail/outbox";

export interface DossierMailSubject {
  id: string;
  editionId: number;
  year: number;
  countryCode: string;
  countryName: string;
  kind: NominationKind;
  title: string;
}

/** Every active coordinator of the dossier's country with an email, plus the person acting, once each. */
export async function listDossierRecipients(db: Executor, dossier: DossierMailSubject, actor: { email: string }): Promise<string[]> {
  const rows = await db
    .select({ email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.role, "coordinator"),
        eq(memberships.countryCode, dossier.countryCode),
        or(isNull(memberships.editionId), eq(memberships.editionId, dossier.editionId)),
        eq(users.isActive, true),
        ne(users.email, ""),
      ),
    )
    .orderBy(asc(users.email));
  const byAddress = new Map<string, string>();
  for (const email of [...rows.map((r) => r.email), actor.email]) {
    const address = email.trim();
    if (address && !byAddress.has(address.toLowerCase())) byAddress.set(address.toLowerCase(), address);
  }
  return [...byAddress.values()];
}

function describeDossier(dossier: DossierMailSubject): string {
  const kind = dossier.kind === "competing" ? "competing nomination" : "additional good practice";
  return `"${dossier.title}" (${dossier.countryName}, ${kind}, ${dossier.year})`;
}

/** Queues the submission receipt for each recipient: the reference and the time the database recorded. */
export async function enqueueSubmissionReceipts(
  db: Executor,
  dossier: DossierMailSubject,
  receipt: { reference: string; submittedAt: Date; submitterName: string; submitterEmail: string },
): Promise<void> {
  const recipients = await listDossierRecipients(db, dossier, { email: receipt.submitterEmail });
  const body = [
    `The dossier ${describeDossier(dossier)} was submitted by ${receipt.submitterName}.`,
    "",
    `Reference: ${receipt.reference}`,
    `Submitted: ${formatDeadline(receipt.submittedAt)}`,
    "",
    "The dossier is now locked. Until the submission deadline, a coordinator of your country can withdraw it to change it",
    "and submit it again. Quote the reference when you write to the secretariat.",
  ].join("\n");
  for (const to of recipients) {
    await enqueueMail(db, { editionId: dossier.editionId, kind: "nomination.receipt", to, subject: `Receipt: ${receipt.reference} submitted`, body });
  }
}

/** Tells the country's coordinators that the secretariat reopened their dossier, and why. */
export async function enqueueReopenNotices(db: Executor, dossier: DossierMailSubject, reason: string): Promise<void> {
  const recipients = await listDossierRecipients(db, dossier, { email: "" });
  const body = [
    `The secretariat reopened the dossier ${describeDossier(dossier)}. It is a draft again: change it and submit it again before the deadline.`,
    "",
    `Reason: ${reason}`,
  ].join("\n");
  for (const to of recipients) {
    await enqueueMail(db, { editionId: dossier.editionId, kind: "nomination.reopened", to, subject: `Reopened: ${dossier.title}`, body });
  }
}
