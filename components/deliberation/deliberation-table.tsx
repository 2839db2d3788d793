import { formatScore } from "@/components/admin/format";
import { describePlaceDecision } from "@/lib/domain/ranking-labels";
import type { DeliberationModel } from "./view-model";

const CELL = "px-3 py-2";
const NUMBER = `${CELL} text-right tabular-nums`;

/**
 * One row per dossier in the official order: both rankings' scores and ranks, the spread and the count, and
 * what decided a tied place. Dossiers with no countable sheet follow apart.
 */
export function DeliberationTable({
  model,
  unscored,
  spreadThreshold,
}: {
  model: DeliberationModel;
  unscored: readonly { id: string; countryName: string; title: string }[];
  spreadThreshold: number;
}) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="w-full text-left text-sm">
        <caption className="px-4 py-3 text-left text-slate-600">
          Place in the official ranking, then each dossier&apos;s raw mean and normalised score with their ranks. A standard
          deviation of {formatScore(spreadThreshold)} or more is flagged as <strong>strong disagreement</strong>.
        </caption>
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            <th scope="col" className={CELL}>Place</th>
            <th scope="col" className={CELL}>Country</th>
            <th scope="col" className={CELL}>Title</th>
            <th scope="col" className={`${CELL} text-right`}>Raw mean</th>
            <th scope="col" className={`${CELL} text-right`}>Raw rank</th>
            <th scope="col" className={`${CELL} text-right`}>Normalised</th>
            <th scope="col" className={`${CELL} text-right`}>Normalised rank</th>
            <th scope="col" className={`${CELL} text-right`}>Median</th>
            <th scope="col" className={`${CELL} text-right`}>
              <abbr title="Standard deviation">SD</abbr>
            </th>
            <th scope="col" className={`${CELL} text-right`}>Min–max</th>
            <th scope="col" className={`${CELL} text-right`}>Sheets</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {model.dossiers.map((item) => {
            const official = item[model.officialBasis];
            const note = describePlaceDecision(official.decidedBy, model.deciderRoles);
            const isTied = official.tiedWith.length > 0;
            return (
              <tr key={item.id} className={isTied ? "bg-amber-50" : undefined}>
                <td className={`${CELL} font-semibold`}>
                  {official.place}
                  {note && <span className="block text-xs font-normal text-amber-900">{note}</span>}
                </td>
                <td className={CELL}>{item.countryName}</td>
                <th scope="row" className={`${CELL} font-medium`}>
                  {item.title}
                </th>
                <td className={`${NUMBER} font-semibold`}>{formatScore(item.dossier.raw.mean)}</td>
                <td className={NUMBER}>
                  {item.raw.rank}
                  {item.raw.tiedWith.length > 0 && <span className="ml-1 text-xs text-amber-900">(tie)</span>}
                </td>
                <td className={NUMBER}>{formatScore(item.dossier.normalised.mean)}</td>
                <td className={NUMBER}>
                  {item.normalised.rank}
                  {item.normalised.tiedWith.length > 0 && <span className="ml-1 text-xs text-amber-900">(tie)</span>}
                </td>
                <td className={NUMBER}>{formatScore(item.dossier.raw.median)}</td>
                <td className={NUMBER}>
                  {formatScore(item.dossier.raw.standardDeviation)}
                  {item.dossier.isSpreadFlagged && (
                    <span className="ml-2 whitespace-nowrap rounded-full bg-red-100 px-2 py-0.5 text-xs font-semibold text-red-900">
                      strong disagreement
                    </span>
                  )}
                </td>
                <td className={`${NUMBER} whitespace-nowrap`}>
                  {formatScore(item.dossier.raw.min)}–{formatScore(item.dossier.raw.max)}
                </td>
                <td className={NUMBER}>{item.dossier.raw.sheetCount}</td>
              </tr>
            );
          })}
          {unscored.map((nomination) => (
            <tr key={nomination.id} className="text-slate-500">
              <td className={CELL}>—</td>
              <td className={CELL}>{nomination.countryName}</td>
              <th scope="row" className={`${CELL} font-medium`}>
                {nomination.title}
              </th>
              <td colSpan={8} className={CELL}>
                No submitted score sheet yet
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
