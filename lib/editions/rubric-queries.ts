import { createHash } from "node:crypto";
import { asc, eq } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { criteria, editions } from "../../db/schema";
import { isPhaseReached } from "../domain/phases";

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
