import { and, count, eq, inArray, sql, type SQLWrapper } from "drizzle-orm";
import type { Executor } from "../../db/client";
import {
  awards,
  criteria,
  editions,
  frozenResults,
  nominations,
  scoreSheets,
  type NominationState,
} from "../../db/schema";
import { authorize, can } from "../access/policy";
import type { SessionUser } from "../auth/session-user";
import { canAdvance, type Phase, type PhaseContext } from "../domain/phases";
import { AppError } from "../errors";
import { generateAssignmentsWithin } from "../jury/assignments";
import { recordAudit } from "../kernel/audit";
import { listEditions } from "./queries";

export type NominationCounts = Record<NominationState, number>;

function getEmptyCounts(): NominationCounts {
  return { draft: 0, submitted: 0, accepted: 0, rejected: 0, awarded: 0, participant: 0 };
}

/** Every edition, newest first, with how many nominations it holds in each state (for the secretariat). */
export async function listEditionsWithCounts({ db }: { db: Executor }) {
  const [rows, counts] = await Promise.all([
    listEditions({ db }),
    db
      .select({ editionId: nominations.editionId, state: nominations.state, total: count() })
      .from(nominations)
      .groupBy(nominations.editionId, nominations.state),
  ]);
  const byEdition = new Map<number, NominationCounts>();
  for (const row of counts) {
    const editionCounts = byEdition.get(row.editionId) ?? getEmptyCounts();
    editionCounts[row.state] = row.total;
    byEdition.set(row.editionId, editionCounts);
  }
  return rows.map((edition) => ({ ...edition, counts: byEdition.get(edition.id) ?? getEmptyCounts() }));
}

/** What the phase rules need to know about an edition, measured by the database and its clock. */
export async function getPhaseContext({ db, editionId }: { db: Executor; editionId: number }): Promise<PhaseContext> {
  // Each count is its own subquery on the edition id, so no column name can bind to the wrong table.
  const countOf = (query: SQLWrapper) => sql<number>`(${query})`.mapWith(Number);
  const [row] = await db
    .select({
      criterionCount: countOf(db.select({ n: count() }).from(criteria).where(eq(criteria.editionId, editionId))),
      isSubmissionDeadlinePassed: sql<boolean>`now() > ${editions.submissionDeadline} + make_interval(mins => ${editions.gracePeriodMinutes})`,
      undecidedNominationCount: countOf(
        db
          .select({ n: count() })
          .from(nominations)
          .where(and(eq(nominations.editionId, editionId), eq(nominations.kind, "competing"), eq(nominations.state, "submitted"))),
      ),
      isJuryDeadlinePassed: sql<boolean>`now() > ${editions.juryDeadline}`,
      submittedSheetCount: countOf(
        db
          .select({ n: count() })
          .from(scoreSheets)
          .where(and(eq(scoreSheets.editionId, editionId), eq(scoreSheets.state, "submitted"), eq(scoreSheets.isExcluded, false))),
      ),
      winnerCount: countOf(db.select({ n: count() }).from(awards).where(and(eq(awards.editionId, editionId), eq(awards.rank, 1)))),
    })
    .from(editions)
    .where(eq(editions.id, editionId));
  if (!row) throw new AppError("NOT_FOUND", "This edition does not exist.");
  const { winnerCount, ...rest } = row;
  return {
    ...rest,
    isSubmissionDeadlinePassed: Boolean(row.isSubmissionDeadlinePassed),
    isJuryDeadlinePassed: Boolean(row.isJuryDeadlinePassed),
    hasWinner: winnerCount > 0,
  };
}

export interface AdvancePhaseRequest {
  db: Executor;
  actor: SessionUser;
  editionId: number;
  /** The phase and version the admin saw: if either changed meanwhile, the move is refused as a conflict. */
  from: Phase;
  to: Phase;
  version: number;
  isWarningConfirmed?: boolean;
}

/**
 * Moves an edition to its next phase in one transaction, with its audit entry. Publishing also stamps
 * publishedAt with the database clock and turns accepted competing nominations into awarded or participant.
 */
