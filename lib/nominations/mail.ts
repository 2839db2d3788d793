/** The messages a dossier's changes send to its country's coordinators, queued in the change's transaction. */
import type { Executor } from "../../db/client";
import type { NominationKind } from "../../db/schema";
import { formatDeadline } from "../domain/deadline";
import { enqueueMail } from "../mail/outbox";
import { listCoordinatorAddresses } from "../mail/recipients";

export interface DossierMailSubject {
  id: string;
  editionId: number;
  year: number;
  countryCode: string;
  countryName: string;
  kind: NominationKind;
  title: string;
  /** The edition's zone, in which the receipt states the moment of submission. */
  timeZone: string;
}

/** Every active coordinator of the dossier's country, plus the person acting, once each whatever the case. */
export async function listDossierRecipients(db: Executor, dossier: DossierMailSubject, actor: { email: string }): Promise<string[]> {
  const coordinators = await listCoordinatorAddresses(db, { editionId: dossier.editionId, countryCode: dossier.countryCode });
  const byAddress = new Map<string, string>();
  for (const email of [...coordinators, actor.email]) {
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
    `Submitted: ${formatDeadline(receipt.submittedAt, dossier.timeZone)}`,
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
