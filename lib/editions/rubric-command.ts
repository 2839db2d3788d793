import { and, eq, sql } from "drizzle-orm";
import type { Executor, Transaction } from "../../db/client";
import { criteria } from "../../db/schema";
import type { SessionUser } from "../auth/session-user";
import { AppError } from "../errors";
import { runEditionCommand } from "../kernel/edition-command";
import { getRubricVersion, listCriteria, type RubricCriterionRow } from "./rubric-queries";

export interface RubricWrite {
  db: Executor;
  actor: SessionUser;
  editionId: number;
  /** The version of the rubric the admin saw (getRubricVersion). */
  rubricVersion: string;
}

/**
 * Runs one rubric change as an edition command (the lock keeps the phase from moving to jury scoring meanwhile;
 * the policy refuses a frozen rubric), checks the rubric's version, then makes the change with its audit entry.
 */
export async function changeRubric<T>(
  request: RubricWrite,
  change: (tx: Transaction, rows: RubricCriterionRow[]) => Promise<{ result: T; action: string; entityId: number; data: Record<string, unknown> }>,
): Promise<T> {
  const { db, actor, editionId, rubricVersion } = request;
  return runEditionCommand({ db, actor, editionId, action: "rubric.edit" }, async ({ tx, audit }) => {
    const rows = await listCriteria({ db: tx, editionId });
    if (getRubricVersion(rows) !== rubricVersion) {
      throw new AppError("CONFLICT", "Someone else changed this rubric meanwhile. Reload the page to see the current criteria, then make your change again.");
    }
    const { result, action, entityId, data } = await change(tx, rows);
    await audit({ action, entity: "criterion", id: entityId, data });
    return result;
  });
}

export function findCriterion(rows: readonly RubricCriterionRow[], criterionId: number): RubricCriterionRow {
  const row = rows.find((c) => c.id === criterionId);
  if (!row) throw new AppError("NOT_FOUND", "This criterion is no longer in the rubric. Reload the page.");
  return row;
}

/** Gives the criteria positions 1, 2, 3… in the given order; through negative positions, as the unique key is checked row by row. */
export async function renumber(tx: Transaction, editionId: number, orderedIds: readonly number[]): Promise<void> {
  await tx
    .update(criteria)
    .set({ position: sql`-${criteria.position}` })
    .where(eq(criteria.editionId, editionId));
  for (const [index, id] of orderedIds.entries()) {
    await tx.update(criteria).set({ position: index + 1 }).where(and(eq(criteria.id, id), eq(criteria.editionId, editionId)));
  }
}

