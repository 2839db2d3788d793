import Link from "next/link";
import type { MemberStateRow } from "@/lib/nominations/admin-queries";
import { EmptyState } from "@/components/ui/empty-state";
import { formatEditionMoment } from "@/lib/format/edition-time";

/**
 * The member states with no submitted competing nomination: those with a draft ("draft in progress", last
 * saved when and by whom) apart from those that have started nothing.
 */
export function NotSubmittedList({
  rows,
  isClosed,
  getCountryHref,
  timeZone,
}: {
  rows: readonly MemberStateRow[];
  /** Once nominations have closed, the list reads as who did not submit. */
  isClosed: boolean;
  getCountryHref: (countryCode: string) => string;
  /** The edition's zone, in which moments are written. */
  timeZone: string;
}) {
  const drafts = rows.filter((row) => row.progress === "draft");
  const idle = rows.filter((row) => row.progress === "none");
  const title = isClosed ? "Did not submit" : "Not submitted yet";
  return (
    <section aria-labelledby="not-submitted-heading" className="space-y-3">
      <h2 id="not-submitted-heading" className="text-lg font-semibold">
        {title} ({drafts.length + idle.length})
      </h2>
      <p className="text-sm text-slate-600">Member states at the submission deadline with no submitted competing nomination.</p>
      {drafts.length + idle.length === 0 ? (
        <EmptyState title="Every member state has submitted">Each member state has a submitted competing nomination.</EmptyState>
      ) : (
        <div className="grid gap-4 md:grid-cols-2">
          <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <h3 className="font-semibold">Draft in progress ({drafts.length})</h3>
            {drafts.length === 0 ? (
              <p className="mt-2 text-sm text-slate-600">No country has an unsubmitted draft.</p>
            ) : (
              <ul className="mt-2 space-y-2 text-sm">
                {drafts.map((row) => (
                  <li key={row.countryCode}>
                    <Link href={getCountryHref(row.countryCode)} className="font-medium text-brand-700 hover:underline">
                      {row.countryName}
                    </Link>
                    <span className="block text-slate-600">
                      {row.title} · last saved {formatEditionMoment(row.updatedAt, timeZone)}
                      {row.updatedByName ? ` by ${row.updatedByName}` : ""}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </div>
          <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <h3 className="font-semibold">Nothing started ({idle.length})</h3>
            {idle.length === 0 ? (
              <p className="mt-2 text-sm text-slate-600">Every member state has at least started a draft.</p>
            ) : (
              <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
                {idle.map((row) => (
                  <li key={row.countryCode}>{row.countryName}</li>
                ))}
              </ul>
            )}
          </div>
        </div>
      )}
    </section>
  );
}
