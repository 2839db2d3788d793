import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import Link from "next/link";
import { OutboxTable } from "@/components/admin/outbox-table";
import { EmptyState } from "@/components/ui/empty-state";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db/client";
import { requirePageUser } from "@/lib/auth/session";
import { listOutboxMessages } from "@/lib/mail/outbox-queries";
import { getEnv } from "@/lib/env";
import { outboxFilterSchema, outboxPageSchema, type OutboxFilter } from "@/lib/validation/outbox";

export const metadata: Metadata = { title: "Outbox · Secretariat" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const FILTER_LABELS: Record<OutboxFilter, string> = { all: "All messages", unsent: "Not sent yet", failed: "Failed" };

function toOutboxUrl(filter: OutboxFilter, page = 1): string {
  const query = new URLSearchParams();
  if (filter !== "all") query.set("status", filter);
  if (page > 1) query.set("page", String(page));
  const text = query.toString();
  return text ? `/admin/outbox?${text}` : "/admin/outbox";
}

/** The outbox's filters, the current one marked for assistive technology too. */
function OutboxFilters({ current }: { current: OutboxFilter }) {
  return (
    <nav aria-label="Outbox filters" className="flex flex-wrap gap-4 text-sm">
      {(Object.keys(FILTER_LABELS) as OutboxFilter[]).map((filter) => (
        <Link
          key={filter}
          href={toOutboxUrl(filter)}
          aria-current={filter === current ? "page" : undefined}
          className={filter === current ? "font-semibold text-slate-900" : "font-medium text-brand-700 hover:underline"}
        >
          {FILTER_LABELS[filter]}
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

  return (
    <div className="space-y-6">
      <PageHeader title="Outbox" description="Every email the system has queued, newest first.">
        <Link href="/admin" className="text-sm font-medium text-brand-700 hover:underline">
          Back to the secretariat
        </Link>
      </PageHeader>
      <Notice>
        {isSmtpConfigured
          ? "Messages are sent through the configured SMTP server; a failed message is retried after 1, 4, 16 and 64 minutes, then left as failed with the server's reason."
          : "No SMTP server is configured (SMTP_URL), so messages are not sent: they stay here for you to read."}
      </Notice>
      <OutboxFilters current={filter} />
      {outbox.total === 0 && filter !== "all" ? (
        <EmptyState title={filter === "failed" ? "No failed messages" : "Every message is sent"}>
          <Link href="/admin/outbox" className="font-medium text-brand-700 hover:underline">
            See all messages
          </Link>
        </EmptyState>
      ) : outbox.total === 0 ? (
        <EmptyState title="No messages yet">Emails appear here as soon as an action queues one, e.g. an eligibility decision.</EmptyState>
      ) : outbox.messages.length === 0 ? (
        <EmptyState title="No messages on this page">
          <Link href={toOutboxUrl(filter)} className="font-medium text-brand-700 hover:underline">
            Go to the newest messages
          </Link>
        </EmptyState>
      ) : (
        <>
          <OutboxTable messages={outbox.messages} />
          <nav aria-label="Outbox pages" className="flex items-center justify-between text-sm">
            <span className="text-slate-600">
              Page {outbox.page} of {outbox.pageCount} · {outbox.total} {outbox.total === 1 ? "message" : "messages"}
            </span>
            <span className="flex gap-4">
              {outbox.page > 1 && (
                <Link href={toOutboxUrl(filter, outbox.page - 1)} className="font-medium text-brand-700 hover:underline">
                  Newer messages
                </Link>
              )}
              {outbox.page < outbox.pageCount && (
                <Link href={toOutboxUrl(filter, outbox.page + 1)} className="font-medium text-brand-700 hover:underline">
                  Older messages
                </Link>
              )}
            </span>
          </nav>
        </>
      )}
    </div>
  );
}
