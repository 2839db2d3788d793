import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import type { OutboxSummary } from "@/lib/mail/outbox-queries";
import { DEFAULT_TIME_ZONE } from "@/lib/domain/edition-time";
import { formatEditionMoment } from "@/lib/format/edition-time";
import { MailStatusBadge } from "./mail-status-badge";
import { DataTable } from "@/components/ui/data-table";

/** The outbox, newest first: each subject opens the message; an undelivered one says why and when it is tried again. */
export async function OutboxTable({ messages }: { messages: readonly OutboxSummary[] }) {
  const [t, locale] = await Promise.all([getTranslations("outboxAdmin"), getLocale()]);
  const formatMoment = (moment: Date | null) => formatEditionMoment(moment, DEFAULT_TIME_ZONE, { locale });
  return (
    <DataTable caption={t("table.caption")} columns={[t("table.subject"), t("table.to"), t("table.kind"), t("table.created"), t("table.status")]}>
          {messages.map((message) => (
            <tr key={message.id} className="align-top">
              <th scope="row" className="px-4 py-3 font-medium">
                <Link href={`/admin/outbox/${message.id}`} className="text-brand-700 hover:underline">
                  {message.subject}
                </Link>
              </th>
              <td className="px-4 py-3">{message.toAddress}</td>
              <td className="px-4 py-3">
                <code className="text-xs">{message.kind}</code>
              </td>
              <td className="whitespace-nowrap px-4 py-3">{formatMoment(message.createdAt)}</td>
              <td className="px-4 py-3">
                <MailStatusBadge status={message.status} />
                {message.status === "sent" ? (
                  <span className="block text-xs text-slate-500">{formatMoment(message.sentAt)}</span>
                ) : (
                  message.attempts > 0 && (
                    <>
                      <span className="block text-xs text-slate-500">
                        {t("attempts", { count: message.attempts })}
                        {message.status === "pending" && message.nextAttemptAt && ` · ${t("nextAt", { date: formatMoment(message.nextAttemptAt) })}`}
                      </span>
                      {message.lastError && <span className="block max-w-xs break-words text-xs text-red-800">{message.lastError}</span>}
                    </>
                  )
                )}
              </td>
            </tr>
          ))}
    </DataTable>
  );
}
