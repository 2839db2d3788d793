import Link from "next/link";
import { INPUT_CLASS } from "@/components/ui/field";
import { INVITE_ROLE_LABELS, INVITE_ROLES } from "@/lib/people/role-labels";
import { PEOPLE_STATUSES, type PeopleFilters } from "@/lib/validation/people";
import { STATUS_LABELS } from "./status-badge";

/** The directory's search and filters: a plain GET form, so every filter lives in the URL and works without script. */
export function PeopleFilterForm({ filters }: { filters: PeopleFilters }) {
  return (
    <form method="get" action="/admin/people" role="search" aria-label="Search people" className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-4 sm:items-end">
      <div className="sm:col-span-2">
        <label htmlFor="people-q" className="block text-sm font-semibold text-slate-800">
          Name or email
        </label>
        <input id="people-q" name="q" type="search" defaultValue={filters.q} className={INPUT_CLASS} />
      </div>
      <div>
        <label htmlFor="people-role" className="block text-sm font-semibold text-slate-800">
          Role
        </label>
        <select id="people-role" name="role" defaultValue={filters.role ?? ""} className={INPUT_CLASS}>
          <option value="">Any role</option>
          {INVITE_ROLES.map((role) => (
            <option key={role} value={role}>
              {INVITE_ROLE_LABELS[role]}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="people-status" className="block text-sm font-semibold text-slate-800">
          Status
        </label>
        <select id="people-status" name="status" defaultValue={filters.status ?? ""} className={INPUT_CLASS}>
          <option value="">Any status</option>
          {PEOPLE_STATUSES.map((status) => (
            <option key={status} value={status}>
              {STATUS_LABELS[status]}
            </option>
          ))}
        </select>
      </div>
      <div className="flex gap-3 sm:col-span-4">
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-900">
          Search
        </button>
        <Link href="/admin/people" className="self-center text-sm font-medium text-brand-700 hover:underline">
          Clear
        </Link>
      </div>
    </form>
  );
}
