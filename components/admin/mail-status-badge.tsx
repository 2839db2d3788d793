import type { MailStatus } from "@/lib/mail/status";

const LABELS: Record<MailStatus, string> = { sent: "Sent", pending: "Pending", failed: "Failed" };
const TONES: Record<MailStatus, string> = {
  sent: "bg-green-100 text-green-900",
  pending: "bg-amber-100 text-amber-900",
  failed: "bg-red-100 text-red-900",
};

export function MailStatusBadge({ status }: { status: MailStatus }) {
  return <span className={`inline-block rounded-full px-2.5 py-0.5 text-xs font-semibold ${TONES[status]}`}>{LABELS[status]}</span>;
}
