import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  TIE_TOLERANCE,
  getMean,
  getMedian,
  getSheetScore,
  getStandardDeviation,
  rankNominations,
  type RankingCriterion,
  type RankingSheet,
} from "@/lib/domain/ranking";

const EQUAL: RankingCriterion[] = [
  { id: 1, weight: 1 },
  { id: 2, weight: 1 },
];

/** A sheet whose every criterion gets the same score, so its weighted mean is that score. */
function flatSheet(nominationId: string, jurorId: number, score: number, criteria = EQUAL): RankingSheet {
  return { nominationId, jurorId, scores: Object.fromEntries(criteria.map((c) => [c.id, score])) };
}

describe("getSheetScore", () => {
  it("is the plain mean with equal weights", () => {
    expect(getSheetScore({ nominationId: "a", jurorId: 1, scores: { 1: 7, 2: 4 } }, EQUAL)).toBe(5.5);
  });

  it("weighs each criterion by its weight", () => {
    const weighted = [
      { id: 1, weight: 2 },
      { id: 2, weight: 1 },
    ];
    // (9×2 + 6×1) / 3 = 8, where the plain mean would be 7.5.
    expect(getSheetScore({ nominationId: "a", jurorId: 1, scores: { 1: 9, 2: 6 } }, weighted)).toBe(8);
  });

  it("accepts fractional weights", () => {
    const weighted = [
      { id: 1, weight: 0.5 },
      { id: 2, weight: 1.5 },
    ];
    expect(getSheetScore({ nominationId: "a", jurorId: 1, scores: { 1: 2, 2: 10 } }, weighted)).toBe(8);
  });

  it("ignores scores for criteria outside the rubric", () => {
    expect(getSheetScore({ nominationId: "a", jurorId: 1, scores: { 1: 6, 2: 8, 99: 1 } }, EQUAL)).toBe(7);
  });

  it("throws when a criterion has no score", () => {
    expect(() => getSheetScore({ nominationId: "a", jurorId: 3, scores: { 1: 6 } }, EQUAL)).toThrow(/juror 3 .*criterion 2/);
    expect(() => rankNominations([{ nominationId: "a", jurorId: 3, scores: { 2: 6 } }], EQUAL)).toThrow(/criterion 1/);
  });

  it("throws for a rubric without weight", () => {
    expect(() => getSheetScore({ nominationId: "a", jurorId: 1, scores: {} }, [])).toThrow(/no positive weight/);
  });
});

describe("statistics", () => {
  it("takes the middle value of an odd count and the mean of the two middle values of an even one", () => {
    expect(getMedian([9, 1, 5])).toBe(5);
    expect(getMedian([7])).toBe(7);
    expect(getMedian([8, 2, 4, 6])).toBe(5);
    expect(getMedian([3, 3, 10, 10])).toBe(6.5);
  });

  it("uses the population standard deviation", () => {
    expect(getStandardDeviation([2, 4, 4, 4, 5, 5, 7, 9])).toBe(2);
    expect(getStandardDeviation([6, 6, 6])).toBe(0);
    expect(getStandardDeviation([4, 8])).toBe(2);
  });

  it("averages", () => {
    expect(getMean([1, 2, 3, 6])).toBe(3);
  });
});

