import { and, asc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Executor } from "../../db/client";
import { countries, criteria, editions, memberships, nominations, scoreSheets, scores, users } from "../../db/schema";
import { authorize } from "../access/policy";
import type { SessionUser } from "../auth/session-user";
import { AppError } from "../errors";
import { getRankingRecord, listCountableSheets } from "../results/ranking";
import { listTieDecisions } from "../results/tie-decisions";

/** One juror's score on one criterion of one dossier, as the record keeps it. */
export interface ScoreExportRow {
  year: number;
  countryName: string;
  title: string;
  jurorName: string;
  jurorCountryName: string;
  criterionPosition: number;
  criterionTitle: string;
  weight: number;
  score: number;
  comment: string;
  submittedAt: Date | null;
  isExcluded: boolean;
  /** Whether the sheet counts in the ranking (submitted, not excluded, voting, not own country, not conflicted). */
  isCounted: boolean;
}

const jurorCountries = alias(countries, "juror_countries");

/**
 * Every criterion score of every submitted sheet on the edition's competing dossiers — excluded and not counted
 * ones too, marked — for the secretariat once the jury is closed. Drafts are not scores yet and are left out.
 */
export async function listScoreExportRows({ db, viewer, editionId }: { db: Executor; viewer: SessionUser; editionId: number }) {
  const [edition] = await db.select({ id: editions.id, year: editions.year, phase: editions.phase }).from(editions).where(eq(editions.id, editionId));
  if (!edition) throw new AppError("NOT_FOUND", "This edition does not exist.");
  const decision = authorize(viewer, "scores.export", { edition });
  if (!decision.ok) throw new AppError(decision.code, decision.reason);

  const [rows, countable] = await Promise.all([
    db
      .select({
        sheetId: scoreSheets.id,
        countryName: countries.name,
        title: nominations.title,
        jurorName: users.name,
        jurorCountryName: jurorCountries.name,
        criterionPosition: criteria.position,
        criterionTitle: criteria.title,
        weight: criteria.weight,
        score: scores.value,
        comment: scores.comment,
        submittedAt: scoreSheets.submittedAt,
        isExcluded: scoreSheets.isExcluded,
      })
      .from(scores)
      .innerJoin(scoreSheets, eq(scoreSheets.id, scores.sheetId))
      .innerJoin(criteria, eq(criteria.id, scores.criterionId))
      .innerJoin(nominations, eq(nominations.id, scoreSheets.nominationId))
      .innerJoin(countries, eq(countries.code, nominations.countryCode))
      .innerJoin(users, eq(users.id, scoreSheets.jurorUserId))
      .leftJoin(memberships, and(eq(memberships.userId, scoreSheets.jurorUserId), eq(memberships.editionId, editionId), eq(memberships.role, "juror")))
      .leftJoin(jurorCountries, eq(jurorCountries.code, memberships.countryCode))
      .where(and(eq(scoreSheets.editionId, editionId), eq(scoreSheets.state, "submitted"), eq(nominations.kind, "competing")))
      .orderBy(asc(countries.name), asc(nominations.title), asc(users.name), asc(scoreSheets.id), asc(criteria.position)),
    listCountableSheets({ db, editionId }),
  ]);
  const countableIds = new Set(countable.map((sheet) => sheet.id));
  return {
    edition,
    rows: rows.map(({ sheetId, jurorCountryName, ...row }): ScoreExportRow => ({
      ...row,
      year: edition.year,
      jurorCountryName: jurorCountryName ?? "",
      isCounted: countableIds.has(sheetId),
    })),
  };
}

/** The score rows and the ranking together, for the workbook's sheets. */
export async function getScoreExport({ db, viewer, editionId }: { db: Executor; viewer: SessionUser; editionId: number }) {
  const scoreRows = await listScoreExportRows({ db, viewer, editionId });
  const [record, decisions] = await Promise.all([getRankingRecord({ db, editionId }), listTieDecisions({ db, editionId })]);
  // Who recorded each tie decision, so a place decided by the secretariat says so.
  return { ...scoreRows, record, deciderRoles: new Map(decisions.map((d) => [d.id, d.deciderRole])) };
}

export type ScoreExport = Awaited<ReturnType<typeof getScoreExport>>;
