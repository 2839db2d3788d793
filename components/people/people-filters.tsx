import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { INPUT_CLASS } from "@/components/ui/field";
import { INVITE_ROLES } from "@/lib/people/role-labels";
import { PEOPLE_STATUSES, type PeopleFilters } from "@/lib/validation/people";

/** The directory's search and filters: a plain GET form, so every filter lives in the URL and works without script. */
export async function PeopleFilterForm({ filters }: { filters: PeopleFilters }) {
  const t = await getTranslations("peopleAdmin");
  return (
    <form method="get" action="/admin/people" role="search" aria-label={t("filters.label")} className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-4 sm:items-end">
      <div className="sm:col-span-2">
        <label htmlFor="people-q" className="block text-sm font-semibold text-slate-800">
          {t("filters.query")}
        </label>
        <input id="people-q" name="q" type="search" defaultValue={filters.q} className={INPUT_CLASS} />
      </div>
      <div>
        <label htmlFor="people-role" className="block text-sm font-semibold text-slate-800">
          {t("filters.role")}
        </label>
        <select id="people-role" name="role" defaultValue={filters.role ?? ""} className={INPUT_CLASS}>
          <option value="">{t("filters.anyRole")}</option>
          {INVITE_ROLES.map((role) => (
            <option key={role} value={role}>
              {t(`roleLabels.${role}`)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="people-status" className="block text-sm font-semibold text-slate-800">
          {t("filters.status")}
        </label>
        <select id="people-status" name="status" defaultValue={filters.status ?? ""} className={INPUT_CLASS}>
          <option value="">{t("filters.anyStatus")}</option>
          {PEOPLE_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`statusLabels.${status}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="flex gap-3 sm:col-span-4">
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-900">
          {t("filters.search")}
        </button>
        <Link href="/admin/people" className="self-center text-sm font-medium text-brand-700 hover:underline">
          {t("filters.clear")}
        </Link>
      </div>
    </form>
  );
}
