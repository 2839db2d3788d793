/**
 * Ties and how they are broken. Pure: no database, no framework.
 *
 * Dossiers whose scores are equal within TIE_TOLERANCE share a rank. Each tie is then broken by the edition's
 * declared chain, one step after the other (higher is better at every step); what the chain leaves tied goes
 * to the jury chair, whose recorded decision (the tied dossiers in order, with a reason) applies when it names
 * exactly the dossiers still tied. Every placed dossier says what decided its place.
 */
import { compareIds, isSameScore } from "./ranking";

/** A declared tie-break, as stored in editions.tieBreakChain. */
export type TieBreakToken = "median" | "top_marks" | `criterion:${number}`;

/** Who records a tie decision: the jury chair, or the secretariat in the chair's stead. */
export const TIE_DECIDER_ROLES = ["chair", "secretariat"] as const;
export type TieDeciderRole = (typeof TIE_DECIDER_ROLES)[number];

/** A chair's recorded decision for dossiers the chain left tied, best first. */
export interface ChairTieDecision {
  id: number;
  orderedNominationIds: readonly string[];
  reason: string;
}

/** What decided a dossier's place. */
export type PlaceDecision =
  | { by: "score" }
  | { by: "chain"; step: TieBreakToken }
  | { by: "chair"; decisionId: number; reason: string }
  | { by: "unresolved" };

export interface TieCandidate {
  nominationId: string;
  score: number;
  /** One value per step of the chain, in the chain's order. */
  keys: readonly number[];
}

export interface PlacedEntry {
  nominationId: string;
  score: number;
  /** The rank by score alone, shared by tied dossiers. */
  rank: number;
  /** The place after the chain and the chair; still shared by dossiers nobody has decided between yet. */
  place: number;
  decidedBy: PlaceDecision;
  /** The other dossiers with the same score (empty when there is no tie). */
  tiedWith: string[];
}

/** Dossiers the chain could not separate: the chair's to decide (decisionId is set once decided). */
export interface OpenTie {
  nominationIds: string[];
  place: number;
  score: number;
  decisionId: number | null;
}

/** Splits the edition's chain into the steps it can apply; unknown steps, or criteria not in the rubric, are returned apart. */
export function parseTieBreakChain(chain: readonly string[], criterionPositions: readonly number[]) {
  const steps: TieBreakToken[] = [];
  const invalid: string[] = [];
  for (const token of chain) {
    const criterion = /^criterion:(\d+)$/.exec(token);
    const isValid =
      token === "median" || token === "top_marks" || (criterion !== null && criterionPositions.includes(Number(criterion[1])));
    if (isValid && !steps.includes(token as TieBreakToken)) steps.push(token as TieBreakToken);
    else invalid.push(token);
  }
  return { steps, invalid };
}

/** Splits candidates sorted best first into runs of equal value (each within the tolerance of the previous). */
function splitEqualRuns<T>(sorted: readonly T[], valueOf: (item: T) => number): T[][] {
  const runs: T[][] = [];
  sorted.forEach((item, index) => {
    const previous = sorted[index - 1];
    if (previous !== undefined && isSameScore(valueOf(previous), valueOf(item))) runs[runs.length - 1]!.push(item);
    else runs.push([item]);
  });
  return runs;
}

function getIdKey(ids: readonly string[]): string {
  return [...ids].sort(compareIds).join(",");
}

interface Segment {
  members: TieCandidate[];
  decidedBy: PlaceDecision;
  /** The open tie these members belong to, which takes the place of its first segment. */
  openTie?: OpenTie;
}

/**
 * Orders candidates best first and places them: by score, then the chain, then the chair. The latest decision
 * (highest id) wins when the chair decided the same tie more than once.
 */
export function placeCandidates(
  candidates: readonly TieCandidate[],
  steps: readonly TieBreakToken[],
  decisions: readonly ChairTieDecision[],
  counter?: { visits: number },
): { entries: PlacedEntry[]; openTies: OpenTie[] } {
  const count = (visits: number) => {
    if (counter) counter.visits += visits;
  };
  const decisionByIds = new Map<string, ChairTieDecision>();
  for (const decision of [...decisions].sort((a, b) => a.id - b.id)) decisionByIds.set(getIdKey(decision.orderedNominationIds), decision);
  const openTies: OpenTie[] = [];

  function resolve(group: TieCandidate[], stepIndex: number): Segment[] {
    if (stepIndex === steps.length) {
      const decision = decisionByIds.get(getIdKey(group.map((c) => c.nominationId)));
      const openTie: OpenTie = { nominationIds: group.map((c) => c.nominationId).sort(compareIds), place: 0, score: group[0]!.score, decisionId: decision?.id ?? null };
      openTies.push(openTie);
      if (!decision) return [{ members: [...group].sort((a, b) => compareIds(a.nominationId, b.nominationId)), decidedBy: { by: "unresolved" }, openTie }];
      const byId = new Map(group.map((c) => [c.nominationId, c]));
      return decision.orderedNominationIds.map((id) => ({
        members: [byId.get(id)!],
        decidedBy: { by: "chair", decisionId: decision.id, reason: decision.reason },
        openTie,
      }));
    }
    const sorted = [...group].sort((a, b) => b.keys[stepIndex]! - a.keys[stepIndex]! || compareIds(a.nominationId, b.nominationId));
    const runs = splitEqualRuns(sorted, (c) => c.keys[stepIndex]!);
    if (runs.length === 1) return resolve(group, stepIndex + 1);
    // A loop rather than flatMap, which is several times slower on the thousands of small tie groups of a large raw list.
    const segments: Segment[] = [];
    for (const run of runs) {
      if (run.length === 1) segments.push({ members: run, decidedBy: { by: "chain", step: steps[stepIndex]! } });
      else for (const segment of resolve(run, stepIndex + 1)) segments.push(segment);
    }
    return segments;
  }

  const sorted = [...candidates].sort((a, b) => {
    count(1);
    return b.score - a.score || compareIds(a.nominationId, b.nominationId);
  });
  const entries: PlacedEntry[] = [];
  for (const run of splitEqualRuns(sorted, (c) => c.score)) {
    const rank = entries.length + 1;
    const segments: Segment[] = run.length === 1 ? [{ members: run, decidedBy: { by: "score" } }] : resolve(run, 0);
    // A dossier alone on its score is tied with nobody: no ids to sort or filter.
    const runIds = run.length === 1 ? null : run.map((c) => c.nominationId).sort(compareIds);
    count(run.length * run.length);
    for (const segment of segments) {
      const place = entries.length + 1;
      // Segments come best first: an open tie's first segment has its best member's place.
      if (segment.openTie?.place === 0) segment.openTie.place = place;
      for (const member of segment.members) {
        const tiedWith = runIds === null ? [] : runIds.filter((id) => id !== member.nominationId);
        entries.push({ nominationId: member.nominationId, score: member.score, rank, place, decidedBy: segment.decidedBy, tiedWith });
      }
    }
  }
  openTies.sort((a, b) => a.place - b.place);
  return { entries, openTies };
}
