import { useTranslations } from "next-intl";
import type { SheetState } from "@/lib/scoring/queries";

const TONES = {
  none: "border-slate-300 bg-white text-slate-700",
  draft: "border-amber-300 bg-amber-50 text-amber-900",
  submitted: "border-green-300 bg-green-50 text-green-900",
} as const;

/** The state of the juror's own sheet for a dossier, as text (never colour alone). */
export function SheetStatus({ state }: { state: SheetState | null }) {
  const t = useTranslations("jury.sheet");
  const key = state ?? "none";
  return (
    <span className={`inline-block rounded-full border px-2 py-0.5 text-xs font-semibold ${TONES[key]}`}>{t(key)}</span>
  );
}
