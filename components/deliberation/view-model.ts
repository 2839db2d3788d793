import type { EditionRanking } from "@/lib/results/ranking";
import type { DossierResult, PlacedEntry, RankingBasis } from "@/lib/domain/ranking-result";
import type { TieDeciderRole } from "@/lib/domain/ranking-ties";

/** One ranked dossier with its names and both rankings' places, as the deliberation screens show it. */
export interface DossierView {
  id: string;
  countryCode: string;
  countryName: string;
  title: string;
  dossier: DossierResult;
  raw: PlacedEntry;
  normalised: PlacedEntry;
}

export interface DeliberationModel {
  officialBasis: RankingBasis;
  /** In the order of the official ranking. */
  dossiers: DossierView[];
  byId: Map<string, DossierView>;
  jurorNames: Map<number, { name: string; countryName: string }>;
  criteria: EditionRanking["record"]["criteria"];
  /** Who recorded each tie decision, by its id: a place "decided by the chair" may be the secretariat's decision. */
  deciderRoles: Map<number, TieDeciderRole>;
}

/** Joins the computed ranking with the names of dossiers, jurors and criteria, and who recorded each tie decision. */
export function buildDeliberationModel(
  ranking: EditionRanking,
  decisions: readonly { id: number; deciderRole: TieDeciderRole }[] = [],
): DeliberationModel {
  const { record } = ranking;
  const { result } = record;
  const nominations = new Map(record.nominations.map((n) => [n.id, n]));
  const dossiers = new Map(result.dossiers.map((d) => [d.nominationId, d]));
  const raw = new Map(result.raw.entries.map((e) => [e.nominationId, e]));
  const normalised = new Map(result.normalised.entries.map((e) => [e.nominationId, e]));
  const views = result[result.officialBasis].entries.flatMap((entry): DossierView[] => {
    const nomination = nominations.get(entry.nominationId);
    if (!nomination) return [];
    return [
      {
        id: nomination.id,
        countryCode: nomination.countryCode,
        countryName: nomination.countryName,
        title: nomination.title,
        dossier: dossiers.get(entry.nominationId)!,
        raw: raw.get(entry.nominationId)!,
        normalised: normalised.get(entry.nominationId)!,
      },
    ];
  });
  return {
    officialBasis: result.officialBasis,
    dossiers: views,
    byId: new Map(views.map((v) => [v.id, v])),
    jurorNames: new Map(record.jurors.map((j) => [j.id, { name: j.name, countryName: j.countryName }])),
    criteria: record.criteria,
    deciderRoles: new Map(decisions.map((d) => [d.id, d.deciderRole])),
  };
}
