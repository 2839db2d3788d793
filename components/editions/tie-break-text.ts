/**
 * The tie-break chain in the page's language: the same phrases as lib/domain/tie-break-words, built from the
 * editionsAdmin.tieBreak messages a page passes in, so the stored tokens ("median", "criterion:1") never show.
 */
export type TieBreakWord = "median" | "topMarks" | "unknown" | "none" | "then" | "criterion" | "criterionTitled";
export type SayTieBreak = (word: TieBreakWord, values?: { n?: number; title?: string }) => string;

/** One step in words: "median", "the score on criterion 1", "the number of top marks". */
export function sayTieBreakStep(say: SayTieBreak, token: string, titles: readonly string[] = []): string {
  if (token === "median") return say("median");
  if (token === "top_marks") return say("topMarks");
  const criterion = /^criterion:(\d+)$/.exec(token);
  if (!criterion) return say("unknown");
  const n = Number(criterion[1]);
  const title = titles[n - 1];
  return title ? say("criterionTitled", { n, title }) : say("criterion", { n });
}

/** The whole chain in one phrase, or what happens without one. */
export function sayTieBreakChain(say: SayTieBreak, chain: readonly string[]): string {
  if (chain.length === 0) return say("none");
  return chain.map((token) => sayTieBreakStep(say, token)).join(say("then"));
}
