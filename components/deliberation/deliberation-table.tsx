import { useTranslations } from "next-intl";
import { formatScore } from "@/components/admin/format";
import { useRankingWords } from "./ranking-words";
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
  const t = useTranslations("deliberation.table");
  const words = useRankingWords();
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="w-full text-left text-sm">
        <caption className="px-4 py-3 text-left text-slate-600">
          {t.rich("caption", { threshold: formatScore(spreadThreshold), strong: (chunks) => <strong>{chunks}</strong> })}
        </caption>
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            <th scope="col" className={CELL}>{t("place")}</th>
            <th scope="col" className={CELL}>{t("country")}</th>
            <th scope="col" className={CELL}>{t("title")}</th>
            <th scope="col" className={`${CELL} text-right`}>{t("rawMean")}</th>
            <th scope="col" className={`${CELL} text-right`}>{t("rawRank")}</th>
            <th scope="col" className={`${CELL} text-right`}>{t("normalised")}</th>
            <th scope="col" className={`${CELL} text-right`}>{t("normalisedRank")}</th>
            <th scope="col" className={`${CELL} text-right`}>{t("median")}</th>
            <th scope="col" className={`${CELL} text-right`}>
              <abbr title={t("standardDeviation")}>{t("sd")}</abbr>
            </th>
            <th scope="col" className={`${CELL} text-right`}>{t("minMax")}</th>
            <th scope="col" className={`${CELL} text-right`}>{t("sheets")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {model.dossiers.map((item) => {
            const official = item[model.officialBasis];
            const note = words.describePlace(official.decidedBy, model.deciderRoles);
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
                  {item.raw.tiedWith.length > 0 && <span className="ml-1 text-xs text-amber-900">{t("tie")}</span>}
                </td>
                <td className={NUMBER}>{formatScore(item.dossier.normalised.mean)}</td>
                <td className={NUMBER}>
                  {item.normalised.rank}
                  {item.normalised.tiedWith.length > 0 && <span className="ml-1 text-xs text-amber-900">{t("tie")}</span>}
                </td>
                <td className={NUMBER}>{formatScore(item.dossier.raw.median)}</td>
                <td className={NUMBER}>
                  {formatScore(item.dossier.raw.standardDeviation)}
                  {item.dossier.isSpreadFlagged && (
                    <span className="ml-2 whitespace-nowrap rounded-full bg-red-100 px-2 py-0.5 text-xs font-semibold text-red-900">
                      {t("strongDisagreement")}
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
                {t("noSheet")}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
