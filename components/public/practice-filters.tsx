import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Field, INPUT_CLASS } from "@/components/ui/field";
import { OUTCOMES, OUTCOME_LABELS } from "@/lib/practices/outcome";
import type { PracticeFacets } from "@/lib/practices/queries";
import type { PracticeFilters } from "@/lib/validation/practice-filters";

const TEXT = {
  legend: "Search the good practices",
  words: "Words",
  wordsHint: "In the title, the organisation and the description. Use quotes for a phrase.",
  year: "Year",
  country: "Country",
  theme: "Theme",
  outcome: "Outcome",
  any: "Any",
  search: "Search",
  clear: "Clear all filters",
};

/**
 * The catalogue's search form: a plain GET form, so the filters land in the URL (a link to share) and it works
 * without JavaScript. Sending it starts again from page 1.
 */
export function PracticeFiltersForm({ filters, facets }: { filters: PracticeFilters; facets: PracticeFacets }) {
  return (
    <form method="get" action="/practices" role="search" aria-label={TEXT.legend} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <Field id="practice-q" label={TEXT.words} hint={TEXT.wordsHint}>
        <input id="practice-q" name="q" type="search" defaultValue={filters.q ?? ""} aria-describedby="practice-q-hint" className={INPUT_CLASS} />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <FilterSelect name="year" label={TEXT.year} value={filters.year} options={facets.years.map((y) => ({ value: String(y.year), label: `${y.year} (${y.count})` }))} />
        <FilterSelect name="country" label={TEXT.country} value={filters.country} options={facets.countries.map((c) => ({ value: c.code, label: `${c.name} (${c.count})` }))} />
        <FilterSelect name="theme" label={TEXT.theme} value={filters.theme} options={facets.themes.map((t) => ({ value: t.theme, label: `${t.theme} (${t.count})` }))} />
        <FilterSelect name="outcome" label={TEXT.outcome} value={filters.outcome} options={OUTCOMES.map((o) => ({ value: o, label: OUTCOME_LABELS[o] }))} />
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit">{TEXT.search}</Button>
        <Link href="/practices" className="text-sm font-medium text-brand-700 underline">
          {TEXT.clear}
        </Link>
      </div>
    </form>
  );
}

/** One filter of the form: "Any" first, then each value the catalogue holds. */
function FilterSelect({ name, label, value, options }: { name: string; label: string; value: string | number | undefined; options: { value: string; label: string }[] }) {
  const id = `practice-${name}`;
  return (
    <Field id={id} label={label}>
      <select id={id} name={name} defaultValue={value ?? ""} className={INPUT_CLASS}>
        <option value="">{TEXT.any}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Field>
  );
}
