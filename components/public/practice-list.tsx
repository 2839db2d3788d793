import Link from "next/link";
import { useLocale } from "next-intl";
import { type Locale, withLocaleParam } from "@/lib/i18n/locales";
import type { PracticeSummary } from "@/lib/practices/queries";
import { CountryLabel } from "./country-label";
import { OutcomeBadge } from "./outcome-badge";

/** One page of the catalogue: each entry's year, country, outcome, title (a link to its page), organisation and summary. */
export function PracticeList({ practices }: { practices: PracticeSummary[] }) {
  const locale = useLocale() as Locale;
  return (
    <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
      {practices.map((practice) => (
        <li key={practice.id} className="p-4">
          <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm font-semibold text-slate-600">
            <span>{practice.year}</span>
            <CountryLabel code={practice.country.code} name={practice.country.name} />
            <OutcomeBadge outcome={practice.outcome} rank={practice.rank} />
          </p>
          <h3 className="mt-0.5 break-words font-bold text-slate-900">
            <Link href={withLocaleParam(`/practices/${practice.id}`, locale)} className="text-brand-900 underline-offset-2 hover:underline">
              {practice.title}
            </Link>
          </h3>
          {practice.organisation && <p className="text-sm text-slate-700">{practice.organisation}</p>}
          {practice.summary && <p className="mt-1 break-words text-sm text-slate-700">{practice.summary}</p>}
        </li>
      ))}
    </ul>
  );
}
