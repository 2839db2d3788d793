import { and, eq } from "drizzle-orm";
import { criteria } from "../../db/schema";
import type { CriterionFields } from "../validation/rubric";
import { changeRubric, findCriterion, type RubricWrite } from "./rubric-command";

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
