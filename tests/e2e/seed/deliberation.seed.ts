import type { Database } from "../../../db/client";
import { SPEC_YEARS } from "../support/spec-accounts";
import { ensureSpecAccount } from "./support/accounts";
import { seedSpecDossier, seedSpecEdition } from "./support/edition";
import { seedSheet } from "./support/jury";

/**
 * deliberation.spec.ts reads the published 2014 edition; for its refusals it needs a chair of another edition in
 * deliberation, and a juror of that edition who is no chair.
 */
export default async function seedDeliberation(db: Database) {
  const edition = await seedSpecEdition(db, { year: SPEC_YEARS.deliberation, phase: "deliberation", theme: "Deliberation end-to-end theme" });
  const chair = await ensureSpecAccount(db, "deliberationChair", [{ role: "juror", countryCode: "FR", editionId: edition.id, isChair: true }]);
  const juror = await ensureSpecAccount(db, "deliberationJuror", [{ role: "juror", countryCode: "DE", editionId: edition.id }]);
  const belgium = await seedSpecDossier(db, edition, { countryCode: "BE", title: "Deliberation dossier from Belgium", state: "accepted" });
  const spain = await seedSpecDossier(db, edition, { countryCode: "ES", title: "Deliberation dossier from Spain", state: "accepted" });
  for (const jurorUserId of [chair, juror]) {
    await seedSheet(db, edition, { jurorUserId, nominationId: belgium, values: [8, 8, 8, 8, 8] });
    await seedSheet(db, edition, { jurorUserId, nominationId: spain, values: [6, 6, 6, 6, 6] });
  }
}
