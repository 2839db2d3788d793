import { useTranslations } from "next-intl";
import type { RubricCriterionRow } from "@/lib/editions/rubric-queries";

/** The rubric as jurors will score it, read-only: order, title, guidance, weight, scale and comment rule. */
export function RubricTable({ criteria }: { criteria: readonly RubricCriterionRow[] }) {
  const t = useTranslations("rubricAdmin.table");
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{t("caption")}</caption>
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            <th scope="col" className="px-4 py-3">#</th>
            <th scope="col" className="px-4 py-3">{t("criterion")}</th>
            <th scope="col" className="px-4 py-3">{t("weight")}</th>
            <th scope="col" className="px-4 py-3">{t("scale")}</th>
            <th scope="col" className="px-4 py-3">{t("comment")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {criteria.map((criterion) => (
            <tr key={criterion.id} className="align-top">
              <td className="px-4 py-3 font-semibold">{criterion.position}</td>
              <th scope="row" className="px-4 py-3 font-normal">
                <span className="block font-semibold text-slate-900">{criterion.title}</span>
                {criterion.guidance && <span className="mt-1 block text-slate-600">{criterion.guidance}</span>}
              </th>
              <td className="px-4 py-3">{criterion.weight}</td>
              <td className="whitespace-nowrap px-4 py-3">
                {criterion.scaleMin}–{criterion.scaleMax}
              </td>
              <td className="px-4 py-3">{criterion.isCommentRequired ? t("required") : t("optional")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
