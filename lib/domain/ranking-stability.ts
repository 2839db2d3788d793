/**
 * Stability of the top places: would they change if any single juror were left out? Pure: no database, no
 * framework. Each juror's sheets are removed in turn and the whole ranking (normalisation, chain and the chair's
 * decisions included) is computed again; the top places are compared place by place.
 */
import { buildRankingLists, type RankingBasis, type RankingInput, type RankingList, type RankingLists } from "./ranking-lists";

export interface TopPlace {
  nominationId: string;
  place: number;
}

export interface StabilityReport {
  /** The places checked: the edition's awarded places, or fewer when fewer dossiers were scored. */
  topPlaces: number;
  top: TopPlace[];
  jurorsChecked: number;
  /** True when no single juror's absence changes the top places. */
  isStable: boolean;
  /** The jurors whose absence changes the top places, with the top places without them. */
  changes: { jurorId: number; topWithout: TopPlace[] }[];
}

/** The dossiers placed within the first `count` places, best first (a tie at the edge keeps every tied dossier). */
export function getTopPlaces(list: RankingList, count: number): TopPlace[] {
  return list.entries.filter((entry) => entry.place <= count).map(({ nominationId, place }) => ({ nominationId, place }));
}

function isSameTop(a: readonly TopPlace[], b: readonly TopPlace[]): boolean {
  return a.length === b.length && a.every((place, index) => place.nominationId === b[index]!.nominationId && place.place === b[index]!.place);
}

/** Checks both rankings' top places against leaving out each juror who has a counted sheet. */
export function getStability(input: RankingInput, lists: RankingLists): Record<RankingBasis, StabilityReport> {
  const jurorIds = lists.jurors.map((juror) => juror.jurorId);
  const topPlaces = Math.min(input.awardedPlaces, lists.dossiers.length);
  const without = jurorIds.map((jurorId) => ({
    jurorId,
    lists: buildRankingLists({ ...input, sheets: input.sheets.filter((sheet) => sheet.jurorId !== jurorId) }),
  }));
  const report = (basis: RankingBasis): StabilityReport => {
    const top = getTopPlaces(lists[basis], topPlaces);
    const changes = without
      .map(({ jurorId, lists: other }) => ({ jurorId, topWithout: getTopPlaces(other[basis], topPlaces) }))
      .filter((change) => !isSameTop(change.topWithout, top));
    return { topPlaces, top, jurorsChecked: jurorIds.length, isStable: changes.length === 0, changes };
  };
  return { raw: report("raw"), normalised: report("normalised") };
}
