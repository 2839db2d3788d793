import { and, eq } from "drizzle-orm";
import { criteria } from "../../db/schema";
import { changeRubric, findCriterion, renumber, type RubricWrite } from "./rubric-command";

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
