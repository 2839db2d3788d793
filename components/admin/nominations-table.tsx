import Link from "next/link";
import type { AdminNominationRow } from "@/lib/nominations/admin-queries";
import type { NominationSort, SortDirection } from "@/lib/validation/admin-nominations";
import { ELIGIBILITY_REASON_LABELS } from "@/lib/validation/eligibility";
import { EligibilityDecision, type DecideEligibilityAction } from "./eligibility-decision";
import { formatEditionMoment } from "@/lib/format/edition-time";
import { ReopenNominationButton, type ReopenNominationAction } from "./reopen-nomination-button";
import { STATE_TONES } from "./state-labels";
import { KIND_LABELS, STATE_LABELS } from "@/components/nomination-labels";

export interface TableSorting {
  sort: NominationSort;
  dir: SortDirection;
  /** The link that sorts by a column: the other direction when it is the current one. */
  getHref: (sort: NominationSort) => string;
}

function isDecidable(nomination: AdminNominationRow): nomination is AdminNominationRow & { state: "submitted" | "accepted" | "rejected" } {
  return nomination.kind === "competing" && ["submitted", "accepted", "rejected"].includes(nomination.state);
}

/** A column header; with sorting, a link that sorts by it, and aria-sort on the column in use. */
function ColumnHeader({ label, sort, sorting }: { label: string; sort?: NominationSort; sorting?: TableSorting }) {
  if (!sort || !sorting) return <th scope="col" className="px-4 py-3">{label}</th>;
  const isCurrent = sorting.sort === sort;
  return (
    <th scope="col" className="px-4 py-3" aria-sort={isCurrent ? (sorting.dir === "asc" ? "ascending" : "descending") : undefined}>
      <Link href={sorting.getHref(sort)} className="inline-flex items-center gap-1 text-brand-700 hover:underline">
        {label}
        <span aria-hidden="true">{isCurrent ? (sorting.dir === "asc" ? "▲" : "▼") : ""}</span>
        <span className="sr-only">{isCurrent ? `, sorted ${sorting.dir === "asc" ? "ascending" : "descending"}` : ", sort by this column"}</span>
      </Link>
    </th>
  );
}

/**
 * Nominations of an edition. With `getDossierHref`, titles link to the whole dossier (the reading desk). While
 * `decide` is given (the eligibility phase), competing dossiers get Accept and Reject; while `reopen` is given,
 * submitted dossiers get Reopen.
 */
export function NominationsTable({
  nominations,
  decide,
  reopen,
  sorting,
  getDossierHref,
  timeZone,
}: {
  nominations: readonly AdminNominationRow[];
  decide?: DecideEligibilityAction;
  reopen?: ReopenNominationAction;
  sorting?: TableSorting;
  getDossierHref?: (nominationId: string) => string;
  /** The edition's zone, in which moments are written. */
  timeZone: string;
}) {
  const hasActions = Boolean(decide || reopen);
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Nominations of this edition</caption>
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            <ColumnHeader label="Country" sort="country" sorting={sorting} />
            <ColumnHeader label="Title" sort="title" sorting={sorting} />
            <ColumnHeader label="State" sort="state" sorting={sorting} />
            <ColumnHeader label="Submitted" sort="submitted" sorting={sorting} />
            <ColumnHeader label="Last saved" sort="saved" sorting={sorting} />
            {hasActions && <ColumnHeader label={decide ? "Eligibility" : "Actions"} />}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {nominations.map((nomination) => (
            <tr key={nomination.id} className="align-top">
              <td className="px-4 py-3">
                {nomination.countryName} <span className="text-slate-500">({nomination.countryCode})</span>
              </td>
              <th scope="row" className="min-w-56 px-4 py-3 font-medium">
                {getDossierHref ? (
                  <Link href={getDossierHref(nomination.id)} className="text-brand-700 hover:underline">
                    {nomination.title}
                  </Link>
                ) : (
                  nomination.title
                )}
                <span className="block text-xs font-normal text-slate-500">
                  {KIND_LABELS[nomination.kind]}
                  {nomination.reference && ` · ${nomination.reference}`}
                </span>
              </th>
              <td className="px-4 py-3">
                <span className={`inline-block rounded-full px-2.5 py-0.5 text-xs font-semibold ${STATE_TONES[nomination.state]}`}>
                  {STATE_LABELS[nomination.state].toLowerCase()}
                </span>
                {nomination.state === "rejected" && nomination.eligibilityReason && (
                  <span className="mt-1 block text-xs text-slate-600">
                    {ELIGIBILITY_REASON_LABELS[nomination.eligibilityReason]}
                    {nomination.eligibilityNote ? `: ${nomination.eligibilityNote}` : ""}
                  </span>
                )}
              </td>
              <td className="min-w-32 px-4 py-3">{formatEditionMoment(nomination.submittedAt, timeZone)}</td>
              <td className="min-w-32 px-4 py-3">
                {formatEditionMoment(nomination.updatedAt, timeZone)}
                {nomination.updatedByName && <span className="block text-xs text-slate-500">by {nomination.updatedByName}</span>}
              </td>
              {hasActions && (
                <td className="space-y-2 px-4 py-3">
                  {decide &&
                    (isDecidable(nomination) ? (
                      <EligibilityDecision
                        key={`${nomination.id}-${nomination.version}`}
                        nominationId={nomination.id}
                        title={nomination.title}
                        state={nomination.state}
                        version={nomination.version}
                        action={decide}
                        dossierHref={getDossierHref?.(nomination.id)}
                      />
                    ) : (
                      <span className="text-slate-500">
                        {nomination.kind === "additional" ? "Not ranked (good practice)" : "Not submitted"}
                      </span>
                    ))}
                  {reopen && nomination.state === "submitted" && (
                    <ReopenNominationButton nominationId={nomination.id} title={nomination.title} action={reopen} />
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
