/** Bands of equal width over a score scale, and how many values fall in each: a chart of 10,000 dossiers in 20 bars. */
export interface ScoreBands {
  /** The lower end of each band; a band holds its start and not the next band's (the last one holds the maximum). */
  starts: number[];
  width: number;
}

/** Up to this many bands over a scale; fewer when a round width covers it in fewer. */
export const SCORE_BAND_LIMIT = 20;

/** The smallest of 1, 2 and 5 times a power of ten that is at least `value`. */
function toRoundWidth(value: number): number {
  const power = 10 ** Math.floor(Math.log10(value));
  return [1, 2, 5, 10].map((m) => m * power).find((width) => width >= value - power * 1e-9) ?? 10 * power;
}

/** The bands of a scale: a round width, starting at the scale's minimum, as few as cover it (at most SCORE_BAND_LIMIT). */
export function getScoreBands(scale: { min: number; max: number }): ScoreBands {
  const span = scale.max - scale.min;
  if (!(span > 0)) return { starts: [scale.min], width: 1 };
  const width = toRoundWidth(span / SCORE_BAND_LIMIT);
  const count = Math.max(1, Math.ceil(span / width - 1e-9));
  // Rounded to the width's decimals, so a start reads 1.5, not 1.5000000000000002.
  const decimals = Math.max(0, -Math.floor(Math.log10(width)) + 1);
  return { starts: Array.from({ length: count }, (_, i) => Number((scale.min + i * width).toFixed(decimals))), width };
}

/** How many of the values fall in each band; a value outside the scale counts in the first or the last band. */
export function countInBands(values: Iterable<number>, bands: ScoreBands): number[] {
  const counts = bands.starts.map(() => 0);
  const min = bands.starts[0] ?? 0;
  for (const value of values) {
    const index = Math.floor((value - min) / bands.width + 1e-9);
    counts[Math.min(Math.max(index, 0), counts.length - 1)]! += 1;
  }
  return counts;
}
