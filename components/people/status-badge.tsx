import { getTranslations } from "next-intl/server";
import type { PeopleStatus } from "@/lib/validation/people";

const TONES: Record<PeopleStatus, string> = {
  active: "bg-green-100 text-green-900",
  invited: "bg-amber-100 text-amber-900",
  disabled: "bg-slate-200 text-slate-800",
  erased: "bg-slate-200 text-slate-800",
};

export async function PersonStatusBadge({ status }: { status: PeopleStatus }) {
  const t = await getTranslations("peopleAdmin.statusLabels");
  return <span className={`inline-block rounded-full px-2.5 py-0.5 text-xs font-semibold ${TONES[status]}`}>{t(status)}</span>;
}
