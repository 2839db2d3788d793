import { useTranslations } from "next-intl";
import type { MailStatus } from "@/lib/mail/status";

const TONES: Record<MailStatus, string> = {
  sent: "bg-green-100 text-green-900",
  pending: "bg-amber-100 text-amber-900",
  failed: "bg-red-100 text-red-900",
};

export function MailStatusBadge({ status }: { status: MailStatus }) {
  const t = useTranslations("outboxAdmin.status");
  return <span className={`inline-block rounded-full px-2.5 py-0.5 text-xs font-semibold ${TONES[status]}`}>{t(status)}</span>;
}
