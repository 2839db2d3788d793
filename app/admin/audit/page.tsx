import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { AuditFilters } from "@/components/audit/audit-filters";
import { AuditTable } from "@/components/audit/audit-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db/client";
import { authorizeGlobal } from "@/lib/access/policy";
import { toAuditLine } from "@/lib/audit/format";
import { AUDIT_TIME_ZONE, listAuditEvents } from "@/lib/audit/queries";
import { requirePageUser } from "@/lib/auth/session";
import { describeRecord } from "@/lib/domain/audit-description";
import { parseAuditFilter, toAuditSearchParams } from "@/lib/validation/audit-filter";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auditAdmin"))("metaTitle") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AuditPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requirePageUser("/admin/audit");
  if (!authorizeGlobal(user, "audit.read").ok) forbidden();
  const filter = parseAuditFilter(await searchParams);
  const page = await listAuditEvents({ db: getDb(), viewer: user, filter });
  const query = toAuditSearchParams(filter);
  const csvHref = `/admin/audit/export.csv${query.size > 0 ? `?${query}` : ""}`;
  const olderHref = page.nextCursor === null ? null : `/admin/audit?${new URLSearchParams([...query, ["before", String(page.nextCursor)]])}`;
  const isRecordHistory = filter.entityType !== undefined && filter.entityId !== undefined;
  const [t, locale] = await Promise.all([getTranslations("auditAdmin"), getLocale()]);

  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("description", { zone: AUDIT_TIME_ZONE })}>
        <span className="flex flex-wrap gap-4 text-sm font-medium">
          <a href={csvHref} className="text-brand-700 hover:underline" download>
            {t("downloadCsv")}
          </a>
          <Link href="/admin/audit/erasure" className="text-brand-700 hover:underline">
            {t("erase")}
          </Link>
          <Link href="/admin" className="text-brand-700 hover:underline">
            {t("backToSecretariat")}
          </Link>
        </span>
      </PageHeader>
      <AuditFilters filter={filter} />
      {isRecordHistory && (
        <section aria-labelledby="record-history">
          <h2 id="record-history" className="text-lg font-semibold text-slate-900">
            {t("historyOf", { record: describeRecord(filter.entityType!, filter.entityId!, locale) })}
          </h2>
          <p className="text-sm text-slate-600">
            {t("historyHint")}
          </p>
        </section>
      )}
      {page.rows.length === 0 ? (
        <EmptyState title={filter.before === undefined ? t("noMatch") : t("noOlder")}>
          <Link href="/admin/audit" className="font-medium text-brand-700 hover:underline">
            {t("showNewest")}
          </Link>
        </EmptyState>
      ) : (
        <>
          <AuditTable lines={page.rows.map((row) => toAuditLine(row, locale))} />
          <nav aria-label={t("pagesLabel")} className="flex items-center justify-between text-sm">
            {filter.before !== undefined ? (
              <Link href={`/admin/audit${query.size > 0 ? `?${query}` : ""}`} className="font-medium text-brand-700 hover:underline">
                {t("newest")}
              </Link>
            ) : (
              <span />
            )}
            {olderHref && (
              <Link href={olderHref} className="font-medium text-brand-700 hover:underline">
                {t("older")}
              </Link>
            )}
          </nav>
        </>
      )}
    </div>
  );
}
