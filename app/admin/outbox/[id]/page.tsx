import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
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

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("outboxAdmin.message"))("metaTitle") };
}

export default async function OutboxMessagePage({ params }: { params: Promise<{ id: string }> }) {
  const { id: idParam } = await params;
  const user = await requirePageUser(`/admin/outbox/${encodeURIComponent(idParam)}`);
  if (!user.isAdmin) forbidden();
  const id = parseMessageId(idParam);
  if (id === undefined) notFound();
  const message = await getOutboxMessage({ db: getDb(), viewer: user, id });
  if (!message) notFound();
  const [t, tOutbox, locale] = await Promise.all([getTranslations("outboxAdmin.message"), getTranslations("outboxAdmin"), getLocale()]);
  const formatMoment = (moment: Date) => formatEditionMoment(moment, DEFAULT_TIME_ZONE, { locale });

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div>
        <p className="mb-2 text-sm">
          <Link href="/admin/outbox" className="font-medium text-brand-700 hover:underline">
            {t("back")}
          </Link>
        </p>
        <PageHeader title={message.subject}>
          <MailStatusBadge status={message.status} />
        </PageHeader>
      </div>
      <Card>
        <dl className="grid gap-3 text-sm sm:grid-cols-2">
          <div>
            <dt className="font-semibold text-slate-700">{t("to")}</dt>
            <dd>{message.toAddress}</dd>
          </div>
          <div>
            <dt className="font-semibold text-slate-700">{t("kind")}</dt>
            <dd>
              <code className="text-xs">{message.kind}</code>
              {message.editionYear && ` · ${t("edition", { year: message.editionYear })}`}
            </dd>
          </div>
          <div>
            <dt className="font-semibold text-slate-700">{t("created")}</dt>
            <dd>{formatMoment(message.createdAt)}</dd>
          </div>
          <div>
            <dt className="font-semibold text-slate-700">{t("sent")}</dt>
            <dd>
              {message.sentAt ? formatMoment(message.sentAt) : t("notSent")}
              {" · "}
              {tOutbox("attempts", { count: message.attempts })}
            </dd>
          </div>
          {message.status === "pending" && message.attempts > 0 && (
            <div>
              <dt className="font-semibold text-slate-700">{t("nextAttempt")}</dt>
              <dd>{message.nextAttemptAt ? formatMoment(message.nextAttemptAt) : t("nextRun")}</dd>
            </div>
          )}
          {message.status === "failed" && (
            <div>
              <dt className="font-semibold text-slate-700">{t("nextAttempt")}</dt>
              <dd>{t("noMoreAttempts")}</dd>
            </div>
          )}
          {message.lastError && (
            <div className="sm:col-span-2">
              <dt className="font-semibold text-slate-700">{message.status === "failed" ? t("whyFailed") : t("lastError")}</dt>
              <dd className="break-words">{message.lastError}</dd>
            </div>
          )}
        </dl>
      </Card>
      <Card>
        <h2 className="mb-3 text-lg font-semibold">{t("body")}</h2>
        <pre className="whitespace-pre-wrap break-words font-sans text-sm text-slate-900">{message.body}</pre>
      </Card>
      {message.canResend && (
        <Card>
          <h2 className="mb-3 text-lg font-semibold">{t("invitationLink")}</h2>
          <ResendInvitationButton messageId={message.id} action={resendInvitationAction} />
        </Card>
      )}
    </div>
  );
}
