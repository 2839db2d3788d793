import { useTranslations } from "next-intl";
import type { Phase } from "@/lib/domain/phases";

const TONES: Record<Phase, string> = {
  draft: "bg-slate-100 text-slate-800",
  nominations_open: "bg-brand-100 text-brand-900",
  eligibility: "bg-amber-100 text-amber-900",
  jury_scoring: "bg-purple-100 text-purple-900",
  deliberation: "bg-orange-100 text-orange-900",
  published: "bg-green-100 text-green-900",
};

export function PhaseBadge({ phase }: { phase: Phase }) {
  const t = useTranslations("editionsAdmin.phase");
  return <span className={`inline-block rounded-full px-2.5 py-0.5 text-xs font-semibold ${TONES[phase]}`}>{t(phase)}</span>;
}
