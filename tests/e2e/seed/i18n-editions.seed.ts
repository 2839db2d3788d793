import type { Database } from "../../../db/client";
import { SPEC_YEARS } from "../support/spec-accounts";
import { ensureSpecAccount } from "./support/accounts";
import { seedSpecDossier, seedSpecEdition } from "./support/edition";
import { seedAssignment } from "./support/jury";

/**
 * i18n-editions.spec.ts: an edition in jury scoring (2072) with two accepted dossiers and a French juror assigned
 * to the Belgian one, and a secretariat account of the spec's own, whose language choice no other spec sees.
 */
export default async function seedEditionsInFrench(db: Database) {
  const edition = await seedSpecEdition(db, { year: SPEC_YEARS.i18nEditions, phase: "jury_scoring", theme: "Editions in French theme" });
  await ensureSpecAccount(db, "i18nEditionsAdmin", [{ role: "admin" }]);
  const juror = await ensureSpecAccount(db, "i18nEditionsJuror", [{ role: "juror", countryCode: "FR", editionId: edition.id }]);
  const belgian = await seedSpecDossier(db, edition, { countryCode: "BE", title: "Belgian dossier read in French", state: "accepted" });
  await seedSpecDossier(db, edition, { countryCode: "DE", title: "German dossier read in French", state: "accepted" });
  await seedAssignment(db, edition, juror, belgian);
}
