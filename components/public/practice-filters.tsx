import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field, INPUT_CLASS } from "@/components/ui/field";
import { formatCountryName } from "@/lib/format/country-name";
import { DEFAULT_LOCALE, LOCALE_PARAM, type Locale, withLocaleParam } from "@/lib/i18n/locales";
import { OUTCOMES } from "@/lib/practices/outcome";
import type { PracticeFacets } from "@/lib/practices/queries";
import type { PracticeFilters } from "@/lib/validation/practice-filters";

/**
 * The catalogue's search form: a plain GET form, so the filters land in the URL (a link to share) and it works
 * without JavaScript. Sending it starts again from page 1.
 */
export function PracticeFiltersForm({ filters, facets }: { filters: PracticeFilters; facets: PracticeFacets }) {
  const t = useTranslations("practices");
  const locale = useLocale() as Locale;
  return (
    <form method="get" action="/practices" role="search" aria-label={t("filters.legend")} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      {/* The search keeps the page's language in its URL, as the links do. */}
      {locale !== DEFAULT_LOCALE && <input type="hidden" name={LOCALE_PARAM} value={locale} />}
      <Field id="practice-q" label={t("filters.words")} hint={t("filters.wordsHint")}>
        <input id="practice-q" name="q" type="search" defaultValue={filters.q ?? ""} aria-describedby="practice-q-hint" className={INPUT_CLASS} />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <FilterSelect name="year" label={t("filters.year")} anyLabel={t("filters.any")} value={filters.year} options={facets.years.map((y) => ({ value: String(y.year), label: `${y.year} (${y.count})` }))} />
        <FilterSelect
          name="country"
          label={t("filters.country")}
          anyLabel={t("filters.any")}
          value={filters.country}
          options={facets.countries.map((c) => ({ value: c.code, label: `${formatCountryName(c.code, c.name, locale)} (${c.count})` }))}
        />
        <FilterSelect name="theme" label={t("filters.theme")} anyLabel={t("filters.any")} value={filters.theme} options={facets.themes.map((f) => ({ value: f.theme, label: `${f.theme} (${f.count})` }))} />
        <FilterSelect name="outcome" label={t("filters.outcome")} anyLabel={t("filters.any")} value={filters.outcome} options={OUTCOMES.map((o) => ({ value: o, label: t(`outcome.${o}`) }))} />
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit">{t("filters.search")}</Button>
        <Link href={withLocaleParam("/practices", locale)} className="text-sm font-medium text-brand-700 underline">
          {t("filters.clear")}
        </Link>
      </div>
    </form>
  );
}

/** One filter of the form: "Any" first, then each value the catalogue holds. */
function FilterSelect({
  name,
  label,
  anyLabel,
  value,
  options,
}: {
  name: string;
  label: string;
  anyLabel: string;
  value: string | number | undefined;
  options: { value: string; label: string }[];
}) {
  const id = `practice-${name}`;
  return (
    <Field id={id} label={label}>
      <select id={id} name={name} defaultValue={value ?? ""} className={INPUT_CLASS}>
        <option value="">{anyLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Field>
  );
}
