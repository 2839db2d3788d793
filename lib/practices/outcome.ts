/**
 * What became of an entry in the public catalogue of good practices. Pure: no database, no framework.
 * The winner holds place 1, a runner-up any later awarded place, a competing entry was ranked without a place,
 * and a good practice is an additional project a country sent, never scored.
 */
export const OUTCOMES = ["winner", "runner-up", "competing", "good-practice"] as const;

// Their names are in messages/<locale>/practices.json (practices.outcome).
export type Outcome = (typeof OUTCOMES)[number];

export function isOutcome(value: unknown): value is Outcome {
  return typeof value === "string" && (OUTCOMES as readonly string[]).includes(value);
}

/** The outcome of an entry from its kind and its awarded place (null when it won none). */
export function getOutcome({ kind, rank }: { kind: "competing" | "additional"; rank: number | null }): Outcome {
  if (kind === "additional") return "good-practice";
  if (rank === 1) return "winner";
  return rank === null ? "competing" : "runner-up";
}
