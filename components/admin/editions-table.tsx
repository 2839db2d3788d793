import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import type { NominationCounts } from "@/lib/editions/queries";
import type { Phase } from "@/lib/domain/phases";
import { PhaseBadge } from "./phase-badge";
import { STATE_ORDER } from "./state-labels";
import { DataTable } from "@/components/ui/data-table";
import { formatCountryName } from "@/lib/format/country-name";
import type { Locale } from "@/lib/i18n/locales";

export interface EditionListItem {
  year: number;
  theme: string;
  phase: Phase;
  presidencyCountryCode?: string;
  presidencyCountryName: string;
  counts: NominationCounts;
}

function NominationCountsCell({ counts }: { counts: NominationCounts }) {
  const t = useTranslations("editionsAdmin.table");
  const states = useTranslations("nomination.state");
  const present = STATE_ORDER.filter((state) => counts[state] > 0);
  if (present.length === 0) return <span className="text-slate-500">{t("noneYet")}</span>;
  return (
    <ul className="flex flex-wrap gap-x-3 gap-y-1">
      {present.map((state) => (
        <li key={state}>
          <span className="font-semibold">{counts[state]}</span> {states(state).toLowerCase()}
        </li>
      ))}
    </ul>
  );
}

/** The secretariat's list of editions, each linking to its page. */
export function EditionsTable({ editions }: { editions: readonly EditionListItem[] }) {
  const t = useTranslations("editionsAdmin.table");
  const locale = useLocale() as Locale;
  return (
    <DataTable caption={t("caption")} columns={[t("year"), t("theme"), t("phase"), t("nominations")]}>
          {editions.map((edition) => (
            <tr key={edition.year}>
              <th scope="row" className="px-4 py-3 font-semibold">
                <Link href={`/admin/editions/${edition.year}`} className="text-brand-700 hover:underline">
                  {edition.year}
                </Link>
              </th>
              <td className="px-4 py-3">
                {edition.theme}
                <span className="block text-xs text-slate-500">
                  {t("presidency", { country: edition.presidencyCountryCode ? formatCountryName(edition.presidencyCountryCode, edition.presidencyCountryName, locale) : edition.presidencyCountryName })}
                </span>
              </td>
              <td className="px-4 py-3">
                <PhaseBadge phase={edition.phase} />
              </td>
              <td className="px-4 py-3">
                <NominationCountsCell counts={edition.counts} />
              </td>
            </tr>
          ))}
    </DataTable>
  );
}
