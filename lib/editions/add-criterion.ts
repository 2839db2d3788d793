import { criteria } from "../../db/schema";
import { AppError } from "../errors";
import { text } from "../i18n/server-text";
import { MAX_CRITERIA, type CriterionFields } from "../validation/rubric";
import { changeRubric, type RubricWrite } from "./rubric-command";

/** Adds a criterion at the end of the rubric (at most MAX_CRITERIA). */
export async function addCriterion(request: RubricWrite & { criterion: CriterionFields }) {
  return changeRubric(request, async (tx, rows) => {
    if (rows.length >= MAX_CRITERIA) {
      throw new AppError("INVALID", text("A rubric holds at most {max} criteria. Remove one before adding another.", { max: MAX_CRITERIA }));
    }
    const [created] = await tx
      .insert(criteria)
      .values({ editionId: request.editionId, position: rows.length + 1, ...request.criterion })
      .returning({ id: criteria.id, position: criteria.position });
    return { result: created!, action: "criterion.added", entityId: created!.id, data: { ...request.criterion, position: created!.position } };
  });
}
