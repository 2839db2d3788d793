import { sql } from "drizzle-orm";
import type { Executor } from "../../../../db/client";
import { assignments, scoreSheets, scores } from "../../../../db/schema";
import { ensureOwnCountryConflict } from "../../../../db/seed/ensure";
import type { SpecEdition } from "./edition";

/** Assigns the dossier to the juror, as opening the jury does. */
export async function seedAssignment(db: Executor, edition: SpecEdition, jurorUserId: number, nominationId: string) {
  await db
    .insert(assignments)
    .values({ editionId: edition.id, nominationId, jurorUserId, source: "auto" })
    .onConflictDoNothing({ target: [assignments.jurorUserId, assignments.nominationId] });
}

/** The juror's own-country dossier, recorded as a conflict instead of an assignment. */
export async function seedOwnCountryConflict(db: Executor, edition: SpecEdition, jurorUserId: number, nominationId: string) {
  await ensureOwnCountryConflict(db, { editionId: edition.id, nominationId, jurorUserId });
}

/**
 * An assigned dossier with the juror's sheet holding one score per criterion (in position order); a draft is saved
 * but not submitted. Nothing is written if the juror already has a sheet for it.
 */
export async function seedSheet(
  db: Executor,
  edition: SpecEdition,
  sheet: { jurorUserId: number; nominationId: string; values: readonly number[]; state?: "draft" | "submitted" },
) {
  await seedAssignment(db, edition, sheet.jurorUserId, sheet.nominationId);
  const state = sheet.state ?? "submitted";
  const [created] = await db
    .insert(scoreSheets)
    .values({
      editionId: edition.id,
      nominationId: sheet.nominationId,
      jurorUserId: sheet.jurorUserId,
      state,
      submittedAt: state === "submitted" ? sql`now() - interval '2 days'` : null,
    })
    .onConflictDoNothing({ target: [scoreSheets.jurorUserId, scoreSheets.nominationId] })
    .returning({ id: scoreSheets.id });
  if (!created) return;
  await db.insert(scores).values(
    edition.rubric.map((criterion, index) => ({
      sheetId: created.id,
      criterionId: criterion.id,
      scaleMin: criterion.scaleMin,
      scaleMax: criterion.scaleMax,
      value: sheet.values[index]!,
    })),
  );
}
