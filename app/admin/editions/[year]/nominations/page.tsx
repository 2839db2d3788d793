import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { NominationFilters } from "@/components/admin/nomination-filters";
import { ListPageLinks } from "@/components/admin/list-page-links";
import { NominationsTable } from "@/components/admin/nominations-table";
import { NotSubmittedList } from "@/components/admin/not-submitted-list";
import { StateCounts } from "@/components/admin/state-counts";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireAdminEditionPage } from "@/lib/auth/admin-edition-page";
import { countNominationsByState, listAdminNominationsPage, listMemberStatesProgress } from "@/lib/nominations/admin-queries";
import { isPhaseReached } from "@/lib/domain/phases";
import { getDefaultDirection, getNominationListHref, nominationListQuerySchema, type NominationSort } from "@/lib/validation/admin-nominations";
import { decideEligibilityAction, reopenNominationAction } from "../actions";

type Params = Promise<{ year: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { year } = await params;
  const t = await getTranslations("nominationsAdmin.list");
  return { title: t("metaTitle", { year }) };
}

export default async function AdminNominationsPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { year: yearParam } = await params;
  const path = `/admin/editions/${encodeURIComponent(yearParam)}/nominations`;
  const page = await requireAdminEditionPage(yearParam, path, "nomination.list-all");
  const { user, db, edition } = page;

  const t = await getTranslations("nominationsAdmin.list");
  const query = nominationListQuerySchema.parse(await searchParams);
  const [{ rows: nominations, next, matching }, counts, memberStates] = await Promise.all([
    listAdminNominationsPage({ db, viewer: user, edition, query }),
    countNominationsByState({ db, viewer: user, edition }),
    listMemberStatesProgress({ db, viewer: user, edition }),
  ]);
  const dir = query.dir ?? getDefaultDirection(query.sort);
  // Sorting and filtering start again from the first page; only the page links carry a cursor.
  const firstPage = { ...query, after: undefined };
  const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
  const countries = memberStates.map((row) => ({ code: row.countryCode, name: row.countryName }));
  // A former member state's nomination can still be filtered on from a link.
  if (query.country && !countries.some((c) => c.code === query.country)) countries.push({ code: query.country, name: query.country });
  const sorting = {
    sort: query.sort,
    dir,
    getHref: (sort: NominationSort) =>
      getNominationListHref(path, { ...firstPage, sort, dir: sort === query.sort ? (dir === "asc" ? "desc" : "asc") : undefined }),
  };

  return (
    <div className="space-y-8">
      <PageHeader title={t("title", { year: edition.year })} description={t("description", { theme: edition.theme })}>
        <Link href={`/admin/editions/${edition.year}`} className="text-sm font-medium text-brand-700 hover:underline">
          {t("back", { year: edition.year })}
        </Link>
      </PageHeader>

      <section aria-labelledby="list-heading" className="space-y-4">
        <h2 id="list-heading" className="text-lg font-semibold">
          {t("heading", { count: total })}
        </h2>
        <StateCounts counts={counts} getHref={(state) => getNominationListHref(path, { ...firstPage, state })} />
        <NominationFilters action={path} query={firstPage} countries={countries} />
        {total === 0 ? (
          isPhaseReached(edition.phase, "eligibility") ? (
            <EmptyState title={t("emptyClosed", { year: edition.year })} />
          ) : (
            <EmptyState title={t("emptyTitle")}>{t("emptyBody")}</EmptyState>
          )
        ) : nominations.length === 0 ? (
          <EmptyState title={t("noMatch")}>
            <Link href={path} className="font-medium text-brand-700 hover:underline">
              {t("showAll")}
            </Link>
          </EmptyState>
        ) : (
          <>
            <p className="text-sm text-slate-600">
              {matching === total ? t("showing", { shown: nominations.length, matching }) : t("showingFiltered", { shown: nominations.length, matching, total })}
            </p>
            <NominationsTable
              nominations={nominations}
              sorting={sorting}
              decide={edition.phase === "eligibility" ? decideEligibilityAction : undefined}
              reopen={edition.phase === "nominations_open" ? reopenNominationAction : undefined}
              getDossierHref={(id) => `/admin/editions/${edition.year}/nominations/${id}`}
              timeZone={edition.timeZone}
            />
            <ListPageLinks
              firstHref={query.after ? getNominationListHref(path, firstPage) : undefined}
              nextHref={next ? getNominationListHref(path, { ...query, sort: query.sort, dir, after: next }) : undefined}
            />
          </>
        )}
      </section>

      <NotSubmittedList
        rows={memberStates.filter((row) => row.progress !== "submitted")}
        isClosed={isPhaseReached(edition.phase, "eligibility")}
        getCountryHref={(countryCode) => getNominationListHref(path, { country: countryCode })}
        timeZone={edition.timeZone}
      />
    </div>
  );
}
