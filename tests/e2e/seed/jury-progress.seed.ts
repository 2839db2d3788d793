import type { Database } from "../../../db/client";
import { SPEC_YEARS } from "../support/spec-accounts";
import { ensureSpecAccount } from "./support/accounts";
import { seedSpecDossier, seedSpecEdition } from "./support/edition";
import { seedAssignment, seedOwnCountryConflict, seedSheet } from "./support/jury";

/**
 * jury-progress.spec.ts: a closed jury assigned in mode "all" (every juror on every dossier of another country), with
 * submitted sheets, a draft and sheets never started, so the matrix and the progress counts have each kind to agree on.
 */
export default async function seedJuryProgress(db: Database) {
  const edition = await seedSpecEdition(db, { year: SPEC_YEARS.juryProgress, phase: "deliberation", theme: "Jury progress end-to-end theme" });
  const chair = await ensureSpecAccount(db, "progressChair", [{ role: "juror", countryCode: "FR", editionId: edition.id, isChair: true }]);
  const juror = await ensureSpecAccount(db, "progressJuror", [{ role: "juror", countryCode: "DE", editionId: edition.id }]);
  const belgium = await seedSpecDossier(db, edition, { countryCode: "BE", title: "Progress dossier from Belgium", state: "accepted" });
  const germany = await seedSpecDossier(db, edition, { countryCode: "DE", title: "Progress dossier from Germany", state: "accepted" });
  const netherlands = await seedSpecDossier(db, edition, { countryCode: "NL", title: "Progress dossier from the Netherlands", state: "accepted" });

  await seedSheet(db, edition, { jurorUserId: chair, nominationId: belgium, values: [8, 7, 8, 7, 8] });
  await seedSheet(db, edition, { jurorUserId: chair, nominationId: netherlands, values: [6, 6, 7, 6, 6], state: "draft" });
  await seedAssignment(db, edition, chair, germany);
  await seedSheet(db, edition, { jurorUserId: juror, nominationId: belgium, values: [7, 7, 7, 7, 7] });
  await seedAssignment(db, edition, juror, netherlands);
  await seedOwnCountryConflict(db, edition, juror, germany);
}
