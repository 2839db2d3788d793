/** The messages a dossier's changes send to its country's coordinators, queued in the change's transaction. */
import type { Executor } from "../../db/client";
import type { Locale } from "../i18n/locales";
import { composeReopenNotice, composeSubmissionReceipt, type DossierMailFacts } from "../mail/dossier-mail";
import { enqueueMail } from "../mail/outbox";
import { getAddressLocale } from "../mail/recipient-locale";
import { listCoordinatorRecipients } from "../mail/recipients";

export interface DossierMailSubject extends DossierMailFacts {
  id: string;
  editionId: number;
}

/** Every active coordinator of the dossier's country, plus the person acting, once each whatever the case, with their mail language. */
export async function listDossierRecipients(db: Executor, dossier: DossierMailSubject, actor: { email: string }): Promise<{ to: string; locale: Locale }[]> {
  const coordinators = await listCoordinatorRecipients(db, { editionId: dossier.editionId, countryCode: dossier.countryCode });
  const byAddress = new Map<string, { to: string; locale: Locale }>();
  for (const { email, locale } of coordinators) {
    const address = email.trim();
    if (address && !byAddress.has(address.toLowerCase())) byAddress.set(address.toLowerCase(), { to: address, locale });
  }
  const actorAddress = actor.email.trim();
  if (actorAddress && !byAddress.has(actorAddress.toLowerCase())) byAddress.set(actorAddress.toLowerCase(), { to: actorAddress, locale: await getAddressLocale(db, actorAddress) });
  return [...byAddress.values()];
}

/** Queues the submission receipt for each recipient, in their language: the reference and the time the database recorded. */
export async function enqueueSubmissionReceipts(
  db: Executor,
  dossier: DossierMailSubject,
  receipt: { reference: string; submittedAt: Date; submitterName: string; submitterEmail: string },
): Promise<void> {
  for (const { to, locale } of await listDossierRecipients(db, dossier, { email: receipt.submitterEmail })) {
    await enqueueMail(db, { editionId: dossier.editionId, kind: "nomination.receipt", to, ...composeSubmissionReceipt(dossier, receipt, locale) });
  }
}

/** Tells the country's coordinators, each in their language, that the secretariat reopened their dossier, and why. */
export async function enqueueReopenNotices(db: Executor, dossier: DossierMailSubject, reason: string): Promise<void> {
  for (const { to, locale } of await listDossierRecipients(db, dossier, { email: "" })) {
    await enqueueMail(db, { editionId: dossier.editionId, kind: "nomination.reopened", to, ...composeReopenNotice(dossier, reason, locale) });
  }
}
