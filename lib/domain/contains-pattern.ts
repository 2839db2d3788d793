/** A LIKE pattern that matches the text anywhere, with the text's own %, _ and \ taken literally. */
export function toContainsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
