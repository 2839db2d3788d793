import { and, asc, eq } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { assignments, countries, nominations, scoreSheets, users } from "../../db/schema";
import { listAssignableDossiers, listEditionJurors } from "./assignment-matrix";

export type SheetProgress = "not_started" | "draft" | "submitted";

export interface SheetCounts {
  assigned: number;
  notStarted: number;
  draft: number;
  submitted: number;
}

/** Where one assigned sheet stands; an excluded sheet never counts, so it is as good as not started. */
export function getSheetProgress(sheet: { state: "draft" | "submitted" | null; isExcluded: boolean | null }): SheetProgress {
  if (sheet.state === null || sheet.isExcluded) return "not_started";
  return sheet.state;
}

function countSheets(progress: readonly SheetProgress[]): SheetCounts {
  return {
    assigned: progress.length,
    notStarted: progress.filter((p) => p === "not_started").length,
    draft: progress.filter((p) => p === "draft").length,
    submitted: progress.filter((p) => p === "submitted").length,
  };
}

/** Every assignment of an edition with its juror, dossier and where its sheet stands. */
export async function listAssignedSheets(db: Executor, editionId: number) {
  const rows = await db
    .select({
      jurorUserId: assignments.jurorUserId,
      jurorName: users.name,
      jurorEmail: users.email,
      isJurorActive: users.isActive,
      nominationId: assignments.nominationId,
      title: nominations.title,
      countryName: countries.name,
      state: scoreSheets.state,
      isExcluded: scoreSheets.isExcluded,
    })
    .from(assignments)
    .innerJoin(users, eq(users.id, assignments.jurorUserId))
    .innerJoin(nominations, eq(nominations.id, assignments.nominationId))
    .innerJoin(countries, eq(countries.code, nominations.countryCode))
    .leftJoin(scoreSheets, and(eq(scoreSheets.jurorUserId, assignments.jurorUserId), eq(scoreSheets.nominationId, assignments.nominationId)))
    .where(eq(assignments.editionId, editionId))
    .orderBy(asc(countries.name), asc(nominations.title));
  return rows.map((row) => ({ ...row, progress: getSheetProgress(row) }));
}

/** The jury's progress: per juror, per dossier and in total, how many assigned sheets are not started, in draft, submitted. */
export async function getJuryProgress({ db, editionId }: { db: Executor; editionId: number }) {
  const [sheets, jurors, dossiers] = await Promise.all([
    listAssignedSheets(db, editionId),
    listEditionJurors({ db, editionId }),
    listAssignableDossiers({ db, editionId }),
  ]);
  const totals = countSheets(sheets.map((s) => s.progress));
  return {
    jurors: jurors.map((juror) => ({
      ...juror,
      ...countSheets(sheets.filter((s) => s.jurorUserId === juror.userId).map((s) => s.progress)),
    })),
    dossiers: dossiers.map((dossier) => ({
      ...dossier,
      ...countSheets(sheets.filter((s) => s.nominationId === dossier.id).map((s) => s.progress)),
    })),
    totals,
    /** Every assigned sheet is submitted (and there is at least one). */
    isComplete: totals.assigned > 0 && totals.submitted === totals.assigned,
  };
}

export type JuryProgress = Awaited<ReturnType<typeof getJuryProgress>>;
