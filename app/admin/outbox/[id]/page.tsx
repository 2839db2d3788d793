import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { DEFAULT_TIME_ZONE } from "@/lib/domain/edition-time";
import { formatEditionMoment } from "@/lib/format/edition-time";
import { MailStatusBadge } from "@/components/admin/mail-status-badge";
import { ResendInvitationButton } from "@/components/admin/resend-invitation-button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db/client";
import { requirePageUser } from "@/lib/auth/session";
import { getOutboxMessage } from "@/lib/mail/outbox-queries";
import { parseMessageId } from "@/lib/validation/outbox";
import { resendInvitationAction } from "../actions";

export const metadata: Metadata = { title: "Message · Outbox · Secretariat" };

export default async function OutboxMessagePage({ params }: { params: Promise<{ id: string }> }) {
  const { id: idParam } = await params;
  const user = await requirePageUser(`/admin/outbox/${encodeURIComponent(idParam)}`);
  if (!user.isAdmin) forbidden();
  const id = parseMessageId(idParam);
  if (id === undefined) notFound();
  const message = await getOutboxMessage({ db: getDb(), viewer: user, id });
  if (!message) notFound();

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div>
        <p className="mb-2 text-sm">
          <Link href="/admin/outbox" className="font-medium text-brand-700 hover:underline">
            ← Outbox
          </Link>
        </p>
        <PageHeader title={message.subject}>
          <MailStatusBadge status={message.status} />
        </PageHeader>
      </div>
      <Card>
        <dl className="grid gap-3 text-sm sm:grid-cols-2">
          <div>
            <dt className="font-semibold text-slate-700">To</dt>
            <dd>{message.toAddress}</dd>
          </div>
          <div>
            <dt className="font-semibold text-slate-700">Kind</dt>
            <dd>
              <code className="text-xs">{message.kind}</code>
              {message.editionYear && ` · edition ${message.editionYear}`}
            </dd>
          </div>
          <div>
            <dt className="font-semibold text-slate-700">Created</dt>
            <dd>{formatEditionMoment(message.createdAt, DEFAULT_TIME_ZONE)}</dd>
          </div>
          <div>
            <dt className="font-semibold text-slate-700">Sent</dt>
            <dd>
              {message.sentAt ? formatEditionMoment(message.sentAt, DEFAULT_TIME_ZONE) : "Not sent"}
              {` · ${message.attempts} ${message.attempts === 1 ? "attempt" : "attempts"}`}
            </dd>
          </div>
          {message.status === "pending" && message.attempts > 0 && (
            <div>
              <dt className="font-semibold text-slate-700">Next attempt</dt>
              <dd>{message.nextAttemptAt ? formatEditionMoment(message.nextAttemptAt, DEFAULT_TIME_ZONE) : "At the next delivery run"}</dd>
            </div>
          )}
          {message.status === "failed" && (
            <div>
              <dt className="font-semibold text-slate-700">Next attempt</dt>
              <dd>None: every attempt was used, so it will not be sent.</dd>
            </div>
          )}
          {message.lastError && (
            <div className="sm:col-span-2">
              <dt className="font-semibold text-slate-700">{message.status === "failed" ? "Why it failed" : "Last error"}</dt>
              <dd className="break-words">{message.lastError}</dd>
            </div>
          )}
        </dl>
      </Card>
      <Card>
        <h2 className="mb-3 text-lg font-semibold">Message</h2>
        <pre className="whitespace-pre-wrap break-words font-sans text-sm text-slate-900">{message.body}</pre>
      </Card>
      {message.canResend && (
        <Card>
          <h2 className="mb-3 text-lg font-semibold">Invitation link</h2>
          <ResendInvitationButton messageId={message.id} action={resendInvitationAction} />
        </Card>
      )}
    </div>
  );
}
