import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PeopleFilterForm } from "@/components/people/people-filters";
import { PeopleTable } from "@/components/people/people-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db/client";
import { authorizeGlobal } from "@/lib/access/policy";
import { requirePageUser } from "@/lib/auth/session";
import { listPeople } from "@/lib/people/directory-queries";
import { peopleFiltersSchema, type PeopleFilters } from "@/lib/validation/people";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("peopleAdmin"))("metaTitle") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function toQuery(filters: PeopleFilters, page: number): string {
  const params = new URLSearchParams();
  if (filters.q) params.set("q", filters.q);
  if (filters.role) params.set("role", filters.role);
  if (filters.status) params.set("status", filters.status);
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `/admin/people?${query}` : "/admin/people";
}

/** The directory: every person, their roles per edition and the state of their account, searched and paged in SQL. */
export default async function PeoplePage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requirePageUser("/admin/people");
  if (!authorizeGlobal(user, "people.read").ok) forbidden();
  const raw = await searchParams;
  const filters = peopleFiltersSchema.parse({ q: raw.q, role: raw.role || undefined, status: raw.status || undefined, page: raw.page });
  const result = await listPeople({ db: getDb(), viewer: user, filters });
  const isFiltered = Boolean(filters.q || filters.role || filters.status);
  const t = await getTranslations("peopleAdmin");

  return (
    <div>
      <PageHeader title={t("title")} description={t("description")}>
        <span className="flex gap-4 text-sm">
          <Link href="/admin/people/invite" className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-900">
            {t("inviteSomeone")}
          </Link>
          <Link href="/admin" className="self-center font-medium text-brand-700 hover:underline">
            {t("backToSecretariat")}
          </Link>
        </span>
      </PageHeader>
      <PeopleFilterForm filters={filters} />
      {result.people.length === 0 ? (
        <EmptyState title={isFiltered ? t("noMatch") : t("noPeople")}>
          {isFiltered ? (
            <Link href="/admin/people" className="font-medium text-brand-700 hover:underline">
              {t("showEveryone")}
            </Link>
          ) : (
            t("inviteFirst")
          )}
        </EmptyState>
      ) : (
        <>
          <PeopleTable people={result.people} />
          <nav aria-label={t("pagesLabel")} className="mt-4 flex items-center justify-between text-sm">
            <span className="text-slate-600">
              {t("pageOf", { page: result.page, pageCount: result.pageCount, total: result.total })}
            </span>
            <span className="flex gap-4">
              {result.page > 1 && (
                <Link href={toQuery(filters, result.page - 1)} className="font-medium text-brand-700 hover:underline">
                  {t("previousPage")}
                </Link>
              )}
              {result.page < result.pageCount && (
                <Link href={toQuery(filters, result.page + 1)} className="font-medium text-brand-700 hover:underline">
                  {t("nextPage")}
                </Link>
              )}
            </span>
          </nav>
        </>
      )}
    </div>
  );
}