describe("rankNominations", () => {
  it("ranks by the mean over each nomination's own jurors, whatever their count", () => {
    const sheets = [
      // Three jurors for A (mean 7), two for B (mean 7.5): own-country rules make counts differ.
      flatSheet("A", 1, 8),
      flatSheet("A", 2, 6),
      flatSheet("A", 3, 7),
      flatSheet("B", 1, 9),
      flatSheet("B", 2, 6),
    ];
    const ranking = rankNominations(sheets, EQUAL);
    expect(ranking.map((e) => [e.nominationId, e.rank, e.mean, e.sheetCount])).toEqual([
      ["B", 1, 7.5, 2],
      ["A", 2, 7, 3],
    ]);
  });

  it("reports median, spread, minimum and maximum beside the mean", () => {
    const [entry] = rankNominations([flatSheet("A", 1, 2), flatSheet("A", 2, 4), flatSheet("A", 3, 9), flatSheet("A", 4, 5)], EQUAL);
    expect(entry).toMatchObject({ mean: 5, median: 4.5, min: 2, max: 9, sheetCount: 4 });
    expect(entry!.standardDeviation).toBeCloseTo(Math.sqrt((9 + 1 + 16 + 0) / 4), 12);
  });

  it("uses the weighted sheet scores, not the raw criterion mean", () => {
    const weighted = [
      { id: 1, weight: 3 },
      { id: 2, weight: 1 },
    ];
    const ranking = rankNominations(
      [
        { nominationId: "strong-on-1", jurorId: 1, scores: { 1: 9, 2: 1 } }, // weighted 7, plain 5
        { nominationId: "strong-on-2", jurorId: 1, scores: { 1: 1, 2: 10 } }, // weighted 3.25, plain 5.5
      ],
      weighted,
    );
    expect(ranking.map((e) => e.nominationId)).toEqual(["strong-on-1", "strong-on-2"]);
    expect(ranking[0]!.mean).toBe(7);
  });

  it("gives equal means a shared rank and skips the ranks they take", () => {
    const ranking = rankNominations(
      [flatSheet("A", 1, 9), flatSheet("B", 1, 7), flatSheet("C", 1, 7), flatSheet("D", 1, 5)],
      EQUAL,
    );
    expect(ranking.map((e) => [e.nominationId, e.rank])).toEqual([
      ["A", 1],
      ["B", 2],
      ["C", 2],
      ["D", 4],
    ]);
  });

  it("treats means within the tolerance as a tie and a real difference as none", () => {
    // With weights 0.1 and 0.2, (1, 4) gives 2.9999999999999996 where (3, 3) gives 3: equal in exact arithmetic.
    const fractional = [
      { id: 1, weight: 0.1 },
      { id: 2, weight: 0.2 },
    ];
    const x = getSheetScore({ nominationId: "X", jurorId: 1, scores: { 1: 3, 2: 3 } }, fractional);
    const y = getSheetScore({ nominationId: "Y", jurorId: 1, scores: { 1: 1, 2: 4 } }, fractional);
    expect(x).not.toBe(y);
    expect(Math.abs(x - y)).toBeLessThanOrEqual(TIE_TOLERANCE);
    const tied = rankNominations(
      [
        { nominationId: "X", jurorId: 1, scores: { 1: 3, 2: 3 } },
        { nominationId: "Y", jurorId: 1, scores: { 1: 1, 2: 4 } },
      ],
      fractional,
    );
    expect(tied.map((e) => e.rank)).toEqual([1, 1]);

    const apart = rankNominations([flatSheet("P", 1, 7), flatSheet("P", 2, 8), flatSheet("Q", 1, 7), flatSheet("Q", 2, 7.99)], EQUAL);
    expect(apart.map((e) => [e.nominationId, e.rank])).toEqual([
      ["P", 1],
      ["Q", 2],
    ]);
  });

  it("leaves out nominations without sheets and returns nothing for no sheets", () => {
    expect(rankNominations([], EQUAL)).toEqual([]);
    expect(rankNominations([flatSheet("A", 1, 6)], EQUAL).map((e) => e.nominationId)).toEqual(["A"]);
  });

  it("gives the same ranking whatever the order of the sheets", () => {
    const criteria = fc.uniqueArray(fc.integer({ min: 1, max: 50 }), { minLength: 1, maxLength: 5 }).chain((ids) =>
      fc.tuple(...ids.map((id) => fc.integer({ min: 1, max: 4 }).map((weight) => ({ id, weight })))),
    );
    const scenario = criteria.chain((rubric) =>
      fc
        .uniqueArray(
          fc.record({
            nominationId: fc.constantFrom("n-a", "n-b", "n-c", "n-d", "n-e"),
            jurorId: fc.integer({ min: 1, max: 8 }),
            values: fc.array(fc.integer({ min: 1, max: 10 }), { minLength: rubric.length, maxLength: rubric.length }),
          }),
          { selector: (s) => `${s.nominationId}/${s.jurorId}`, maxLength: 30 },
        )
        .chain((raw) => {
          const sheets: RankingSheet[] = raw.map((s) => ({
            nominationId: s.nominationId,
            jurorId: s.jurorId,
            scores: Object.fromEntries(rubric.map((c, i) => [c.id, s.values[i]!])),
          }));
          return fc.tuple(fc.constant(rubric), fc.constant(sheets), fc.shuffledSubarray(sheets, { minLength: sheets.length }));
        }),
    );
    fc.assert(
      fc.property(scenario, ([rubric, sheets, shuffled]) => {
        expect(rankNominations(shuffled, rubric)).toEqual(rankNominations(sheets, rubric));
      }),
      { numRuns: 300 },
    );
  });

  it("ranks every nomination between 1 and the count, best mean first", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ n: fc.constantFrom("a", "b", "c", "d"), j: fc.integer({ min: 1, max: 6 }), v: fc.integer({ min: 1, max: 10 }) }), {
          maxLength: 24,
        }),
        (raw) => {
          const ranking = rankNominations(
            raw.map((r) => flatSheet(r.n, r.j, r.v)),
            EQUAL,
          );
          ranking.forEach((entry, index) => {
            expect(entry.rank).toBeGreaterThanOrEqual(1);
            expect(entry.rank).toBeLessThanOrEqual(index + 1);
            expect(entry.min).toBeLessThanOrEqual(entry.mean + TIE_TOLERANCE);
            expect(entry.max).toBeGreaterThanOrEqual(entry.mean - TIE_TOLERANCE);
            if (index > 0) expect(ranking[index - 1]!.mean).toBeGreaterThanOrEqual(entry.mean - TIE_TOLERANCE);
          });
        },
      ),
    );
  });
});
