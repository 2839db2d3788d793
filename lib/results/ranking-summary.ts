import type { DossierResult, JurorNormalisation, OpenTie, PlaceDecision, PlacedEntry, RankingBasis, StabilityReport } from "../domain/ranking-result";
import { countInBands, getScoreBands, type ScoreBands } from "../domain/score-bands";
import type { RankingView } from "./ranking-snapshot";

/** The summary keeps this many jurors (those who fall back to raw scores first): the workbook (XLSX) has them all. */
export const SUMMARY_JUROR_LIMIT = 50;
/** The summary keeps this many of the official ranking's open ties, best place first, each with its form. */
export const SUMMARY_TIE_LIMIT = 50;
/** The summary keeps this many jurors whose absence changes the top places, per ranking. */
export const SUMMARY_STABILITY_CHANGE_LIMIT = 20;

export interface NominationName {
  countryCode: string;
  countryName: string;
  title: string;
}

export interface SummaryJuror extends JurorNormalisation {
  name: string;
  countryCode: string;
  countryName: string;
}

export interface SummaryTie extends OpenTie {
  /** The tied dossiers in the order they are placed now (the chair's earlier decision, if any). */
  orderedNominationIds: string[];
  /** What placed the first of them: the chair, or "unresolved". */
  decidedBy: PlaceDecision | null;
}

export interface SummaryStability extends StabilityReport {
  changes: (StabilityReport["changes"][number] & { jurorName: string })[];
  /** How many jurors change the top places; `changes` holds the first SUMMARY_STABILITY_CHANGE_LIMIT. */
  changeCount: number;
}

/** How many of the edition's ranked dossiers (by raw and by normalised mean) and jurors (by mean) fall in each band of the scale. */
export interface ScoreDistribution extends ScoreBands {
  raw: number[];
  normalised: number[];
  jurors: number[];
}

/**
 * What the deliberation shows beside the per-dossier rows, of a size bounded whatever the edition's: counts, the
 * settings, the first open ties and jurors, the stability, and the names of every dossier they mention. Plain JSON.
 */
export interface RankingSummary {
  officialBasis: RankingBasis;
  scale: { min: number; max: number };
  spreadThreshold: number;
  tieBreakChain: RankingView["result"]["tieBreakChain"];
  invalidTieBreakSteps: string[];
  tieDecisions: RankingView["result"]["tieDecisions"];
  criteria: RankingView["criteria"];
  awardedPlaces: number;
  rankedCount: number;
  unscoredCount: number;
  incompleteSheetCount: number;
  jurorCount: number;
  fallbackJurorCount: number;
  jurors: SummaryJuror[];
  openTieCount: number;
  /** Open ties on an awarded place with no decision of the chair (the secretariat's home counts them). */
  undecidedAwardedTieCount: number;
  openTies: SummaryTie[];
  stability: Record<RankingBasis, SummaryStability>;
  /** What the charts draw when there are too many dossiers or jurors to draw each (absent from snapshots stored before it). */
  distribution?: ScoreDistribution;
  /** The dossiers the ties, the decisions and the stability name. */
  names: Record<string, NominationName>;
}

/** One dossier's row as the page shows it: its statistics, both rankings' places, and the names of its jurors. */
export interface RankingPlaceRow {
  dossier: DossierResult;
  raw: PlacedEntry;
  normalised: PlacedEntry;
  jurors: { id: number; name: string; countryName: string }[];
}

export interface RankingPlace extends NominationName {
  position: number;
  rawPosition: number | null;
  normalisedPosition: number | null;
  nominationId: string;
  /** Null for a dossier with no countable sheet. */
  row: RankingPlaceRow | null;
}

function summariseStability(report: StabilityReport, jurors: ReadonlyMap<number, { name: string }>): SummaryStability {
  const changes = report.changes.slice(0, SUMMARY_STABILITY_CHANGE_LIMIT).map((c) => ({ ...c, jurorName: jurors.get(c.jurorId)?.name ?? `Juror ${c.jurorId}` }));
  return { ...report, changes, changeCount: report.changes.length };
}

/**
 * Splits a ranking view into its bounded summary and one row per dossier in the official order (the unscored after),
 * which the job stores beside the snapshot and a small edition's page builds on the request.
 */
