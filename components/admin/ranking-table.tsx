import type { EditionRanking } from "@/lib/data/ranking";
import { formatScore } from "./format";

/** The computed ranking: shared ranks are marked as ties; nominations with no countable sheet follow apart. */
export function RankingTable({ ranking }: { ranking: Pick<EditionRanking, "rows" | "unscored"> }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="w-full text-left text-sm">
        <caption className="px-4 py-3 text-left text-slate-600">
          Mean of the jurors&apos; weighted scores. A rank marked <strong>tie</strong> is shared by several nominations.
        </caption>
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            <th scope="col" className="px-4 py-3">Rank</th>
            <th scope="col" className="px-4 py-3">Country</th>
            <th scope="col" className="px-4 py-3">Title</th>
            <th scope="col" className="px-4 py-3 text-right">Mean</th>
            <th scope="col" className="px-4 py-3 text-right">Median</th>
            <th scope="col" className="px-4 py-3 text-right">
              <abbr title="Standard deviation">SD</abbr>
            </th>
            <th scope="col" className="px-4 py-3 text-right">Min–max</th>
            <th scope="col" className="px-4 py-3 text-right">Sheets</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {ranking.rows.map((row) => (
            <tr key={row.nominationId} className={row.isTied ? "bg-amber-50" : undefined}>
              <td className="whitespace-nowrap px-4 py-3 font-semibold">
                {row.rank}
                {row.isTied && (
                  <span className="ml-2 rounded-full bg-amber-200 px-2 py-0.5 text-xs font-semibold text-amber-900">
                    tie<span className="sr-only"> for rank {row.rank}</span>
                  </span>
                )}
              </td>
              <td className="px-4 py-3">{row.countryName}</td>
              <th scope="row" className="px-4 py-3 font-medium">
                {row.title}
              </th>
              <td className="px-4 py-3 text-right tabular-nums font-semibold">{formatScore(row.mean)}</td>
              <td className="px-4 py-3 text-right tabular-nums">{formatScore(row.median)}</td>
              <td className="px-4 py-3 text-right tabular-nums">{formatScore(row.standardDeviation)}</td>
              <td className="whitespace-nowrap px-4 py-3 text-right tabular-nums">
                {formatScore(row.min)}–{formatScore(row.max)}
              </td>
              <td className="px-4 py-3 text-right tabular-nums">{row.sheetCount}</td>
            </tr>
          ))}
          {ranking.unscored.map((nomination) => (
            <tr key={nomination.id} className="text-slate-500">
              <td className="px-4 py-3">—</td>
              <td className="px-4 py-3">{nomination.countryName}</td>
              <th scope="row" className="px-4 py-3 font-medium">
                {nomination.title}
              </th>
              <td colSpan={5} className="px-4 py-3">
                No submitted score sheet yet
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
