import { eq } from "drizzle-orm";
import type { Database } from "../../../db/client";
import { mailOutbox } from "../../../db/schema";
import { MAX_MAIL_ATTEMPTS } from "../../../lib/mail/status";
import { SPEC_YEARS } from "../support/spec-accounts";
import { seedSpecDossier, seedSpecEdition } from "./support/edition";

export const ADMIN_HOME_FAILED_SUBJECT = "Admin home end-to-end: a message that could not be delivered";

/**
 * admin-home.spec.ts: an edition in eligibility with two submitted dossiers still undecided and one accepted, and a
 * message of the outbox whose every attempt failed, so the secretariat's home has items that need attention.
 */
export default async function seedAdminHome(db: Database) {
  const edition = await seedSpecEdition(db, { year: SPEC_YEARS.adminHome, phase: "eligibility", theme: "Admin home end-to-end theme" });
  await seedSpecDossier(db, edition, { countryCode: "PT", title: "Home dossier from Portugal", state: "submitted" });
  await seedSpecDossier(db, edition, { countryCode: "ES", title: "Home dossier from Spain", state: "submitted" });
  await seedSpecDossier(db, edition, { countryCode: "MT", title: "Home dossier from Malta", state: "accepted" });
  const [existing] = await db.select({ id: mailOutbox.id }).from(mailOutbox).where(eq(mailOutbox.subject, ADMIN_HOME_FAILED_SUBJECT));
  if (!existing) {
    await db.insert(mailOutbox).values({
      editionId: edition.id,
      kind: "eligibility_decision",
      toAddress: "unreachable@e2e.test",
      subject: ADMIN_HOME_FAILED_SUBJECT,
      body: "This message never arrived.",
      attempts: MAX_MAIL_ATTEMPTS,
      lastError: "550 mailbox unavailable",
    });
  }
}
