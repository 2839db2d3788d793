import type { Database } from "../../../db/client";
import { SPEC_YEARS } from "../support/spec-accounts";
import { ensureSpecAccount } from "./support/accounts";
import { seedSpecDossier, seedSpecEdition } from "./support/edition";
import { seedAssignment, seedSheet } from "./support/jury";

/**
 * jury.spec.ts: a closed jury whose French chair submitted two of their three dossiers (Belgium's and the
 * Netherlands', Belgium's with 9, 8, 9, 7, 8) and never started Poland's.
 */
export default async function seedJury(db: Database) {
  const edition = await seedSpecEdition(db, { year: SPEC_YEARS.jury, phase: "deliberation", theme: "Jury end-to-end theme" });
  const chair = await ensureSpecAccount(db, "juryChair", [{ role: "juror", countryCode: "FR", editionId: edition.id, isChair: true }]);
  const belgium = await seedSpecDossier(db, edition, { countryCode: "BE", title: "Street coaches for Belgian neighbourhoods", state: "accepted" });
  const netherlands = await seedSpecDossier(db, edition, { countryCode: "NL", title: "Mentors for Dutch teenagers", state: "accepted" });
  const poland = await seedSpecDossier(db, edition, { countryCode: "PL", title: "School workshops in Poland", state: "accepted" });
  await seedSheet(db, edition, { jurorUserId: chair, nominationId: belgium, values: [9, 8, 9, 7, 8] });
  await seedSheet(db, edition, { jurorUserId: chair, nominationId: netherlands, values: [6, 7, 6, 7, 6] });
  await seedAssignment(db, edition, chair, poland);
}
