import { eq } from "drizzle-orm";
import type { Database } from "../../../db/client";
import { mailTemplates, users } from "../../../db/schema";
import { SPEC_YEARS } from "../support/spec-accounts";
import { ensureSpecAccount } from "./support/accounts";
import { seedSpecEdition } from "./support/edition";

/**
 * i18n-admin.spec.ts: a member of the secretariat who chose French (their own account, so no other spec's admin
 * changes language), and a draft edition (2073) whose "results published" message has a French version of its own.
 */
export default async function seedAdminLanguages(db: Database) {
  const adminId = await ensureSpecAccount(db, "i18nAdmin", [{ role: "admin" }]);
  await db.update(users).set({ locale: "fr" }).where(eq(users.id, adminId));
  const edition = await seedSpecEdition(db, { year: SPEC_YEARS.i18nAdmin, phase: "draft", theme: "Thème de bout en bout" });
  await db
    .insert(mailTemplates)
    .values({
      editionId: edition.id,
      kind: "results-published",
      locale: "fr",
      subject: "Résultats {{edition_year}} publiés",
      body: "Bonjour {{name}},\nles résultats sont en ligne : {{link}}",
      updatedByUserId: adminId,
    })
    .onConflictDoNothing();
}
