import { useLocale, useTranslations } from "next-intl";
import { formatEditionMoment } from "@/lib/format/edition-time";
import { formatCountryName } from "@/lib/format/country-name";
import type { Locale } from "@/lib/i18n/locales";
import type { EditionConflict } from "@/lib/jury/conflict-queries";
import { DataTable } from "@/components/ui/data-table";

/** Every conflict of interest of an edition with its source, reason and when it was recorded. */
export function ConflictsTable({ conflicts, timeZone }: { conflicts: readonly EditionConflict[]; timeZone: string }) {
  const t = useTranslations("juryAdmin");
  const locale = useLocale() as Locale;
  return (
    <DataTable caption={t("conflictsTable.caption")} columns={[t("conflictsTable.juror"), t("conflictsTable.dossier"), t("conflictsTable.source"), t("conflictsTable.reason"), t("conflictsTable.recorded")]}>
          {conflicts.map((conflict) => (
            <tr key={conflict.id} className="align-top">
              <th scope="row" className="px-4 py-3 font-medium">
                {conflict.jurorName}
                {conflict.jurorCountryName && <span className="block text-xs font-normal text-slate-500">{conflict.jurorCountryName}</span>}
              </th>
              <td className="px-4 py-3">
                {formatCountryName(conflict.nominationCountryCode, conflict.nominationCountryName, locale)}
                <span className="block text-xs text-slate-500">{conflict.nominationTitle}</span>
              </td>
              <td className="px-4 py-3">{t(`conflictSource.${conflict.source}`)}</td>
              <td className="px-4 py-3">{conflict.reason || "—"}</td>
              <td className="px-4 py-3">
                {formatEditionMoment(conflict.createdAt, timeZone, { locale })}
                {conflict.createdByName && <span className="block text-xs text-slate-500">{t("conflictsTable.by", { name: conflict.createdByName })}</span>}
              </td>
            </tr>
          ))}
    </DataTable>
  );
}
