import { useTranslations } from "next-intl";
import type { InvitationStatus } from "@/lib/jury/member-queries";

const TONES: Record<InvitationStatus, string> = {
  invited: "bg-amber-100 text-amber-900",
  active: "bg-green-100 text-green-900",
  disabled: "bg-slate-200 text-slate-800",
};

export function InvitationStatusBadge({ status }: { status: InvitationStatus }) {
  const t = useTranslations("juryAdmin.status");
  return <span className={`inline-block rounded-full px-2.5 py-0.5 text-xs font-semibold ${TONES[status]}`}>{t(status)}</span>;
}
