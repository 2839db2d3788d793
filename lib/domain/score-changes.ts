import type { ScoreChange } from "./audit-description";

/**
 * The criterion scores a sheet save changed, in the order of `criterionIds` (the rubric): null is "not scored".
 * Only changed criteria are listed, so one audit entry per save stays small however large the rubric.
 */
export function listScoreChanges(
  criterionIds: readonly number[],
  before: ReadonlyMap<number, number>,
  after: ReadonlyMap<number, number>,
): ScoreChange[] {
  return criterionIds.flatMap((criterionId) => {
    const was = before.get(criterionId) ?? null;
    const now = after.get(criterionId) ?? null;
    return was === now ? [] : [{ criterionId, before: was, after: now }];
  });
}
