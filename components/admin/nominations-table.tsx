import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import type { AdminNominationRow } from "@/lib/nominations/admin-queries";
import type { NominationSort, SortDirection } from "@/lib/validation/admin-nominations";
import { EligibilityDecision, type DecideEligibilityAction } from "./eligibility-decision";
import { formatCountryName } from "@/lib/format/country-name";
import { formatEditionMoment } from "@/lib/format/edition-time";
import { ReopenNominationButton, type ReopenNominationAction } from "./reopen-nomination-button";
import { STATE_TONES } from "./state-labels";
import type { Locale } from "@/lib/i18n/locales";

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
  const t = useTranslations("nominationsAdmin.table");
  if (!sort || !sorting) return <th scope="col" className="px-4 py-3">{label}</th>;
  const isCurrent = sorting.sort === sort;
  return (
    <th scope="col" className="px-4 py-3" aria-sort={isCurrent ? (sorting.dir === "asc" ? "ascending" : "descending") : undefined}>
      <Link href={sorting.getHref(sort)} className="inline-flex items-center gap-1 text-brand-700 hover:underline">
        {label}
        <span aria-hidden="true">{isCurrent ? (sorting.dir === "asc" ? "▲" : "▼") : ""}</span>
        <span className="sr-only">{isCurrent ? (sorting.dir === "asc" ? t("sortedAscending") : t("sortedDescending")) : t("sortBy")}</span>
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
  const t = useTranslations("nominationsAdmin.table");
  const labels = useTranslations("nomination");
  const reasons = useTranslations("nominationsAdmin.reason");
  const locale = useLocale() as Locale;
  const hasActions = Boolean(decide || reopen);
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{t("caption")}</caption>
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            <ColumnHeader label={t("country")} sort="country" sorting={sorting} />
            <ColumnHeader label={t("title")} sort="title" sorting={sorting} />
            <ColumnHeader label={t("state")} sort="state" sorting={sorting} />
            <ColumnHeader label={t("submitted")} sort="submitted" sorting={sorting} />
            <ColumnHeader label={t("lastSaved")} sort="saved" sorting={sorting} />
            {hasActions && <ColumnHeader label={decide ? t("eligibility") : t("actions")} />}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {nominations.map((nomination) => (
            <tr key={nomination.id} className="align-top">
              <td className="px-4 py-3">
                {formatCountryName(nomination.countryCode, nomination.countryName, locale)} <span className="text-slate-500">({nomination.countryCode})</span>
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
                  {labels(`kind.${nomination.kind}`)}
                  {nomination.reference && ` · ${nomination.reference}`}
                </span>
              </th>
              <td className="px-4 py-3">
                <span className={`inline-block rounded-full px-2.5 py-0.5 text-xs font-semibold ${STATE_TONES[nomination.state]}`}>
                  {labels(`state.${nomination.state}`).toLowerCase()}
                </span>
                {nomination.state === "rejected" && nomination.eligibilityReason && (
                  <span className="mt-1 block text-xs text-slate-600">
                    {reasons(nomination.eligibilityReason)}
                    {nomination.eligibilityNote ? `: ${nomination.eligibilityNote}` : ""}
                  </span>
                )}
              </td>
              <td className="min-w-32 px-4 py-3">{formatEditionMoment(nomination.submittedAt, timeZone, { locale })}</td>
              <td className="min-w-32 px-4 py-3">
                {formatEditionMoment(nomination.updatedAt, timeZone, { locale })}
                {nomination.updatedByName && <span className="block text-xs text-slate-500">{t("by", { name: nomination.updatedByName })}</span>}
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
                        {nomination.kind === "additional" ? t("notRanked") : t("notSubmitted")}
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
