import type { Database } from "../../../db/client";
import { SPEC_YEARS } from "../support/spec-accounts";
import { ensureSpecAccount } from "./support/accounts";
import { seedSpecDossier, seedSpecEdition } from "./support/edition";
import { seedAssignment } from "./support/jury";

/**
 * i18n.spec.ts: a Belgian coordinator with a draft in an open call (2068), and a French juror with one Belgian
 * dossier to score in a jury that is scoring (2069). Neither has chosen a language yet.
 */
export default async function seedLanguages(db: Database) {
  const call = await seedSpecEdition(db, { year: SPEC_YEARS.languages, phase: "nominations_open", theme: "Languages end-to-end theme" });
  await ensureSpecAccount(db, "i18nCoordinator", [{ role: "coordinator", countryCode: "BE", editionId: call.id }]);
  await seedSpecDossier(db, call, { countryCode: "BE", title: "Belgian draft written in English", state: "draft" });
  const jury = await seedSpecEdition(db, { year: SPEC_YEARS.languagesJury, phase: "jury_scoring", theme: "Languages jury theme" });
  const juror = await ensureSpecAccount(db, "i18nJuror", [{ role: "juror", countryCode: "FR", editionId: jury.id }]);
  const dossier = await seedSpecDossier(db, jury, { countryCode: "BE", title: "Belgian dossier for the French juror", state: "accepted" });
  await seedAssignment(db, jury, juror, dossier);
}
