/**
 * The top places of a ranking after leaving a juror out, from the few dossiers that can reach them. Pure: no
 * database, no framework. Used by ranking-stability.ts.
 */
import { isSameScore, TIE_TOLERANCE } from "./ranking";
import type { RankingInput, RankingLists, WorkCounter } from "./ranking-lists";
import type { TopPlace } from "./ranking-stability";
import { placeCandidates, type TieCandidate } from "./ranking-ties";

/** Up to this many places, the best scores are kept in a small buffer; beyond, sorting them all is quicker. */
const SMALL_TOP = 32;

/** The lowest score that can still reach the first `count` places: a tie run at the edge is never cut. */
export function getCutScore(scores: ArrayLike<number>, count: number): number {
  const size = Math.min(count, scores.length);
  if (size <= 0 || size > SMALL_TOP) return getCutScoreBySort(scores, count);
  // The best `size` scores, best first: one pass of O(n × size) instead of a sort, for the few places awarded.
  const best: number[] = [];
  for (let index = 0; index < scores.length; index += 1) {
    const score = scores[index]!;
    // A sort puts NaN first, where no comparison would.
    if (Number.isNaN(score)) return getCutScoreBySort(scores, count);
    if (best.length === size && !(score > best[size - 1]!)) continue;
    let at = Math.min(best.length, size - 1);
    for (; at > 0 && best[at - 1]! < score; at -= 1) best[at] = best[at - 1]!;
    best[at] = score;
  }
  // The tie run below the last place: every score within the tolerance of the lowest one reached is reached too,
  // with all the scores between them, so this ends where walking the sorted scores one by one would.
  let cut = best[size - 1]!;
  for (;;) {
    let lowest = cut;
    for (let index = 0; index < scores.length; index += 1) {
      const score = scores[index]!;
      if (score < lowest && isSameScore(cut, score)) lowest = score;
    }
    if (lowest === cut) return cut;
    cut = lowest;
  }
}

function getCutScoreBySort(scores: ArrayLike<number>, count: number): number {
  const sorted = Float64Array.from(scores).sort().reverse();
  let last = Math.min(count, sorted.length) - 1;
  while (last + 1 < sorted.length && isSameScore(sorted[last]!, sorted[last + 1]!)) last += 1;
  return sorted[last]!;
}

/** A way through the dossiers a juror did not score, best first, with a cheap estimate and the exact score of each. */
export interface Stream {
  order: Int32Array;
  estimate: (index: number) => number;
  exact: (index: number) => number;
  /** How far an estimate may be from the exact score (0 when the estimate is exact). */
  margin: number;
}

/**
 * Dossiers and their scores, side by side, in the first `length` slots. The arrays have room for every dossier
 * (each is selected at most once), so one selection serves juror after juror without allocating.
 */
export interface Selection {
  indexes: Int32Array;
  scores: Float64Array;
  length: number;
}

export function createSelection(capacity: number): Selection {
  return { indexes: new Int32Array(capacity), scores: new Float64Array(capacity), length: 0 };
}

export function addToSelection(selection: Selection, index: number, score: number) {
  selection.indexes[selection.length] = index;
  selection.scores[selection.length] = score;
  selection.length += 1;
}

/**
 * The dossiers that can reach the first `count` places and the cut score: the ones already selected (a juror's
 * own dossiers, whose scores changed), to which the best of the stream are added until the next one is surely below
 * the cut. Equal to getCutScore over all dossiers, since every dossier left out scores more than the tolerance below it.
 */
export function selectTop(count: number, selected: Selection, skip: Uint8Array, stream: Stream, counter?: WorkCounter): number {
  let next = 0;
  const peek = () => {
    while (next < stream.order.length && skip[stream.order[next]!] === 1) next += 1;
    return next < stream.order.length ? stream.order[next]! : -1;
  };
  const take = (index: number) => {
    addToSelection(selected, index, stream.exact(index));
    next += 1;
    if (counter) counter.visits += 1;
  };
  for (let taken = 0; taken < count && peek() >= 0; taken += 1) take(peek());
  for (;;) {
    const cut = getCutScore(selected.scores.subarray(0, selected.length), count);
    if (counter) counter.visits += selected.length;
    let extended = false;
    for (let index = peek(); index >= 0 && stream.estimate(index) + stream.margin >= cut - TIE_TOLERANCE; index = peek()) {
      take(index);
      extended = true;
    }
    if (!extended) return cut;
  }
}

/** The top places among the selected dossiers (places equal those of the full list: the others all rank below). */
export function placeTop(count: number, selected: Selection, cut: number, candidateAt: (index: number) => TieCandidate, input: RankingInput, steps: RankingLists["steps"]): TopPlace[] {
  if (count <= 0) return [];
  const best: TieCandidate[] = [];
  for (let at = 0; at < selected.length; at += 1) {
    const score = selected.scores[at]!;
    if (score >= cut && score !== -Infinity) best.push(candidateAt(selected.indexes[at]!));
  }
  const { entries } = placeCandidates(best, steps, input.tieDecisions);
  return entries.filter((entry) => entry.place <= count).map(({ nominationId, place }) => ({ nominationId, place }));
}
