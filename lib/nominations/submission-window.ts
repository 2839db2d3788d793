/** When an edition takes dossiers, always judged by the database clock. */
import { and, desc, eq, inArray, ne, sql, type SQL } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { editions, type EditionPhase, type NominationKind, type NominationState } from "../../db/schema";
import type { AccessResource } from "../access/policy";
import type { SessionUser } from "../auth/session-user";
import { formatDeadline } from "../domain/deadline";
import { AppError } from "../errors";
import { text } from "../i18n/server-text";
import { getTextLocale } from "./request-language";

const closesAt = sql`(${editions.submissionDeadline} + ${editions.gracePeriodMinutes} * interval '1 minute')`;
/** Whether the edition takes dossiers right now, by the database clock (deadline plus grace period). */
export const isWindowOpen = sql<boolean>`(${editions.phase} = 'nominations_open' and now() <= ${closesAt})`;

/** An edition's submission window as the coordinator pages need it; seconds are from the database clock. */
export const submissionWindowColumns = {
  editionId: editions.id,
  year: editions.year,
  theme: editions.theme,
  phase: editions.phase,
  submissionDeadline: editions.submissionDeadline,
  gracePeriodMinutes: editions.gracePeriodMinutes,
  timeZone: editions.timeZone,
  descriptionWordLimit: editions.descriptionWordLimit,
  answerWordLimit: editions.answerWordLimit,
  isAcceptingSubmissions: isWindowOpen,
  secondsToDeadline: sql<number>`extract(epoch from (${editions.submissionDeadline} - now()))::float8`.mapWith(Number),
  secondsToClose: sql<number>`extract(epoch from (${closesAt} - now()))::float8`.mapWith(Number),
};

/**
 * The error that explains why an edition does not take dossiers now; `isWithdrawal` adds that a submitted dossier
 * stays as it is. The deadline is written in the request's language, as the rest of the message will be.
 */
export async function explainClosedWindow(
  edition: { year: number; phase: string; submissionDeadline: Date; timeZone: string },
  { isWithdrawal = false } = {},
): Promise<AppError> {
  if (edition.phase === "draft") return new AppError("FORBIDDEN", text("Nominations for {year} are not open yet.", { year: edition.year }));
  const deadline = formatDeadline(edition.submissionDeadline, edition.timeZone, await getTextLocale());
  return new AppError(
    "DEADLINE_PASSED",
    isWithdrawal
      ? text("The submission deadline ({deadline}) has passed. A submitted dossier can no longer be withdrawn; write to the secretariat if it must change.", { deadline })
      : text("The submission deadline ({deadline}) has passed.", { deadline }),
  );
}

/** An edition's window found by any condition on editions (by year, by id). */
export async function getSubmissionWindow(db: Executor, where: SQL) {
  const [row] = await db.select(submissionWindowColumns).from(editions).where(where);
  return row;
}

export function getEditionWindowByYear({ db, year }: { db: Executor; year: number }) {
  return getSubmissionWindow(db, eq(editions.year, year));
}

/** Editions past the draft phase in which the user coordinates some country, newest first. */
export async function listCoordinatorEditions({ db, user }: { db: Executor; user: SessionUser }) {
  const editionIds = user.memberships.filter((m) => m.role === "coordinator" && m.countryCode).map((m) => m.editionId);
  if (!user.isActive || editionIds.length === 0) return [];
  const everyEdition = editionIds.includes(null);
  const ids = editionIds.filter((id): id is number => id !== null);
  return db
    .select(submissionWindowColumns)
    .from(editions)
    .where(and(ne(editions.phase, "draft"), everyEdition ? undefined : inArray(editions.id, ids)))
    .orderBy(desc(editions.year));
}

/** The parts of an edition (and a dossier) that can() reads. */
export function toAccessResource(
  edition: { editionId: number; phase: EditionPhase },
  nomination?: { countryCode: string; kind: NominationKind; state: NominationState },
): AccessResource {
  const resource: AccessResource = { edition: { id: edition.editionId, phase: edition.phase } };
  if (nomination) resource.nomination = { countryCode: nomination.countryCode, kind: nomination.kind, state: nomination.state };
  return resource;
}
