import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countInBands, getScoreBands, SCORE_BAND_LIMIT } from "@/lib/domain/score-bands";

describe("score bands", () => {
  it("cuts a scale into round bands from its minimum, as few as cover it", () => {
    expect(getScoreBands({ min: 1, max: 10 })).toEqual({ width: 0.5, starts: Array.from({ length: 18 }, (_, i) => 1 + i / 2) });
    expect(getScoreBands({ min: 0, max: 20 })).toMatchObject({ width: 1, starts: expect.arrayContaining([0, 19]) });
    expect(getScoreBands({ min: 0, max: 100 }).width).toBe(5);
    expect(getScoreBands({ min: 1, max: 5 }).starts.slice(0, 4)).toEqual([1, 1.2, 1.4, 1.6]);
    expect(getScoreBands({ min: 3, max: 3 })).toEqual({ starts: [3], width: 1 });
  });

  it("counts each value once: a band holds its start, the last holds the maximum, a value off the scale goes to the nearest end", () => {
    const bands = getScoreBands({ min: 1, max: 10 });
    const counts = countInBands([1, 1.49, 1.5, 9.5, 10, 0, 12], bands);
    expect(counts[0]).toBe(3);
    expect(counts[1]).toBe(1);
    expect(counts.at(-1)).toBe(3);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(7);
  });

  it("covers any scale with at most SCORE_BAND_LIMIT bands of one width, and counts every value", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -50, max: 50 }),
        fc.integer({ min: 1, max: 1000 }),
        fc.array(fc.double({ min: -100, max: 2000, noNaN: true }), { maxLength: 50 }),
        (min, span, values) => {
          const scale = { min, max: min + span / 4 };
          const bands = getScoreBands(scale);
          expect(bands.starts.length).toBeGreaterThanOrEqual(1);
          expect(bands.starts.length).toBeLessThanOrEqual(SCORE_BAND_LIMIT);
          expect(bands.starts[0]).toBe(scale.min);
          expect(bands.starts.at(-1)! + bands.width).toBeGreaterThanOrEqual(scale.max - 1e-9);
          expect(countInBands(values, bands).reduce((a, b) => a + b, 0)).toBe(values.length);
        },
      ),
    );
  });
});
