import { useTranslations } from "next-intl";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { INPUT_CLASS } from "@/components/ui/field";
import type { NominationListQuery } from "@/lib/validation/admin-nominations";
import { STATE_ORDER } from "./state-labels";

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
        <select id="filter-country" name="country" defaultValue={query.country ?? ""} className={INPUT_CLASS}>
          <option value="">{t("allCountries")}</option>
          {countries.map((country) => (
            <option key={country.code} value={country.code}>
              {country.name}
            </option>
          ))}
        </select>
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
