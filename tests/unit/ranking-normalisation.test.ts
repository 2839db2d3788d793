import { describe, expect, it } from "vitest";
import { normaliseSheetScores, type SheetScore } from "@/lib/domain/ranking-normalisation";

const sheet = (nominationId: string, jurorId: number, score: number): SheetScore => ({ nominationId, jurorId, score });

function normalisedOf(sheets: SheetScore[]) {
  const { sheets: normalised } = normaliseSheetScores(sheets);
  return Object.fromEntries(normalised.map((s) => [`${s.nominationId}/${s.jurorId}`, s.normalisedScore]));
}

describe("normaliseSheetScores", () => {
  it("turns each juror's scores into z-scores mapped onto the pooled mean and spread", () => {
    // Juror 1: 8 and 6 (mean 7, SD 1); juror 2: 4 and 2 (mean 3, SD 1). Pooled: mean 5, SD √5.
    const result = normaliseSheetScores([sheet("a", 1, 8), sheet("b", 1, 6), sheet("a", 2, 4), sheet("b", 2, 2)]);
    expect(result.pooled).toEqual({ mean: 5, standardDeviation: Math.sqrt(5) });
    const values = normalisedOf(result.sheets);
    expect(values["a/1"]).toBeCloseTo(5 + Math.sqrt(5), 12);
    expect(values["a/2"]).toBeCloseTo(5 + Math.sqrt(5), 12);
    expect(values["b/1"]).toBeCloseTo(5 - Math.sqrt(5), 12);
    expect(values["b/2"]).toBeCloseTo(5 - Math.sqrt(5), 12);
    expect(result.jurors).toEqual([
      { jurorId: 1, sheetCount: 2, mean: 7, standardDeviation: 1, fallback: null },
      { jurorId: 2, sheetCount: 2, mean: 3, standardDeviation: 1, fallback: null },
    ]);
  });

  it("takes away the advantage of being scored by a lenient juror", () => {
    // The lenient juror 1 scored a and c; the strict juror 2 scored b and c. Each put c last.
    const values = normalisedOf([sheet("a", 1, 9), sheet("c", 1, 8), sheet("b", 2, 4), sheet("c", 2, 2)]);
    // Raw, a (9) is far ahead of b (4); normalised, each is its juror's favourite and they weigh the same.
    expect(values["a/1"]).toBeCloseTo(values["b/2"]!, 12);
    expect(values["c/1"]).toBeCloseTo(values["c/2"]!, 12);
    expect(values["a/1"]!).toBeGreaterThan(values["c/1"]!);
  });

  it("falls back to raw scores for a juror with one sheet or with no spread, and says why", () => {
    const result = normaliseSheetScores([
      sheet("a", 1, 8),
      sheet("b", 1, 6),
      sheet("a", 2, 5), // only one sheet
      sheet("a", 3, 7),
      sheet("b", 3, 7), // the same score for everyone
    ]);
    expect(result.jurors.map((j) => [j.jurorId, j.fallback])).toEqual([
      [1, null],
      [2, "too_few_sheets"],
      [3, "no_spread"],
    ]);
    const values = normalisedOf(result.sheets);
    expect(values["a/2"]).toBe(5);
    expect(values["a/3"]).toBe(7);
    expect(values["b/3"]).toBe(7);
    // The pool holds only juror 1's scores: a juror who falls back moves neither its mean nor its spread.
    expect(result.pooled).toEqual({ mean: 7, standardDeviation: 1 });
    expect(values["a/1"]).toBe(8);
    expect(values["b/1"]).toBe(6);
  });

  it("leaves every score raw when no juror can be normalised", () => {
    const result = normaliseSheetScores([sheet("a", 1, 8), sheet("b", 2, 6)]);
    expect(result.pooled).toBeNull();
    expect(result.sheets.map((s) => s.normalisedScore)).toEqual([8, 6]);
  });

  it("treats a spread lost in floating-point noise as no spread", () => {
    // 0.1 + 0.2 is 0.30000000000000004: equal scores in exact arithmetic.
    const result = normaliseSheetScores([sheet("a", 1, 0.1 + 0.2), sheet("b", 1, 0.3)]);
    expect(result.jurors[0]!.fallback).toBe("no_spread");
  });

  it("gives nothing for no sheets", () => {
    expect(normaliseSheetScores([])).toEqual({ jurors: [], sheets: [], pooled: null });
  });
});
