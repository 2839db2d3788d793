import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import Link from "next/link";
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

export const metadata: Metadata = { title: "Audit trail · Secretariat" };

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

  return (
    <div className="space-y-6">
      <PageHeader title="Audit trail" description={`Every recorded change and sign-in, newest first. Times in ${AUDIT_TIME_ZONE}.`}>
        <span className="flex flex-wrap gap-4 text-sm font-medium">
          <a href={csvHref} className="text-brand-700 hover:underline" download>
            Download CSV
          </a>
          <Link href="/admin/audit/erasure" className="text-brand-700 hover:underline">
            Erase a person&apos;s data
          </Link>
          <Link href="/admin" className="text-brand-700 hover:underline">
            Back to the secretariat
          </Link>
        </span>
      </PageHeader>
      <AuditFilters filter={filter} />
      {isRecordHistory && (
        <section aria-labelledby="record-history">
          <h2 id="record-history" className="text-lg font-semibold text-slate-900">
            History of {describeRecord(filter.entityType!, filter.entityId!)}
          </h2>
          <p className="text-sm text-slate-600">
            Each entry below is one change of this record; for a score sheet, every save lists the scores before and after it, so a
            reopened sheet keeps what it held.
          </p>
        </section>
      )}
      {page.rows.length === 0 ? (
        <EmptyState title={filter.before === undefined ? "No entries match these filters" : "No older entries"}>
          <Link href="/admin/audit" className="font-medium text-brand-700 hover:underline">
            Show the newest entries
          </Link>
        </EmptyState>
      ) : (
        <>
          <AuditTable lines={page.rows.map(toAuditLine)} />
          <nav aria-label="Audit pages" className="flex items-center justify-between text-sm">
            {filter.before !== undefined ? (
              <Link href={`/admin/audit${query.size > 0 ? `?${query}` : ""}`} className="font-medium text-brand-700 hover:underline">
                Newest entries
              </Link>
            ) : (
              <span />
            )}
            {olderHref && (
              <Link href={olderHref} className="font-medium text-brand-700 hover:underline">
                Older entries
              </Link>
            )}
          </nav>
        </>
      )}
    </div>
  );
}
