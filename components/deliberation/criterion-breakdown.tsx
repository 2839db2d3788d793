import Link from "next/link";
import { useTranslations } from "next-intl";
import { formatScore } from "@/components/admin/format";
import type { DeliberationModel, DossierView } from "./view-model";

/**
 * Up to this many sheets on a page every dossier's breakdown is on it, folded; above, the page lists the dossiers and
 * shows the breakdown asked for (a page of 100 dossiers with 20 sheets each was 1.9 MB of HTML in breakdowns alone).
 */
export const BREAKDOWN_SHEET_LIMIT = 400;

const CELL = "px-3 py-1.5";
const NUMBER = `${CELL} text-right tabular-nums`;

function DossierBreakdown({ item, model, isOpen = false }: { item: DossierView; model: DeliberationModel; isOpen?: boolean }) {
  const t = useTranslations("deliberation.breakdown");
  const criterionById = new Map(model.criteria.map((c) => [c.id, c]));
  return (
    <details className="rounded-md border border-slate-200 bg-white" open={isOpen}>
      <summary className="cursor-pointer px-4 py-2 font-medium">
        {t("summary", { country: item.countryName, title: item.title })}
      </summary>
      <div className="grid gap-4 px-4 pb-4 pt-2 lg:grid-cols-2">
        <table className="text-sm">
          <caption className="pb-1 text-left text-slate-600">{t("meanPerCriterion", { country: item.countryName })}</caption>
          <thead className="text-slate-700">
            <tr>
              <th scope="col" className={`${CELL} text-left`}>{t("criterion")}</th>
              <th scope="col" className={`${CELL} text-right`}>{t("weight")}</th>
              <th scope="col" className={`${CELL} text-right`}>{t("mean")}</th>
              <th scope="col" className={`${CELL} text-right`}>{t("minMax")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {item.dossier.criteria.map((c) => (
              <tr key={c.criterionId}>
                <th scope="row" className={`${CELL} text-left font-normal`}>
                  {c.position}. {criterionById.get(c.criterionId)?.title}
                </th>
                <td className={NUMBER}>{criterionById.get(c.criterionId)?.weight}</td>
                <td className={`${NUMBER} font-semibold`}>{formatScore(c.mean)}</td>
                <td className={`${NUMBER} whitespace-nowrap`}>
                  {c.min}–{c.max}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <table className="text-sm">
          <caption className="pb-1 text-left text-slate-600">
            {t("perJuror", { country: item.countryName, count: item.dossier.topMarks })}
          </caption>
          <thead className="text-slate-700">
            <tr>
              <th scope="col" className={`${CELL} text-left`}>{t("juror")}</th>
              <th scope="col" className={`${CELL} text-right`}>{t("score")}</th>
              <th scope="col" className={`${CELL} text-right`}>{t("normalised")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {item.dossier.sheets.map((sheet) => {
              const juror = model.jurorNames.get(sheet.jurorId);
              return (
                <tr key={sheet.jurorId}>
                  <th scope="row" className={`${CELL} text-left font-normal`}>
                    {juror ? `${juror.name} (${juror.countryName})` : t("jurorId", { id: sheet.jurorId })}
                  </th>
                  <td className={NUMBER}>{formatScore(sheet.score)}</td>
                  <td className={NUMBER}>{formatScore(sheet.normalisedScore)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </details>
  );
}

/**
 * Each dossier's scores per criterion and per juror, folded away until asked for; on a page with many sheets, a link
 * per dossier and the breakdown of the one chosen (`selected`, which may be on another page).
 */
export function CriterionBreakdown({ model, selected, getHref }: { model: DeliberationModel; selected?: DossierView; getHref: (dossierId: string) => string }) {
  const t = useTranslations("deliberation.breakdown");
  const sheetCount = model.dossiers.reduce((sum, item) => sum + item.dossier.sheets.length, 0);
  if (sheetCount <= BREAKDOWN_SHEET_LIMIT) {
    return (
      <div className="space-y-2">
        {model.dossiers.map((item) => (
          <DossierBreakdown key={item.id} item={item} model={model} isOpen={item.id === selected?.id} />
        ))}
      </div>
    );
  }
  return (
    <div className="space-y-3">
      {selected && <DossierBreakdown item={selected} model={model} isOpen />}
      <p className="text-sm text-slate-700">{t("choose")}</p>
      <ul className="columns-1 text-sm md:columns-2">
        {model.dossiers.map((item) => (
          <li key={item.id}>
            <Link href={getHref(item.id)} className="text-brand-700 hover:underline" aria-current={item.id === selected?.id ? "true" : undefined}>
              {item[model.officialBasis].place}. {item.countryName} — {item.title}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
