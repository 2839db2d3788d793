import { createHash } from "node:crypto";
import { and, asc, eq, sql } from "drizzle-orm";
import type { Executor, Transaction } from "../../db/client";
import { criteria, editions } from "../../db/schema";
import { can } from "../access/policy";
import type { SessionUser } from "../auth/session-user";
import { isPhaseReached, PHASE_LABELS } from "../domain/phases";
import { AppError } from "../errors";
import { MAX_CRITERIA, type CriterionFields } from "../validation/rubric";
import { recordAudit } from "../kernel/audit";

const criterionColumns = {
  id: criteria.id,
  position: criteria.position,
  title: criteria.title,
  guidance: criteria.guidance,
  weight: criteria.weight,
  scaleMin: criteria.scaleMin,
  scaleMax: criteria.scaleMax,
  isCommentRequired: criteria.isCommentRequired,
};

export type RubricCriterionRow = Awaited<ReturnType<typeof listCriteria>>[number];

/** An edition's criteria in their order. */
export async function listCriteria({ db, editionId }: { db: Executor; editionId: number }) {
  return db.select(criterionColumns).from(criteria).where(eq(criteria.editionId, editionId)).orderBy(asc(criteria.position));
}

/** A fingerprint of the whole rubric: a form sends back the one it was drawn from, so stale edits are refused. */
export function getRubricVersion(rows: readonly RubricCriterionRow[]): string {
  const canonical = rows.map((c) => [c.id, c.position, c.title, c.guidance, Number(c.weight), c.scaleMin, c.scaleMax, c.isCommentRequired]);
  return createHash("sha256").update(JSON.stringify(canonical)).digest("hex");
}

/** Whether an edition's rubric can no longer change: from the start of jury scoring on. */
export function isRubricFrozen(phase: (typeof editions.$inferSelect)["phase"]): boolean {
  return isPhaseReached(phase, "jury_scoring");
}

/** The rubric of an edition for the secretariat's page, with its version and whether it is frozen. */
export async function getRubric({ db, editionId, phase }: { db: Executor; editionId: number; phase: (typeof editions.$inferSelect)["phase"] }) {
  const rows = await listCriteria({ db, editionId });
  return { criteria: rows, version: getRubricVersion(rows), isFrozen: isRubricFrozen(phase) };
}

interface RubricWrite {
  db: Executor;
  actor: SessionUser;
  editionId: number;
  /** The version of the rubric the admin saw (getRubricVersion). */
  rubricVersion: string;
}

/**
 * Runs one rubric change in a transaction: the edition row locked for update (so the phase cannot move to
 * jury scoring meanwhile), rights, the frozen rule and the version checked, then the change and its audit entry.
 */
async function changeRubric<T>(
  request: RubricWrite,
  change: (tx: Transaction, rows: RubricCriterionRow[]) => Promise<{ result: T; action: string; entityId: number; data: Record<string, unknown> }>,
): Promise<T> {
  const { db, actor, editionId, rubricVersion } = request;
  return db.transaction(async (tx) => {
    const [edition] = await tx
      .select({ id: editions.id, year: editions.year, phase: editions.phase })
      .from(editions)
      .where(eq(editions.id, editionId))
      .for("update");
    if (!edition) throw new AppError("NOT_FOUND", "This edition does not exist.");
    if (!can(actor, "edition.manage", { edition })) throw new AppError("FORBIDDEN", "Only the secretariat can change the rubric.");
    if (isRubricFrozen(edition.phase)) {
      throw new AppError(
        "CONFLICT",
        `The rubric is frozen because jury scoring has started (edition ${edition.year} is in its ${PHASE_LABELS[edition.phase]} phase): its criteria can no longer change.`,
      );
    }
    const rows = await listCriteria({ db: tx, editionId });
    if (getRubricVersion(rows) !== rubricVersion) {
      throw new AppError("CONFLICT", "Someone else changed this rubric meanwhile. Reload the page to see the current criteria, then make your change again.");
    }
    const { result, action, entityId, data } = await change(tx, rows);
    await recordAudit(tx, { actorUserId: actor.id, editionId, action, entityType: "criterion", entityId, data });
    return result;
  });
}

