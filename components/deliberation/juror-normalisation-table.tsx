import { useTranslations } from "next-intl";
import { formatScore } from "@/components/admin/format";
import type { JurorNormalisation } from "@/lib/domain/ranking-result";
import { useRankingWords } from "./ranking-words";
import type { DeliberationModel } from "./view-model";

const CELL = "px-3 py-2";

/** Each juror's mean and spread over the dossiers they scored, and whether their scores could be normalised. */
export function JurorNormalisationTable({ model, jurors }: { model: DeliberationModel; jurors: readonly JurorNormalisation[] }) {
  const t = useTranslations("deliberation.normalisation");
  const words = useRankingWords();
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="w-full text-left text-sm">
        <caption className="px-4 py-3 text-left text-slate-600">{t("caption")}</caption>
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            <th scope="col" className={CELL}>{t("juror")}</th>
            <th scope="col" className={CELL}>{t("country")}</th>
            <th scope="col" className={`${CELL} text-right`}>{t("sheets")}</th>
            <th scope="col" className={`${CELL} text-right`}>{t("mean")}</th>
            <th scope="col" className={`${CELL} text-right`}>
              <abbr title={t("standardDeviation")}>{t("sd")}</abbr>
            </th>
            <th scope="col" className={CELL}>{t("normalisation")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {jurors.map((juror) => {
            const names = model.jurorNames.get(juror.jurorId);
            return (
              <tr key={juror.jurorId} className={juror.fallback ? "bg-amber-50" : undefined}>
                <th scope="row" className={`${CELL} font-medium`}>
                  {names?.name ?? t("jurorId", { id: juror.jurorId })}
                </th>
                <td className={CELL}>{names?.countryName ?? ""}</td>
                <td className={`${CELL} text-right tabular-nums`}>{juror.sheetCount}</td>
                <td className={`${CELL} text-right tabular-nums`}>{formatScore(juror.mean)}</td>
                <td className={`${CELL} text-right tabular-nums`}>{formatScore(juror.standardDeviation)}</td>
                <td className={CELL}>{words.describeNormalisation(juror.fallback)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
