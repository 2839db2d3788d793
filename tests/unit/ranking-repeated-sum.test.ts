import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addRepeated, getRunStatistics, getValueRuns } from "@/lib/domain/ranking-repeated-sum";
import { getMean, getStandardDeviation } from "@/lib/domain/ranking";

function addOneByOne(start: number, x: number, count: number): number {
  let s = start;
  for (let i = 0; i < count; i += 1) s += x;
  return s;
}

describe("addRepeated", () => {
  it("equals adding one value at a time, bit for bit", () => {
    const value = fc.oneof(
      fc.double({ min: -20, max: 20, noNaN: true }),
      fc.integer({ min: 1, max: 150 }).chain((n) => fc.integer({ min: 1, max: 60 }).map((w) => n / w)),
      fc.double({ min: 0, max: 1e-3, noNaN: true }),
    );
    fc.assert(
      fc.property(fc.oneof(fc.constant(0), fc.double({ min: 0, max: 1e6, noNaN: true })), value, fc.integer({ min: 0, max: 5000 }), (start, x, count) => {
        expect(Object.is(addRepeated(start, x, count), addOneByOne(start, x, count))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("equals the loop over long runs that cross many binades", () => {
    for (const x of [0.1, 1 / 3, 7 / 5, 9.2, 2 ** -20, 5.5, 1 + 2 ** -40]) {
      expect(addRepeated(0, x, 300_000)).toBe(addOneByOne(0, x, 300_000));
      expect(addRepeated(12345.678, x, 77_777)).toBe(addOneByOne(12345.678, x, 77_777));
    }
  });
});

describe("getRunStatistics", () => {
  it("equals getMean and getStandardDeviation over the sorted values left", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 5, max: 50 }).map((n) => n / 5), { minLength: 1, maxLength: 400 }),
        fc.array(fc.nat(), { maxLength: 50 }),
        (raw, removals) => {
          const sorted = Float64Array.from(raw).sort();
          const runs = getValueRuns(sorted);
          const removed = new Int32Array(runs.values.length);
          for (const r of removals) {
            const k = r % runs.values.length;
            if (removed[k]! < runs.counts[k]!) removed[k]! += 1;
          }
          const left: number[] = [];
          runs.values.forEach((v, k) => {
            for (let i = 0; i < runs.counts[k]! - removed[k]!; i += 1) left.push(v);
          });
          const stats = getRunStatistics(runs, removed);
          if (left.length === 0) expect(stats).toBeNull();
          else expect(stats).toEqual({ mean: getMean(left), standardDeviation: getStandardDeviation(left) });
        },
      ),
      { numRuns: 500 },
    );
  });
});
