/**
 * Per-juror normalisation, so that a strict and a lenient juror weigh the same. Pure: no database, no framework.
 *
 * Each juror's sheet scores become z-scores over the dossiers that juror scored: z = (score − juror's mean) /
 * juror's standard deviation (population). Each z is mapped back onto the scale as μ + z × σ, where μ and σ are
 * the mean and population standard deviation of the raw sheet scores of the normalised jurors (the scores the
 * z-scores came from). A dossier's normalised score is the mean of its mapped values: μ + σ × (mean z) when every
 * juror is normalised. A juror with fewer than two sheets, or with no spread, has no meaningful z-score and
 * falls back to their raw scores; that juror changes neither μ nor σ, and is flagged.
 */
import { TIE_TOLERANCE, compareIds, getMean, getStandardDeviation } from "./ranking";

/** One juror's weighted score for one dossier. */
export interface SheetScore {
  nominationId: string;
  jurorId: number;
  score: number;
}

/** Why a juror's raw scores are used as they are: one sheet gives no spread, equal scores give none either. */
export type NormalisationFallback = "too_few_sheets" | "no_spread";

export interface JurorNormalisation {
  jurorId: number;
  sheetCount: number;
  /** The juror's mean and spread over the dossiers they scored (raw weighted sheet scores). */
  mean: number;
  standardDeviation: number;
  /** Why this juror falls back to raw scores; null when their scores are normalised. */
  fallback: NormalisationFallback | null;
}

export interface NormalisedSheet extends SheetScore {
  /** The score on the scale after normalisation; the raw score itself for a juror who falls back. */
  normalisedScore: number;
}

export interface Normalisation {
  jurors: JurorNormalisation[];
  /** Sorted by dossier, then juror. */
  sheets: NormalisedSheet[];
  /** μ and σ of the normalised jurors' raw scores; null when no juror could be normalised. */
  pooled: { mean: number; standardDeviation: number } | null;
}

/** Fewer sheets than this give a juror no spread to normalise by. */
export const MIN_SHEETS_TO_NORMALISE = 2;

function sortedNumbers(values: readonly number[]): number[] {
  return [...values].sort((a, b) => a - b);
}

function describeJuror(jurorId: number, scores: readonly number[]): JurorNormalisation {
  const values = sortedNumbers(scores);
  const mean = getMean(values);
  const standardDeviation = getStandardDeviation(values);
  const fallback =
    values.length < MIN_SHEETS_TO_NORMALISE ? "too_few_sheets" : standardDeviation <= TIE_TOLERANCE ? "no_spread" : null;
  return { jurorId, sheetCount: values.length, mean, standardDeviation, fallback };
}

/** Normalises every juror's sheet scores; the result does not depend on the order of the input. */
export function normaliseSheetScores(sheets: readonly SheetScore[]): Normalisation {
  const scoresByJuror = new Map<number, number[]>();
  for (const sheet of sheets) {
    const list = scoresByJuror.get(sheet.jurorId) ?? [];
    list.push(sheet.score);
    scoresByJuror.set(sheet.jurorId, list);
  }
  const jurors = [...scoresByJuror.entries()].map(([jurorId, scores]) => describeJuror(jurorId, scores)).sort((a, b) => a.jurorId - b.jurorId);
  const byJuror = new Map(jurors.map((juror) => [juror.jurorId, juror]));

  const normalisedScores = sortedNumbers(sheets.filter((s) => byJuror.get(s.jurorId)!.fallback === null).map((s) => s.score));
  const pooled =
    normalisedScores.length === 0
      ? null
      : { mean: getMean(normalisedScores), standardDeviation: getStandardDeviation(normalisedScores) };

  const normalised = sheets.map((sheet) => {
    const juror = byJuror.get(sheet.jurorId)!;
    if (juror.fallback !== null || pooled === null) return { ...sheet, normalisedScore: sheet.score };
    const z = (sheet.score - juror.mean) / juror.standardDeviation;
    return { ...sheet, normalisedScore: pooled.mean + z * pooled.standardDeviation };
  });
  normalised.sort((a, b) => compareIds(a.nominationId, b.nominationId) || a.jurorId - b.jurorId);
  return { jurors, sheets: normalised, pooled };
}
