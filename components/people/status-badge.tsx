import type { PeopleStatus } from "@/lib/validation/people";

export const STATUS_LABELS: Record<PeopleStatus, string> = { active: "Active", invited: "Invited, not signed up yet", disabled: "Disabled", erased: "Personal data erased" };
const TONES: Record<PeopleStatus, string> = {
  active: "bg-green-100 text-green-900",
  invited: "bg-amber-100 text-amber-900",
  disabled: "bg-slate-200 text-slate-800",
  erased: "bg-slate-200 text-slate-800",
};

export function PersonStatusBadge({ status }: { status: PeopleStatus }) {
  return <span className={`inline-block rounded-full px-2.5 py-0.5 text-xs font-semibold ${TONES[status]}`}>{STATUS_LABELS[status]}</span>;
}
