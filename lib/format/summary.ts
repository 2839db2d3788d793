/** How many words of a project's description the public pages show as its summary. */
export const SUMMARY_WORD_COUNT = 40;

/** The first words of a text with whitespace collapsed, ending in an ellipsis when it was cut. */
export function getSummary(text: string, maxWords: number = SUMMARY_WORD_COUNT): string {
  const words = text.split(/\s+/).filter((word) => word.length > 0);
  if (words.length <= maxWords) return words.join(" ");
  // Trailing punctuation before the ellipsis reads as a typo ("victims,…").
  return `${words.slice(0, maxWords).join(" ").replace(/[,;:.!?\-–—]+$/, "")}…`;
}
