import { formatScore } from "@/components/admin/format";
import { describeNormalisation } from "@/lib/domain/ranking-labels";
import type { JurorNormalisation } from "@/lib/domain/ranking-result";
import type { DeliberationModel } from "./view-model";

const CELL = "px-3 py-2";

/** Each juror's mean and spread over the dossiers they scored, and whether their scores could be normalised. */
export function JurorNormalisationTable({ model, jurors }: { model: DeliberationModel; jurors: readonly JurorNormalisation[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="w-full text-left text-sm">
        <caption className="px-4 py-3 text-left text-slate-600">
          Normalisation turns each juror&apos;s scores into z-scores over the dossiers they scored. A juror with fewer than two
          sheets, or the same score for every dossier, keeps their raw scores.
        </caption>
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            <th scope="col" className={CELL}>Juror</th>
            <th scope="col" className={CELL}>Country</th>
            <th scope="col" className={`${CELL} text-right`}>Sheets counted</th>
            <th scope="col" className={`${CELL} text-right`}>Mean</th>
            <th scope="col" className={`${CELL} text-right`}>
              <abbr title="Standard deviation">SD</abbr>
            </th>
            <th scope="col" className={CELL}>Normalisation</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {jurors.map((juror) => {
            const names = model.jurorNames.get(juror.jurorId);
            return (
              <tr key={juror.jurorId} className={juror.fallback ? "bg-amber-50" : undefined}>
                <th scope="row" className={`${CELL} font-medium`}>
                  {names?.name ?? `Juror ${juror.jurorId}`}
                </th>
                <td className={CELL}>{names?.countryName ?? ""}</td>
                <td className={`${CELL} text-right tabular-nums`}>{juror.sheetCount}</td>
                <td className={`${CELL} text-right tabular-nums`}>{formatScore(juror.mean)}</td>
                <td className={`${CELL} text-right tabular-nums`}>{formatScore(juror.standardDeviation)}</td>
                <td className={CELL}>{describeNormalisation(juror.fallback)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
