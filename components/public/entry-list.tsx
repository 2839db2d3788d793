import Link from "next/link";
import { useLocale } from "next-intl";
import { type Locale, withLocaleParam } from "@/lib/i18n/locales";
import type { PublishedEntry } from "@/lib/results/public-queries";
import { CountryLabel } from "./country-label";

/** Every competing entry of an edition: country, title (a link to its page), a short summary, and the place it won if any. */
export function EntryList({ entries, places = {} }: { entries: PublishedEntry[]; places?: Record<string, string> }) {
  const locale = useLocale() as Locale;
  return (
    <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
      {entries.map((entry) => {
        const place = places[entry.id];
        return (
          <li key={entry.id} className="p-4">
            <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm font-semibold text-slate-600">
              <CountryLabel code={entry.country.code} name={entry.country.name} />
              {place && (
                <span className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-semibold uppercase tracking-wide text-amber-900">
                  {place}
                </span>
              )}
            </p>
            <h3 className="mt-0.5 break-words font-bold text-slate-900">
              <Link href={withLocaleParam(`/practices/${entry.id}`, locale)} className="text-brand-900 underline-offset-2 hover:underline">
                {entry.title}
              </Link>
            </h3>
            {entry.summary && <p className="mt-1 break-words text-sm text-slate-700">{entry.summary}</p>}
          </li>
        );
      })}
    </ul>
  );
}
