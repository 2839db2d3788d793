/**
 * Orders over the ranking's typed columns: counting sorts by integer key, and each dossier's values sorted
 * ascending. Pure: no database, no framework. Used by ranking-columns.ts and ranking-stability.ts.
 */
import type { WorkCounter } from "./ranking-lists";

/** Values of each dossier's sheets sorted ascending (at the dossier's sheet positions), with the juror of each. */
export interface SortedColumn {
  values: Float64Array;
  jurors: Int32Array;
}

/** Counting sort: the order of `keys` grouped by key, keeping the input order (or the order `within`) inside each group. */
export function groupPositions(keys: Int32Array, groupCount: number, within?: Int32Array): { start: Int32Array; order: Int32Array } {
  const start = new Int32Array(groupCount + 1);
  for (let index = 0; index < keys.length; index += 1) start[keys[index]! + 1]! += 1;
  for (let group = 0; group < groupCount; group += 1) start[group + 1]! += start[group]!;
  const next = start.slice(0, groupCount);
  const order = new Int32Array(keys.length);
  for (let index = 0; index < keys.length; index += 1) {
    const item = within === undefined ? index : within[index]!;
    order[next[keys[item]!]!++] = item;
  }
  return { start, order };
}

/**
 * Sorts each dossier's values ascending, carrying the jurors along. Dossiers hold a few sheets each: a stable
 * insertion sort in place, on typed arrays, keeps equal values in juror order as the reference's sort does.
 */
export function sortEachDossier(dossierStart: Int32Array, source: Float64Array, juror: Int32Array, counter?: WorkCounter): SortedColumn {
  const values = source.slice();
  const jurors = juror.slice();
  let comparisons = 0;
  for (let d = 0; d + 1 < dossierStart.length; d += 1) {
    const from = dossierStart[d]!;
    for (let i = from + 1; i < dossierStart[d + 1]!; i += 1) {
      const value = values[i]!;
      const at = jurors[i]!;
      let j = i - 1;
      comparisons += 1;
      while (j >= from && values[j]! > value) {
        comparisons += 1;
        values[j + 1] = values[j]!;
        jurors[j + 1] = jurors[j]!;
        j -= 1;
      }
      values[j + 1] = value;
      jurors[j + 1] = at;
    }
  }
  if (counter) counter.visits += comparisons;
  return { values, jurors };
}

/**
 * The same as sortEachDossier, from positions already in ascending order of value (equal values in position
 * order): a stable counting sort on the dossiers keeps that order inside each.
 */
export function gatherEachDossier(dossierStart: Int32Array, ascending: Int32Array, source: Float64Array, juror: Int32Array): SortedColumn {
  const dossierAt = new Int32Array(source.length);
  for (let d = 0; d + 1 < dossierStart.length; d += 1) dossierAt.fill(d, dossierStart[d]!, dossierStart[d + 1]!);
  const { order } = groupPositions(dossierAt, dossierStart.length - 1, ascending);
  const values = new Float64Array(order.length);
  const jurors = new Int32Array(order.length);
  for (let index = 0; index < order.length; index += 1) {
    values[index] = source[order[index]!]!;
    jurors[index] = juror[order[index]!]!;
  }
  return { values, jurors };
}

/** Above this many possible totals per sheet, counting them would cost more than sorting the scores. */
const MAX_TOTALS_PER_SHEET = 4;

/**
 * Positions in ascending order of their integer totals (equal totals in position order), or null when the totals
 * span too wide a range to count. A sheet's score is its total over the one weight sum, so this orders the scores.
 */
export function orderByTotal(totals: Float64Array): Int32Array | null {
  if (totals.length === 0) return null;
  let lowest = totals[0]!;
  let highest = lowest;
  for (let position = 0; position < totals.length; position += 1) {
    lowest = Math.min(lowest, totals[position]!);
    highest = Math.max(highest, totals[position]!);
  }
  if (highest - lowest > MAX_TOTALS_PER_SHEET * totals.length) return null;
  const keys = new Int32Array(totals.length);
  for (let position = 0; position < totals.length; position += 1) keys[position] = totals[position]! - lowest;
  return groupPositions(keys, highest - lowest + 1).order;
}
