import type { Database } from "../../../db/client";
import { SPEC_YEARS } from "../support/spec-accounts";
import { ensureSpecAccount } from "./support/accounts";
import { seedSpecDossier, seedSpecEdition } from "./support/edition";

/**
 * i18n-coordinator.spec.ts: an open call (2070) whose answers may have 8 words, so the seeded answers are over the
 * limit; its coordinator, for Belgium and Luxembourg, has a Belgian draft with no phone number and a submitted
 * Luxembourg dossier. The account has chosen no language: the spec's cookie decides.
 */
export default async function seedCoordinatorLanguages(db: Database) {
  const call = await seedSpecEdition(db, {
    year: SPEC_YEARS.languagesCoordinator,
    phase: "nominations_open",
    theme: "Coordinator languages theme",
    answerWordLimit: 8,
  });
  await ensureSpecAccount(db, "i18nCoordinatorFr", [
    { role: "coordinator", countryCode: "BE", editionId: call.id },
    { role: "coordinator", countryCode: "LU", editionId: call.id },
  ]);
  await seedSpecDossier(db, call, { countryCode: "BE", title: "Draft to complete in French", state: "draft" });
  await seedSpecDossier(db, call, { countryCode: "LU", title: "Dossier submitted in French", state: "submitted" });
}
