/** What a juror's writes to their own sheet share: the kernel's share lock, the jury deadline, one load of dossier, sheet and rubric. */
import { and, eq, sql, type SQL } from "drizzle-orm";
import type { Executor, Transaction } from "../../db/client";
import { nominations, scoreSheets } from "../../db/schema";
import type { SessionUser } from "../auth/session-user";
import { AppError } from "../errors";
import { msg, text } from "../i18n/server-text";
import { JUROR_DOSSIER_NOT_FOUND } from "../jury/juror-dossier-command";
import { runEditionCommand, type EditionCommandContext, type LockedEdition } from "../kernel/edition-command";
import { UUID_PATTERN } from "../nominations/queries";
import type { RubricCriterion } from "../validation/score-sheet";
import type { SheetState } from "./queries";

export const STALE_MESSAGE = msg("Your scores for this dossier changed in another window. Reload the page to see the latest version.");

export const SAVED_COLUMNS = {
  state: scoreSheets.state,
  version: scoreSheets.version,
  submittedAt: scoreSheets.submittedAt,
  savedAt: scoreSheets.updatedAt,
};

/** One stored score of the juror's sheet. */
export interface StoredScore {
  criterionId: number;
  value: number;
  comment: string;
}

/** The juror's own sheet as the command found it (unlocked: every write to it checks its version). */
export interface LoadedSheet {
  id: number;
  state: SheetState;
  version: number;
  overallComment: string;
  unscoredComments: Record<string, string>;
  submittedAt: Date | null;
  savedAt: Date;
  scores: StoredScore[];
}

function toBoolean(value: unknown): boolean {
  return value === true || value === "t" || value === "true";
}

/** json_agg arrives parsed from postgres.js and PGlite alike, but a driver may hand over the text. */
function fromJson<T>(value: unknown): T {
  return (typeof value === "string" ? JSON.parse(value) : value) as T;
}

function toDate(value: unknown): Date {
  return value instanceof Date ? value : new Date(String(value));
}

/** The dossier's edition, for the kernel to lock in the same statement (no round trip before the transaction). */
function editionOfDossier(nominationId: string): SQL<number | null> {
  return sql<number | null>`select n.edition_id from nominations n where n.id = ${nominationId}`;
}

/**
 * In one statement under the edition's lock: the dossier's facts for the policy, whether this juror holds its
 * assignment or a conflict on it, their own sheet with its scores, and the edition's rubric.
 */
export function loadJurorSheet(nominationId: string, jurorUserId: number) {
  return async (tx: Transaction, edition: LockedEdition) => {
    const [row] = await tx
      .select({
        countryCode: nominations.countryCode,
        kind: nominations.kind,
        state: nominations.state,
        isAssigned: sql<boolean>`exists (select 1 from assignments a where a.juror_user_id = ${jurorUserId} and a.nomination_id = ${nominations.id} and a.edition_id = ${nominations.editionId})`.mapWith(toBoolean),
        isConflicted: sql<boolean>`exists (select 1 from conflicts c where c.juror_user_id = ${jurorUserId} and c.nomination_id = ${nominations.id})`.mapWith(toBoolean),
        sheetId: scoreSheets.id,
        sheetState: scoreSheets.state,
        version: scoreSheets.version,
        overallComment: scoreSheets.overallComment,
        unscoredComments: scoreSheets.unscoredComments,
        submittedAt: scoreSheets.submittedAt,
        savedAt: scoreSheets.updatedAt,
        scores: sql<StoredScore[]>`coalesce((select json_agg(json_build_object('criterionId', s.criterion_id, 'value', s.value, 'comment', s.comment) order by s.criterion_id) from scores s where s.sheet_id = ${scoreSheets.id}), '[]'::json)`.mapWith(
          fromJson<StoredScore[]>,
        ),
        rubric: sql<RubricCriterion[]>`coalesce((select json_agg(json_build_object('id', c.id, 'position', c.position, 'title', c.title, 'scaleMin', c.scale_min, 'scaleMax', c.scale_max, 'isCommentRequired', c.is_comment_required) order by c.position) from criteria c where c.edition_id = ${nominations.editionId}), '[]'::json)`.mapWith(
          fromJson<RubricCriterion[]>,
        ),
      })
      .from(nominations)
      .leftJoin(scoreSheets, and(eq(scoreSheets.nominationId, nominations.id), eq(scoreSheets.jurorUserId, jurorUserId)))
      .where(and(eq(nominations.id, nominationId), eq(nominations.editionId, edition.id)));
    if (!row) throw new AppError("NOT_FOUND", JUROR_DOSSIER_NOT_FOUND);
    const sheet: LoadedSheet | undefined =
      row.sheetId === null
        ? undefined
        : {
            id: row.sheetId,
            state: row.sheetState!,
            version: row.version!,
            overallComment: row.overallComment!,
            unscoredComments: row.unscoredComments ?? {},
            submittedAt: row.submittedAt,
            savedAt: toDate(row.savedAt),
            scores: row.scores,
          };
    return {
      nomination: { countryCode: row.countryCode, kind: row.kind, state: row.state },
      assignedJurorIds: row.isAssigned ? [jurorUserId] : [],
      conflictedJurorIds: row.isConflicted ? [jurorUserId] : [],
      sheet,
      rubric: row.rubric,
    };
  };
}

export type JurorSheetResource = Awaited<ReturnType<ReturnType<typeof loadJurorSheet>>>;

/**
 * Runs a write to the user's own sheet for a dossier: the edition share-locked (jurors save side by side, but never
 * while the jury changes), the policy's "sheet.score" (assigned, not own country, no conflict, scoring, jury open,
 * result not frozen), then the jury deadline by the database clock read with the lock.
 */
export function runSheetCommand<T>(
  { db, user, nominationId }: { db: Executor; user: SessionUser; nominationId: string },
  command: (context: EditionCommandContext & { resource: JurorSheetResource }) => Promise<T>,
): Promise<T> {
  if (!UUID_PATTERN.test(nominationId)) return Promise.reject(new AppError("NOT_FOUND", JUROR_DOSSIER_NOT_FOUND));
  return runEditionCommand(
    {
      db,
      actor: user,
      editionId: editionOfDossier(nominationId),
      action: "sheet.score",
      lock: "share",
      load: loadJurorSheet(nominationId, user.id),
      notFound: JUROR_DOSSIER_NOT_FOUND,
      isHiddenWhenForbidden: true,
    },
    async (context) => {
      const { edition } = context;
      if (edition.now.getTime() > edition.juryDeadline.getTime()) {
        throw new AppError("DEADLINE_PASSED", text("The jury deadline ({deadline}) has passed.", { deadline: { moment: edition.juryDeadline, timeZone: edition.timeZone } }));
      }
      return command(context);
    },
  );
}

/** The user's sheet read again under its row lock: only when a write found it changed under it (a double click). */
export async function lockOwnSheet(tx: Transaction, nominationId: string, userId: number) {
  const [sheet] = await tx
    .select({ id: scoreSheets.id, ...SAVED_COLUMNS, overallComment: scoreSheets.overallComment })
    .from(scoreSheets)
    .where(and(eq(scoreSheets.nominationId, nominationId), eq(scoreSheets.jurorUserId, userId)))
    .for("update");
  return sheet;
}
