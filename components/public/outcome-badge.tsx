import { useLocale, useTranslations } from "next-intl";
import { formatPlace } from "@/lib/format/place";
import type { Locale } from "@/lib/i18n/locales";
import type { Outcome } from "@/lib/practices/outcome";

const STYLES: Record<Outcome, string> = {
  winner: "bg-amber-100 text-amber-900",
  "runner-up": "bg-amber-50 text-amber-900",
  competing: "bg-slate-100 text-slate-800",
  "good-practice": "bg-brand-50 text-brand-900",
};

/** What became of an entry: its place when awarded ("Winner", "2nd place"), otherwise competing or good practice. */
export function OutcomeBadge({ outcome, rank }: { outcome: Outcome; rank: number | null }) {
  const t = useTranslations("practices.outcome");
  const locale = useLocale() as Locale;
  return (
    <span className={`rounded-full px-2 py-0.5 text-xs font-semibold uppercase tracking-wide ${STYLES[outcome]}`}>
      {rank === null ? t(outcome) : formatPlace(rank, locale)}
    </span>
  );
}
