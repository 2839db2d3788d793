import { useLocale, useTranslations } from "next-intl";
import type { DossierHistoryStep } from "@/lib/domain/dossier-history";
import { formatEditionMoment } from "@/lib/format/edition-time";
import type { Locale } from "@/lib/i18n/locales";

/** The history of a dossier's states, oldest first, each with when, who and why. */
export function DossierHistory({ steps, timeZone }: { steps: readonly DossierHistoryStep[]; timeZone: string }) {
  const t = useTranslations("nominationsAdmin.history");
  const locale = useLocale() as Locale;
  if (steps.length === 0) return <p className="text-sm text-slate-600">{t("empty")}</p>;
  return (
    <ol className="space-y-3 border-l-2 border-slate-200 pl-4" aria-label={t("label")}>
      {steps.map((step) => (
        <li key={step.id} className="break-inside-avoid text-sm">
          <p>
            <span className="font-semibold text-slate-900">{step.label}</span>
            <span className="text-slate-600">
              {" "}
              · <time dateTime={step.at.toISOString()}>{formatEditionMoment(step.at, timeZone, { locale })}</time>
              {" · "}
              {step.actorName ? t("by", { name: step.actorName }) : t("bySystem")}
            </span>
          </p>
          {step.detail && <p className="mt-0.5 whitespace-pre-line text-slate-700">{step.detail}</p>}
        </li>
      ))}
    </ol>
  );
}
