import type { Database } from "../../../db/client";
import { SPEC_YEARS } from "../support/spec-accounts";
import { ensureSpecAccount } from "./support/accounts";
import { seedSpecDossier, seedSpecEdition } from "./support/edition";
import { seedAssignment, seedSheet } from "./support/jury";

/**
 * i18n-jury.spec.ts: a French juror with one Belgian dossier to score in a jury that is scoring (2071), and the chair
 * of a jury in deliberation (2171) whose two dossiers carry submitted sheets from the chair and another juror.
 */
export default async function seedJuryLanguages(db: Database) {
  const scoring = await seedSpecEdition(db, { year: SPEC_YEARS.i18nJuryScoring, phase: "jury_scoring", theme: "French scoring theme" });
  const juror = await ensureSpecAccount(db, "i18nJuryJuror", [{ role: "juror", countryCode: "FR", editionId: scoring.id }]);
  const dossier = await seedSpecDossier(db, scoring, { countryCode: "BE", title: "Belgian dossier scored in French", state: "accepted" });
  await seedAssignment(db, scoring, juror, dossier);

  const deliberation = await seedSpecEdition(db, { year: SPEC_YEARS.i18nJuryDeliberation, phase: "deliberation", theme: "French deliberation theme" });
  const chair = await ensureSpecAccount(db, "i18nJuryChair", [{ role: "juror", countryCode: "FR", editionId: deliberation.id, isChair: true }]);
  const member = await ensureSpecAccount(db, "i18nJuryMember", [{ role: "juror", countryCode: "DE", editionId: deliberation.id }]);
  const belgium = await seedSpecDossier(db, deliberation, { countryCode: "BE", title: "Belgian dossier in the French deliberation", state: "accepted" });
  const spain = await seedSpecDossier(db, deliberation, { countryCode: "ES", title: "Spanish dossier in the French deliberation", state: "accepted" });
  for (const jurorUserId of [chair, member]) {
    await seedSheet(db, deliberation, { jurorUserId, nominationId: belgium, values: [8, 7, 8, 9, 8] });
    await seedSheet(db, deliberation, { jurorUserId, nominationId: spain, values: [6, 6, 5, 6, 7] });
  }
}