export function summariseRanking(view: RankingView): { summary: RankingSummary; places: RankingPlace[] } {
  const { result } = view;
  const official = result[result.officialBasis];
  const nominations = new Map(view.nominations.map((n) => [n.id, n]));
  const jurors = new Map(view.jurors.map((j) => [j.id, j]));
  const dossiers = new Map(result.dossiers.map((d) => [d.nominationId, d]));
  const positions = (basis: RankingBasis) => new Map(result[basis].entries.map((e, index) => [e.nominationId, { entry: e, position: index + 1 }]));
  const raw = positions("raw");
  const normalised = positions("normalised");

  const places: RankingPlace[] = [];
  for (const entry of official.entries) {
    const nomination = nominations.get(entry.nominationId);
    const dossier = dossiers.get(entry.nominationId);
    const rawPlace = raw.get(entry.nominationId);
    const normalisedPlace = normalised.get(entry.nominationId);
    if (!nomination || !dossier || !rawPlace || !normalisedPlace) continue;
    const sheetJurors = dossier.sheets.map((s) => ({ id: s.jurorId, name: jurors.get(s.jurorId)?.name ?? `Juror ${s.jurorId}`, countryName: jurors.get(s.jurorId)?.countryName ?? "" }));
    places.push({
      position: places.length + 1,
      rawPosition: rawPlace.position,
      normalisedPosition: normalisedPlace.position,
      nominationId: nomination.id,
      countryCode: nomination.countryCode,
      countryName: nomination.countryName,
      title: nomination.title,
      row: { dossier, raw: rawPlace.entry, normalised: normalisedPlace.entry, jurors: sheetJurors },
    });
  }
  const rankedCount = places.length;
  for (const nomination of view.nominations) {
    if (dossiers.has(nomination.id)) continue;
    const { id, countryCode, countryName, title } = nomination;
    places.push({ position: places.length + 1, rawPosition: null, normalisedPosition: null, nominationId: id, countryCode, countryName, title, row: null });
  }

  const officialById = new Map(official.entries.map((e) => [e.nominationId, e]));
  const openTies = official.openTies.slice(0, SUMMARY_TIE_LIMIT).map((tie): SummaryTie => {
    const ordered = [...tie.nominationIds].sort((a, b) => (officialById.get(a)?.place ?? 0) - (officialById.get(b)?.place ?? 0));
    return { ...tie, orderedNominationIds: ordered, decidedBy: officialById.get(ordered[0] ?? "")?.decidedBy ?? null };
  });
  const stability = { raw: summariseStability(result.stability.raw, jurors), normalised: summariseStability(result.stability.normalised, jurors) };
  const named = [
    ...openTies.flatMap((t) => t.nominationIds),
    ...result.tieDecisions.flatMap((d) => d.orderedNominationIds),
    ...Object.values(stability).flatMap((s) => [...s.top, ...s.changes.flatMap((c) => c.topWithout)].map((p) => p.nominationId)),
  ];
  const names: Record<string, NominationName> = {};
  for (const id of named) {
    const nomination = nominations.get(id);
    if (nomination) names[id] = { countryCode: nomination.countryCode, countryName: nomination.countryName, title: nomination.title };
  }
  // Which jurors are kept: those who fall back to raw scores first; they are shown in the result's order (by id).
  const summaryJurors = [...result.jurors]
    .sort((a, b) => Number(b.fallback !== null) - Number(a.fallback !== null) || a.jurorId - b.jurorId)
    .slice(0, SUMMARY_JUROR_LIMIT)
    .sort((a, b) => a.jurorId - b.jurorId)
    .map((j): SummaryJuror => {
      const juror = jurors.get(j.jurorId);
      return { ...j, name: juror?.name ?? `Juror ${j.jurorId}`, countryCode: juror?.countryCode ?? "", countryName: juror?.countryName ?? "" };
    });

  const bands = getScoreBands(result.scale);
  const distribution: ScoreDistribution = {
    ...bands,
    raw: countInBands(result.dossiers.map((d) => d.raw.mean), bands),
    normalised: countInBands(result.dossiers.map((d) => d.normalised.mean), bands),
    jurors: countInBands(result.jurors.map((j) => j.mean), bands),
  };

  const summary: RankingSummary = {
    officialBasis: result.officialBasis,
    scale: result.scale,
    spreadThreshold: result.spreadThreshold,
    tieBreakChain: result.tieBreakChain,
    invalidTieBreakSteps: result.invalidTieBreakSteps,
    tieDecisions: result.tieDecisions,
    criteria: view.criteria,
    awardedPlaces: view.input.awardedPlaces,
    rankedCount,
    unscoredCount: places.length - rankedCount,
    incompleteSheetCount: view.incompleteSheetCount,
    jurorCount: result.jurors.length,
    fallbackJurorCount: result.jurors.filter((j) => j.fallback !== null).length,
    jurors: summaryJurors,
    openTieCount: official.openTies.length,
    undecidedAwardedTieCount: official.openTies.filter((t) => t.decisionId === null && t.place <= view.input.awardedPlaces).length,
    openTies,
    stability,
    distribution,
    names,
  };
  return { summary, places };
}