export async function advanceEditionPhase(request: AdvancePhaseRequest) {
  const { db, actor, editionId, from, to, version } = request;
  return db.transaction(async (tx) => {
    // Locking the edition row makes eligibility decisions and award changes wait for (or precede) the move.
    const [edition] = await tx
      .select({
        id: editions.id,
        year: editions.year,
        phase: editions.phase,
        version: editions.version,
        isFrozen: sql<boolean>`exists (select 1 from ${frozenResults} where ${frozenResults.editionId} = ${editions.id})`,
      })
      .from(editions)
      .where(eq(editions.id, editionId))
      .for("update", { of: editions });
    if (!edition || !can(actor, "edition.manage", { edition })) {
      throw new AppError(edition ? "FORBIDDEN" : "NOT_FOUND", edition ? "Only the secretariat can move an edition forward." : "This edition does not exist.");
    }
    if (edition.phase !== from || edition.version !== version) {
      throw new AppError("CONFLICT", "Someone else changed this edition meanwhile. Reload the page to see its current phase.");
    }
    // Publishing needs the sealed result: the rule edition.publish reads isFrozen.
    const publish = to === "published" ? authorize(actor, "edition.publish", { edition }) : undefined;
    if (publish && !publish.ok) throw new AppError(publish.code, publish.reason);
    const moved = await applyPhaseMove(tx, {
      editionId,
      from,
      to,
      version,
      actorId: actor.id,
      isWarningConfirmed: request.isWarningConfirmed,
    });
    return { year: edition.year, phase: to, ...moved };
  });
}

export interface PhaseMove {
  editionId: number;
  from: Phase;
  to: Phase;
  version: number;
  /** Null only for a publication the secretariat scheduled earlier (the embargo): no one is signed in then. */
  actorId: number | null;
  isWarningConfirmed?: boolean;
  /** Extra facts for the audit entry, e.g. what triggered a publication. */
  auditData?: Record<string, unknown>;
}

/**
 * The guard and the writes of one phase move, for a caller inside a transaction that holds the edition's row
 * lock and has settled who may make the move (advanceEditionPhase, or the embargo's scheduled publication).
 */
export async function applyPhaseMove(tx: Executor, move: PhaseMove) {
  const { editionId, from, to, version, actorId } = move;
  const check = canAdvance(from, to, await getPhaseContext({ db: tx, editionId }));
  if (!check.isAllowed) throw new AppError("INVALID", check.reason);
  if (check.warning && !move.isWarningConfirmed) throw new AppError("INVALID", `${check.warning} Confirm to continue.`);

  const [updated] = await tx
    .update(editions)
    .set({
      phase: to,
      version: sql`${editions.version} + 1`,
      ...(to === "published" ? { publishedAt: sql`now()` } : {}),
      // Deliberation means the jury is closed, whichever page moved the edition there.
      ...(to === "deliberation" ? { juryClosedAt: sql`coalesce(${editions.juryClosedAt}, now())` } : {}),
    })
    .where(and(eq(editions.id, editionId), eq(editions.phase, from), eq(editions.version, version)))
    .returning({ version: editions.version, publishedAt: editions.publishedAt });
  if (!updated) throw new AppError("CONFLICT", "Someone else changed this edition meanwhile. Reload the page to see its current phase.");

  const outcome = to === "published" ? await settleNominationStates(tx, editionId, actorId) : undefined;
  // Scoring opens with the jury's assignments (and own-country conflicts) already written, in this same transaction.
  if (to === "jury_scoring") {
    if (actorId === null) throw new AppError("FORBIDDEN", "Only the secretariat can open jury scoring.");
    await generateAssignmentsWithin({ tx, actorId, editionId });
  }
  await recordAudit(tx, {
    actorUserId: actorId,
    editionId,
    action: to === "published" ? "edition.published" : "edition.phase_changed",
    entityType: "edition",
    entityId: editionId,
    data: { from, to, version: updated.version, ...outcome, ...move.auditData },
  });
  return { version: updated.version, publishedAt: updated.publishedAt };
}

/** At publication: award holders become awarded, every other accepted competing nomination a participant. */
async function settleNominationStates(tx: Executor, editionId: number, actorId: number | null) {
  const isAcceptedCompeting = and(
    eq(nominations.editionId, editionId),
    eq(nominations.kind, "competing"),
    eq(nominations.state, "accepted"),
  );
  const stamp = { version: sql`${nominations.version} + 1`, updatedAt: sql`now()`, updatedBy: actorId };
  const awarded = await tx
    .update(nominations)
    .set({ state: "awarded", ...stamp })
    .where(
      and(
        isAcceptedCompeting,
        inArray(nominations.id, tx.select({ id: awards.nominationId }).from(awards).where(eq(awards.editionId, editionId))),
      ),
    )
    .returning({ id: nominations.id });
  const participants = await tx
    .update(nominations)
    .set({ state: "participant", ...stamp })
    .where(isAcceptedCompeting)
    .returning({ id: nominations.id });
  return { awardedCount: awarded.length, participantCount: participants.length };
}
