import { useTranslations } from "next-intl";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { INPUT_CLASS } from "@/components/ui/field";
import type { NominationListQuery } from "@/lib/validation/admin-nominations";
import { STATE_ORDER } from "./state-labels";

/**
 * Past this many member states (a network of regions or cities) the country is typed as its code: a list of
 * thousands of choices is no help to choose from and was most of the page (10,000 regions: about 600 KB).
 */
export const COUNTRY_CHOICE_LIMIT = 60;

/**
 * Filters by country and state as a plain GET form, so every filtered view is a link that can be shared.
 * The current sort travels along in hidden fields.
 */
export function NominationFilters({
  action,
  query,
  countries,
}: {
  /** The list's own path. */
  action: string;
  query: NominationListQuery;
  countries: readonly { code: string; name: string }[];
}) {
  const t = useTranslations("nominationsAdmin.filters");
  const states = useTranslations("nomination.state");
  const isFiltered = Boolean(query.country || query.state);
  return (
    <form method="get" action={action} role="search" aria-label={t("label")} className="flex flex-wrap items-end gap-3">
      <div className="space-y-1">
        <label htmlFor="filter-country" className="block text-sm font-semibold text-slate-800">
          {t("country")}
        </label>
        {countries.length > COUNTRY_CHOICE_LIMIT ? (
          <>
            <input
              id="filter-country"
              name="country"
              type="text"
              defaultValue={query.country ?? ""}
              maxLength={2}
              autoComplete="off"
              spellCheck={false}
              aria-describedby="filter-country-hint"
              className={`${INPUT_CLASS} w-24 uppercase`}
            />
            <p id="filter-country-hint" className="max-w-xs text-xs text-slate-600">
              {t("countryCodeHint", { count: countries.length, example: countries[0]!.code })}
            </p>
          </>
        ) : (
          <select id="filter-country" name="country" defaultValue={query.country ?? ""} className={INPUT_CLASS}>
            <option value="">{t("allCountries")}</option>
            {countries.map((country) => (
              <option key={country.code} value={country.code}>
                {country.name}
              </option>
            ))}
          </select>
        )}
      </div>
      <div className="space-y-1">
        <label htmlFor="filter-state" className="block text-sm font-semibold text-slate-800">
          {t("state")}
        </label>
        <select id="filter-state" name="state" defaultValue={query.state ?? ""} className={INPUT_CLASS}>
          <option value="">{t("allStates")}</option>
          {STATE_ORDER.map((state) => (
            <option key={state} value={state}>
              {states(state)}
            </option>
          ))}
        </select>
      </div>
      <input type="hidden" name="sort" value={query.sort} />
      {query.dir && <input type="hidden" name="dir" value={query.dir} />}
      <Button type="submit">{t("apply")}</Button>
      {isFiltered && (
        <Link href={action} className="py-2 text-sm font-medium text-brand-700 hover:underline">
          {t("clear")}
        </Link>
      )}
    </form>
  );
}
