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
import { outboxPageSchema } from "@/lib/validation/outbox";

export const metadata: Metadata = { title: "Outbox · Secretariat" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function OutboxPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requirePageUser("/admin/outbox");
  if (!user.isAdmin) forbidden();
  const page = outboxPageSchema.parse((await searchParams).page);
  const outbox = await listOutboxMessages({ db: getDb(), viewer: user, page });
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
          ? "Messages are sent through the configured SMTP server; a failed message is retried a few times."
          : "No SMTP server is configured (SMTP_URL), so messages are not sent: they stay here for you to read."}
      </Notice>
      {outbox.total === 0 ? (
        <EmptyState title="No messages yet">Emails appear here as soon as an action queues one, e.g. an eligibility decision.</EmptyState>
      ) : outbox.messages.length === 0 ? (
        <EmptyState title="No messages on this page">
          <Link href="/admin/outbox" className="font-medium text-brand-700 hover:underline">
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
                <Link href={`/admin/outbox?page=${outbox.page - 1}`} className="font-medium text-brand-700 hover:underline">
                  Newer messages
                </Link>
              )}
              {outbox.page < outbox.pageCount && (
                <Link href={`/admin/outbox?page=${outbox.page + 1}`} className="font-medium text-brand-700 hover:underline">
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
