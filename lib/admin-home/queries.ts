import { and, desc, eq, sql } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { assignments, editions, frozenResults, mailOutbox, nominations, scoreSheets } from "../../db/schema";
import { authorizeGlobal } from "../access/policy";
import type { SessionUser } from "../auth/session-user";
import { AppError } from "../errors";
import { MAX_MAIL_ATTEMPTS } from "../mail/status";
import { getCurrentRankingSummary } from "../results/deliberation-page";
import type { AttentionCounts } from "./attention";

const countWhere = (condition: ReturnType<typeof sql>) => sql<number>`count(*) filter (where ${condition})`.mapWith(Number);

/**
 * The current edition: the latest one under way (neither draft nor published), else the newest; with the
 * database's clock and whether its result is sealed. Undefined when there is no edition at all. `year` asks for one
 * edition by its year instead (the same view of it).
 */
export async function getCurrentEdition({ db, year }: { db: Executor; year?: number }) {
  const [row] = await db
    .select({
      id: editions.id,
      year: editions.year,
      theme: editions.theme,
      phase: editions.phase,
      timeZone: editions.timeZone,
      nationalCallOpensOn: editions.nationalCallOpensOn,
      nationalCallClosesOn: editions.nationalCallClosesOn,
      submissionDeadline: editions.submissionDeadline,
      gracePeriodMinutes: editions.gracePeriodMinutes,
      eligibilityDeadline: editions.eligibilityDeadline,
      juryDeadline: editions.juryDeadline,
      juryMeetingOn: editions.juryMeetingOn,
      ceremonyStartsOn: editions.ceremonyStartsOn,
      juryClosedAt: editions.juryClosedAt,
      awardedPlaces: editions.awardedPlaces,
      isFrozen: sql<boolean>`exists (select 1 from ${frozenResults} where ${frozenResults.editionId} = ${editions.id})`,
      now: sql<string>`now()::text`,
    })
    .from(editions)
    .where(year === undefined ? undefined : eq(editions.year, year))
    .orderBy(desc(sql`${editions.phase} not in ('draft', 'published')`), desc(editions.year))
    .limit(1);
  return row ? { ...row, isFrozen: Boolean(row.isFrozen), now: new Date(row.now) } : undefined;
}

export type CurrentEdition = NonNullable<Awaited<ReturnType<typeof getCurrentEdition>>>;

/**
 * Open ties on an awarded place with no decision of the chair, from the ranking (ties are not rows): a large edition's
 * snapshot, the last one while it is updated, none (0) while the first is computed.
 */
async function countUndecidedTies({ db, edition }: { db: Executor; edition: CurrentEdition }) {
  const shown = await getCurrentRankingSummary({ db, editionId: edition.id });
  return shown.state === "computing" ? 0 : shown.view.undecidedAwardedTieCount;
}

/**
 * What needs the secretariat's attention, each a count by one SQL aggregate, asked only in the phase where the
 * secretariat can act on it: dossiers without an eligibility decision (eligibility), jurors with an assigned sheet not
 * submitted (jury scoring), undecided ties on awarded places and an unsealed result once the jury is closed
 * (deliberation, or published without a seal), and mail not delivered (any edition: the outbox is one).
 */
export async function getAttentionCounts({ db, viewer, edition }: { db: Executor; viewer: SessionUser; edition: CurrentEdition | undefined }): Promise<AttentionCounts> {
  const decision = authorizeGlobal(viewer, "admin.home");
  if (!decision.ok) throw new AppError(decision.code, decision.reason);
  const zero = async () => 0;
  const phase = edition?.phase;
  const isAfterJury = edition !== undefined && edition.juryClosedAt !== null && !edition.isFrozen && (phase === "deliberation" || phase === "published");

  const [undecided, behind, ties, mail] = await Promise.all([
    edition && phase === "eligibility"
      ? db.select({ n: countWhere(sql`${nominations.state} = 'submitted'`) }).from(nominations).where(eq(nominations.editionId, edition.id)).then(([r]) => r?.n ?? 0)
      : zero(),
    edition && phase === "jury_scoring"
      ? db
          .select({
            n: sql<number>`count(distinct ${assignments.jurorUserId}) filter (where ${scoreSheets.id} is null or ${scoreSheets.state} <> 'submitted' or ${scoreSheets.isExcluded})`.mapWith(Number),
          })
          .from(assignments)
          .leftJoin(scoreSheets, and(eq(scoreSheets.jurorUserId, assignments.jurorUserId), eq(scoreSheets.nominationId, assignments.nominationId)))
          .where(eq(assignments.editionId, edition.id))
          .then(([r]) => r?.n ?? 0)
      : zero(),
    edition && phase === "deliberation" && !edition.isFrozen ? countUndecidedTies({ db, edition }) : zero(),
    db
      .select({
        failed: countWhere(sql`${mailOutbox.sentAt} is null and ${mailOutbox.attempts} >= ${MAX_MAIL_ATTEMPTS}`),
        undelivered: countWhere(sql`${mailOutbox.sentAt} is null and ${mailOutbox.attempts} > 0 and ${mailOutbox.attempts} < ${MAX_MAIL_ATTEMPTS}`),
      })
      .from(mailOutbox)
      .then(([r]) => r ?? { failed: 0, undelivered: 0 }),
  ]);
  return { undecidedDossiers: undecided, jurorsBehind: behind, undecidedTies: ties, isResultUnsealed: isAfterJury, failedMail: mail.failed, undeliveredMail: mail.undelivered };
}