function findCriterion(rows: readonly RubricCriterionRow[], criterionId: number): RubricCriterionRow {
  const row = rows.find((c) => c.id === criterionId);
  if (!row) throw new AppError("NOT_FOUND", "This criterion is no longer in the rubric. Reload the page.");
  return row;
}

/** Gives the criteria positions 1, 2, 3… in the given order; through negative positions, as the unique key is checked row by row. */
async function renumber(tx: Transaction, editionId: number, orderedIds: readonly number[]): Promise<void> {
  await tx
    .update(criteria)
    .set({ position: sql`-${criteria.position}` })
    .where(eq(criteria.editionId, editionId));
  for (const [index, id] of orderedIds.entries()) {
    await tx.update(criteria).set({ position: index + 1 }).where(and(eq(criteria.id, id), eq(criteria.editionId, editionId)));
  }
}

/** Adds a criterion at the end of the rubric (at most MAX_CRITERIA). */
export async function addCriterion(request: RubricWrite & { criterion: CriterionFields }) {
  return changeRubric(request, async (tx, rows) => {
    if (rows.length >= MAX_CRITERIA) {
      throw new AppError("INVALID", `A rubric holds at most ${MAX_CRITERIA} criteria. Remove one before adding another.`);
    }
    const [created] = await tx
      .insert(criteria)
      .values({ editionId: request.editionId, position: rows.length + 1, ...request.criterion })
      .returning({ id: criteria.id, position: criteria.position });
    return { result: created!, action: "criterion.added", entityId: created!.id, data: { ...request.criterion, position: created!.position } };
  });
}

/** Changes a criterion's title, guidance, weight, scale or comment rule; its position stays. */
export async function updateCriterion(request: RubricWrite & { criterionId: number; criterion: CriterionFields }) {
  return changeRubric(request, async (tx, rows) => {
    const before = findCriterion(rows, request.criterionId);
    await tx
      .update(criteria)
      .set(request.criterion)
      .where(and(eq(criteria.id, request.criterionId), eq(criteria.editionId, request.editionId)));
    const previous = {
      title: before.title,
      guidance: before.guidance,
      weight: before.weight,
      scaleMin: before.scaleMin,
      scaleMax: before.scaleMax,
      isCommentRequired: before.isCommentRequired,
    };
    return { result: { id: before.id }, action: "criterion.updated", entityId: before.id, data: { before: previous, after: request.criterion } };
  });
}

/** Removes a criterion; the ones after it move up, so positions stay 1, 2, 3… */
export async function removeCriterion(request: RubricWrite & { criterionId: number }) {
  return changeRubric(request, async (tx, rows) => {
    const target = findCriterion(rows, request.criterionId);
    await tx.delete(criteria).where(and(eq(criteria.id, target.id), eq(criteria.editionId, request.editionId)));
    await renumber(
      tx,
      request.editionId,
      rows.filter((c) => c.id !== target.id).map((c) => c.id),
    );
    return { result: { id: target.id }, action: "criterion.removed", entityId: target.id, data: { title: target.title, position: target.position } };
  });
}

/** Swaps a criterion with its neighbour above or below; the first cannot go up, nor the last down. */
export async function moveCriterion(request: RubricWrite & { criterionId: number; direction: "up" | "down" }) {
  return changeRubric(request, async (tx, rows) => {
    const index = rows.findIndex((c) => c.id === request.criterionId);
    if (index < 0) findCriterion(rows, request.criterionId);
    const other = request.direction === "up" ? index - 1 : index + 1;
    if (other < 0 || other >= rows.length) {
      throw new AppError("INVALID", request.direction === "up" ? "This criterion is already the first." : "This criterion is already the last.");
    }
    const ordered = rows.map((c) => c.id);
    [ordered[index], ordered[other]] = [ordered[other]!, ordered[index]!];
    await renumber(tx, request.editionId, ordered);
    return {
      result: { id: request.criterionId, position: other + 1 },
      action: "criterion.moved",
      entityId: request.criterionId,
      data: { from: index + 1, to: other + 1 },
    };
  });
}
