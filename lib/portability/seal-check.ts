import { asc, eq } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { editionImports, editions, tieDecisions, type ImportedIdMap } from "../../db/schema";
import { computeRanking, type RankingInput } from "../domain/ranking-result";
import { AppError } from "../errors";
import { text } from "../i18n/server-text";
import { listAwards } from "../results/awards";
import { getRankingRecord } from "../results/ranking";
import { assembleResultSnapshot, buildResultSnapshot } from "../results/snapshot";

/** Translates a new id back to the source database's, refusing an id the map does not hold. */
function translator(map: Record<string, number>, what: string) {
  return (id: number): number => {
    const source = map[String(id)];
    if (source === undefined) throw new AppError("CONFLICT", text("The imported edition has a {what} ({id}) the export did not hold.", { what, id }));
    return source;
  };
}

/**
 * The edition's sealed snapshot rebuilt from the database as it is now, written in the source database's ids: the
 * ranking is recomputed from its input translated back (jurors, criteria, tie decisions), since a snapshot names
 * them by id. Nomination ids are UUIDs and cross databases unchanged. Equal rows give an equal fingerprint.
 */
export async function buildSnapshotInSourceIds({ db, editionId, idMap }: { db: Executor; editionId: number; idMap: ImportedIdMap }) {
  const [edition] = await db
    .select({ year: editions.year, theme: editions.theme, presidencyCountryCode: editions.presidencyCountryCode, juryStatement: editions.juryStatement })
    .from(editions)
    .where(eq(editions.id, editionId));
  if (!edition) throw new AppError("NOT_FOUND", "This edition does not exist.");
  const user = translator(idMap.users, "person");
  const criterion = translator(idMap.criteria, "criterion");
  const decision = translator(idMap.tieDecisions, "tie decision");

  const record = await getRankingRecord({ db, editionId });
  const input: RankingInput = {
    ...record.input,
    criteria: record.input.criteria.map((c) => ({ ...c, id: criterion(c.id) })),
    sheets: record.input.sheets.map((sheet) => ({
      ...sheet,
      jurorId: user(sheet.jurorId),
      scores: Object.fromEntries(Object.entries(sheet.scores).map(([id, value]) => [criterion(Number(id)), value])),
    })),
    tieDecisions: record.input.tieDecisions.map((d) => ({ ...d, id: decision(d.id) })),
  };
  const decisions = await db
    .select({ id: tieDecisions.id, orderedNominationIds: tieDecisions.orderedNominationIds, reason: tieDecisions.reason, decidedBy: tieDecisions.decidedBy, decidedAt: tieDecisions.decidedAt })
    .from(tieDecisions)
    .where(eq(tieDecisions.editionId, editionId))
    .orderBy(asc(tieDecisions.id));
  return assembleResultSnapshot({
    edition,
    record: {
      edition: record.edition,
      criteria: record.criteria.map((c) => ({ ...c, id: criterion(c.id) })),
      nominations: record.nominations,
      result: computeRanking(input),
      incompleteSheetCount: record.incompleteSheetCount,
      input: { sheets: input.sheets },
    },
    awards: await listAwards({ db, editionId }),
    decisions: decisions.map((d) => ({ ...d, id: decision(d.id), decidedBy: d.decidedBy === null ? null : user(d.decidedBy) })),
  });
}

/**
 * The snapshot the database gives today, to compare with a seal of the given fingerprint: in the source's ids when
 * that seal came in with an imported edition, as built here otherwise (a seal made after the import).
 */
export async function buildComparableSnapshot({ db, editionId, fingerprint }: { db: Executor; editionId: number; fingerprint: string }) {
  const [imported] = await db.select().from(editionImports).where(eq(editionImports.editionId, editionId));
  if (imported && imported.sealedFingerprint === fingerprint) return buildSnapshotInSourceIds({ db, editionId, idMap: imported.idMap });
  return (await buildResultSnapshot({ db, editionId })).snapshot;
}
