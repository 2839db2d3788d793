import { asc, eq } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { editions, tieDecisions } from "../../db/schema";
import { toCanonicalValue } from "../domain/canonical-json";
import { AppError } from "../errors";
import { listAwards } from "./awards";
import { getRankingRecord, type RankingRecord } from "./ranking";

/** Names the snapshot's layout, so a later change of layout never passes for a change of result. */
export const SNAPSHOT_FORMAT = "palmares.sealed-result/1";

/**
 * Everything a sealed result holds (`snapshot`, canonical), with the ranking record and awards it was built from, built from the database as it is now. Nothing in it changes at publication
 * (no phase, no nomination state, no time of freezing), so the same data always gives the same fingerprint.
 * Jurors appear by id only: the snapshot is the record of the result, not of who the jurors are.
 */
export async function buildResultSnapshot({ db, editionId }: { db: Executor; editionId: number }) {
  const [edition] = await db
    .select({
      year: editions.year,
      theme: editions.theme,
      presidencyCountryCode: editions.presidencyCountryCode,
      juryStatement: editions.juryStatement,
    })
    .from(editions)
    .where(eq(editions.id, editionId));
  if (!edition) throw new AppError("NOT_FOUND", "This edition does not exist.");

  const record = await getRankingRecord({ db, editionId });
  const awards = await listAwards({ db, editionId });
  const decisions = await db
    .select({
      id: tieDecisions.id,
      orderedNominationIds: tieDecisions.orderedNominationIds,
      reason: tieDecisions.reason,
      decidedBy: tieDecisions.decidedBy,
      decidedAt: tieDecisions.decidedAt,
    })
    .from(tieDecisions)
    .where(eq(tieDecisions.editionId, editionId))
    .orderBy(asc(tieDecisions.id));
  return { snapshot: assembleResultSnapshot({ edition, record, awards, decisions }), record, awards };
}

export interface SnapshotParts {
  edition: { year: number; theme: string; presidencyCountryCode: string; juryStatement: string };
  record: Pick<RankingRecord, "edition" | "criteria" | "nominations" | "result" | "incompleteSheetCount"> & { input: Pick<RankingRecord["input"], "sheets"> };
  awards: readonly Awaited<ReturnType<typeof listAwards>>[number][];
  decisions: readonly { id: number; orderedNominationIds: string[]; reason: string; decidedBy: number | null; decidedAt: Date }[];
}

/**
 * The snapshot from its parts, in its canonical form. Pure: an imported edition rebuilds it from its parts
 * translated back to the source database's ids (lib/portability/seal-check.ts).
 */
export function assembleResultSnapshot({ edition, record, awards, decisions }: SnapshotParts) {
  const snapshot = {
    format: SNAPSHOT_FORMAT,
    edition: {
      year: edition.year,
      theme: edition.theme,
      presidencyCountryCode: edition.presidencyCountryCode,
      awardedPlaces: record.edition.awardedPlaces,
      isNormalised: record.edition.isNormalised,
      tieBreakChain: record.edition.tieBreakChain,
    },
    juryStatement: edition.juryStatement,
    criteria: record.criteria,
    nominations: record.nominations,
    ranking: record.result,
    incompleteSheetCount: record.incompleteSheetCount,
    awards: awards.map((a) => ({
      rank: a.rank,
      nominationId: a.nominationId,
      countryCode: a.countryCode,
      countryName: a.countryName,
      title: a.title,
      prize: a.prize,
      juryReason: a.juryReason,
    })),
    tieDecisions: decisions,
    scores: listScoresUsed(record.input.sheets),
  };
  // Stored in its canonical form, so the fingerprint can be recomputed from the stored snapshot alone.
  return toCanonicalValue(snapshot);
}

/** The criterion scores the ranking was computed from, one row per sheet and criterion, in a fixed order. */
function listScoresUsed(sheets: readonly { nominationId: string; jurorId: number; scores: Record<number, number> }[]) {
  return sheets
    .flatMap((sheet) =>
      Object.entries(sheet.scores).map(([criterionId, value]) => ({
        jurorId: sheet.jurorId,
        nominationId: sheet.nominationId,
        criterionId: Number(criterionId),
        value,
      })),
    )
    .sort(
      (a, b) =>
        (a.nominationId < b.nominationId ? -1 : a.nominationId > b.nominationId ? 1 : 0) ||
        a.jurorId - b.jurorId ||
        a.criterionId - b.criterionId,
    );
}

