import { useTranslations } from "next-intl";
import { PHASES, getPhaseIndex, type Phase } from "@/lib/domain/phases";

/** The six phases of an edition in order, the current one marked for sight and for screen readers. */
export function PhaseStepper({ phase }: { phase: Phase }) {
  const t = useTranslations("editionsAdmin");
  const current = getPhaseIndex(phase);
  return (
    <nav aria-label={t("stepper.label")}>
      <ol className="grid gap-2 sm:grid-cols-6">
        {PHASES.map((step, index) => {
          const isDone = index < current;
          const isCurrent = index === current;
          return (
            <li
              key={step}
              aria-current={isCurrent ? "step" : undefined}
              className={`flex items-center gap-2 rounded-md border px-3 py-2 text-sm sm:flex-col sm:items-start sm:gap-1 ${
                isCurrent
                  ? "border-brand-700 bg-brand-50 font-semibold text-brand-900"
                  : isDone
                    ? "border-green-200 bg-green-50 text-green-900"
                    : "border-slate-200 bg-white text-slate-600"
              }`}
            >
              <span
                aria-hidden="true"
                className={`inline-flex h-6 w-6 shrink-0 items-center justify-center rounded-full text-xs font-bold ${
                  isCurrent ? "bg-brand-700 text-white" : isDone ? "bg-green-700 text-white" : "bg-slate-200 text-slate-700"
                }`}
              >
                {isDone ? "✓" : index + 1}
              </span>
              <span>
                {t(`phase.${step}`)}
                <span className="sr-only"> {isCurrent ? t("stepper.current") : isDone ? t("stepper.done") : t("stepper.toCome")}</span>
              </span>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
