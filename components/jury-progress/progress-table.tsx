import { useTranslations } from "next-intl";
import type { SheetCounts } from "@/lib/jury/progress";

export interface ProgressRow extends SheetCounts {
  key: string | number;
  name: string;
  detail?: string | null;
}

const COLUMNS = ["assigned", "notStarted", "draft", "submitted"] as const;

/** Sheet counts per juror or per dossier, with a total row. */
export function ProgressTable({
  caption,
  nameHeader,
  rows,
  totals,
}: {
  caption: string;
  nameHeader: string;
  rows: readonly ProgressRow[];
  totals: SheetCounts;
}) {
  const t = useTranslations("juryAdmin.progressTable");
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            <th scope="col" className="px-4 py-3">
              {nameHeader}
            </th>
            {COLUMNS.map((column) => (
              <th key={column} scope="col" className="px-4 py-3 text-right">
                {t(column)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {rows.map((row) => {
            const isDone = row.assigned > 0 && row.submitted === row.assigned;
            return (
              <tr key={row.key}>
                <th scope="row" className="px-4 py-3 font-medium">
                  {row.name}
                  {row.detail && <span className="block text-xs font-normal text-slate-500">{row.detail}</span>}
                  {isDone && <span className="block text-xs font-normal text-green-800">{t("complete")}</span>}
                </th>
                {COLUMNS.map((column) => (
                  <td key={column} className="px-4 py-3 text-right tabular-nums">
                    {row[column]}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
        <tfoot className="border-t border-slate-300 bg-slate-50 font-semibold">
          <tr>
            <th scope="row" className="px-4 py-3">
              {t("total")}
            </th>
            {COLUMNS.map((column) => (
              <td key={column} className="px-4 py-3 text-right tabular-nums">
                {totals[column]}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
