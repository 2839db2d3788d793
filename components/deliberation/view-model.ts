import type { DossierResult, PlacedEntry, RankingBasis } from "@/lib/domain/ranking-result";
import type { TieDeciderRole } from "@/lib/domain/ranking-ties";
import type { RankingPageContent } from "@/lib/results/deliberation-page";
import type { NominationName, RankingPlace, RankingSummary } from "@/lib/results/ranking-summary";

/** One ranked dossier with its names and both rankings' places, as the deliberation screens show it. */
export interface DossierView {
  id: string;
  countryCode: string;
  countryName: string;
  title: string;
  dossier: DossierResult;
  raw: PlacedEntry;
  normalised: PlacedEntry;
  /** 1-based positions in each ranking's order, which the two lists page by. */
  positions: Record<RankingBasis, number>;
}

export interface DeliberationModel {
  officialBasis: RankingBasis;
  /** The page's ranked dossiers, in the order of the official ranking. */
  dossiers: DossierView[];
  /** The dossiers within the page's positions in either ranking. */
  listed: DossierView[];
  /** The first and last position the page shows. */
  first: number;
  last: number;
  /** Every dossier the page names: its own, and those the summary's ties, decisions and stability mention. */
  names: Map<string, NominationName>;
  jurorNames: Map<number, { name: string; countryName: string }>;
  criteria: RankingSummary["criteria"];
  /** Who recorded each tie decision, by its id: a place "decided by the chair" may be the secretariat's decision. */
  deciderRoles: Map<number, TieDeciderRole>;
}

export function toDossierView(place: RankingPlace): DossierView[] {
  if (!place.row) return [];
  const { row } = place;
  return [
    {
      id: place.nominationId,
      countryCode: place.countryCode,
      countryName: place.countryName,
      title: place.title,
      dossier: row.dossier,
      raw: row.raw,
      normalised: row.normalised,
      positions: { raw: place.rawPosition ?? 0, normalised: place.normalisedPosition ?? 0 },
    },
  ];
}

/** Joins one page's dossiers with the summary's names of dossiers, jurors and criteria, and who recorded each tie decision. */
export function buildDeliberationModel(
  content: RankingPageContent,
  decisions: readonly { id: number; deciderRole: TieDeciderRole }[] = [],
): DeliberationModel {
  const { summary } = content;
  const names = new Map(Object.entries(summary.names));
  const jurorNames = new Map(summary.jurors.map((j) => [j.jurorId, { name: j.name, countryName: j.countryName }]));
  for (const place of [...content.rows, ...content.listed, ...content.pinned]) {
    names.set(place.nominationId, { countryCode: place.countryCode, countryName: place.countryName, title: place.title });
    for (const juror of place.row?.jurors ?? []) jurorNames.set(juror.id, { name: juror.name, countryName: juror.countryName });
  }
  return {
    officialBasis: summary.officialBasis,
    dossiers: content.rows.flatMap(toDossierView),
    listed: content.listed.flatMap(toDossierView),
    first: content.first,
    last: content.last,
    names,
    jurorNames,
    criteria: summary.criteria,
    deciderRoles: new Map(decisions.map((d) => [d.id, d.deciderRole])),
  };
}
