import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { OutboxTable } from "@/components/admin/outbox-table";
import { EmptyState } from "@/components/ui/empty-state";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db/client";
import { requirePageUser } from "@/lib/auth/session";
import { listOutboxMessages } from "@/lib/mail/outbox-queries";
import { getEnv } from "@/lib/env";
import { outboxFilterSchema, outboxPageSchema, type OutboxFilter } from "@/lib/validation/outbox";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("outboxAdmin"))("metaTitle") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const FILTERS: readonly OutboxFilter[] = ["all", "unsent", "failed"];

function toOutboxUrl(filter: OutboxFilter, page = 1): string {
  const query = new URLSearchParams();
  if (filter !== "all") query.set("status", filter);
  if (page > 1) query.set("page", String(page));
  const text = query.toString();
  return text ? `/admin/outbox?${text}` : "/admin/outbox";
}

/** The outbox's filters, the current one marked for assistive technology too. */
async function OutboxFilters({ current }: { current: OutboxFilter }) {
  const t = await getTranslations("outboxAdmin");
  return (
    <nav aria-label={t("filtersLabel")} className="flex flex-wrap gap-4 text-sm">
      {FILTERS.map((filter) => (
        <Link
          key={filter}
          href={toOutboxUrl(filter)}
          aria-current={filter === current ? "page" : undefined}
          className={filter === current ? "font-semibold text-slate-900" : "font-medium text-brand-700 hover:underline"}
        >
          {t(`filters.${filter}`)}
        </Link>
      ))}
    </nav>
  );
}

export default async function OutboxPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requirePageUser("/admin/outbox");
  if (!user.isAdmin) forbidden();
  const query = await searchParams;
  const page = outboxPageSchema.parse(query.page);
  const filter = outboxFilterSchema.parse(query.status);
  const outbox = await listOutboxMessages({ db: getDb(), viewer: user, page, filter });
  const isSmtpConfigured = Boolean(getEnv().SMTP_URL);
  const t = await getTranslations("outboxAdmin");

  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("description")}>
        <Link href="/admin" className="text-sm font-medium text-brand-700 hover:underline">
          {t("backToSecretariat")}
        </Link>
      </PageHeader>
      <Notice>
        {isSmtpConfigured ? t("smtpOn") : t("smtpOff")}
      </Notice>
      <OutboxFilters current={filter} />
      {outbox.total === 0 && filter !== "all" ? (
        <EmptyState title={filter === "failed" ? t("noFailed") : t("allSent")}>
          <Link href="/admin/outbox" className="font-medium text-brand-700 hover:underline">
            {t("seeAll")}
          </Link>
        </EmptyState>
      ) : outbox.total === 0 ? (
        <EmptyState title={t("noMessages")}>{t("noMessagesHint")}</EmptyState>
      ) : outbox.messages.length === 0 ? (
        <EmptyState title={t("noMessagesOnPage")}>
          <Link href={toOutboxUrl(filter)} className="font-medium text-brand-700 hover:underline">
            {t("goNewest")}
          </Link>
        </EmptyState>
      ) : (
        <>
          <OutboxTable messages={outbox.messages} />
          <nav aria-label={t("pagesLabel")} className="flex items-center justify-between text-sm">
            <span className="text-slate-600">
              {t("pageOf", { page: outbox.page, pageCount: outbox.pageCount, total: outbox.total })}
            </span>
            <span className="flex gap-4">
              {outbox.page > 1 && (
                <Link href={toOutboxUrl(filter, outbox.page - 1)} className="font-medium text-brand-700 hover:underline">
                  {t("newer")}
                </Link>
              )}
              {outbox.page < outbox.pageCount && (
                <Link href={toOutboxUrl(filter, outbox.page + 1)} className="font-medium text-brand-700 hover:underline">
                  {t("older")}
                </Link>
              )}
            </span>
          </nav>
        </>
      )}
    </div>
  );
}
