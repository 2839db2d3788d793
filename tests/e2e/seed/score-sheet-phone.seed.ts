import { and, eq } from "drizzle-orm";
import type { Database } from "../../../db/client";
import { criteria } from "../../../db/schema";
import { SPEC_YEARS } from "../support/spec-accounts";
import { ensureSpecAccount } from "./support/accounts";
import { seedSpecDossier, seedSpecEdition } from "./support/edition";
import { seedAssignment } from "./support/jury";

export const SHEET_PHONE_YEAR = SPEC_YEARS.scoreSheetPhone;
export const SHEET_PHONE_DOSSIER_TITLE = "Phone sheet test: Corner shops that watch out";
/** Criterion 1 weighs three times the others, so the weighted total differs from the plain mean. */
export const SHEET_PHONE_FIRST_WEIGHT = 3;

/**
 * The edition of tests/e2e/score-sheet-phone.spec.ts: jury scoring, a weighted rubric, and one Danish dossier
 * assigned to the spec's own German juror.
 */
export default async function seedScoreSheetPhone(db: Database): Promise<void> {
  const edition = await seedSpecEdition(db, { year: SHEET_PHONE_YEAR, phase: "jury_scoring", theme: "Shops and neighbourhood safety (e2e)" });
  await db
    .update(criteria)
    .set({ weight: SHEET_PHONE_FIRST_WEIGHT })
    .where(and(eq(criteria.editionId, edition.id), eq(criteria.position, 1)));
  const jurorId = await ensureSpecAccount(db, "sheetPhoneJuror", [{ role: "juror", countryCode: "DE", editionId: edition.id }]);
  const nominationId = await seedSpecDossier(db, edition, { countryCode: "DK", title: SHEET_PHONE_DOSSIER_TITLE, state: "accepted" });
  await seedAssignment(db, edition, jurorId, nominationId);
}
