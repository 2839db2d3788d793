import { AppError } from "../errors";
import { msg } from "../i18n/server-text";
import { changeRubric, findCriterion, renumber, type RubricWrite } from "./rubric-command";

/** Swaps a criterion with its neighbour above or below; the first cannot go up, nor the last down. */
export async function moveCriterion(request: RubricWrite & { criterionId: number; direction: "up" | "down" }) {
  return changeRubric(request, async (tx, rows) => {
    const index = rows.findIndex((c) => c.id === request.criterionId);
    if (index < 0) findCriterion(rows, request.criterionId);
    const other = request.direction === "up" ? index - 1 : index + 1;
    if (other < 0 || other >= rows.length) {
      throw new AppError("INVALID", request.direction === "up" ? msg("This criterion is already the first.") : msg("This criterion is already the last."));
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
