import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { OpenCall } from "@/lib/results/public-queries";
import { formatEditionMoment } from "@/lib/format/edition-time";
import { CountryLabel } from "./country-label";

/** The current call for nominations: edition, theme, presidency and deadline. */
export function OpenCallCard({ call }: { call: OpenCall }) {
  const t = useTranslations("public");
  const locale = useLocale();
  return (
    <section aria-labelledby="open-call-heading" className="rounded-lg border border-brand-100 bg-brand-50 p-5 shadow-sm">
      <h2 id="open-call-heading" className="text-xl font-bold text-brand-900">{t("openCall.heading", { year: call.year })}</h2>
      <p className="mt-2 text-slate-800">{t.rich("theme", { theme: call.theme, strong: (text) => <strong>{text}</strong> })}</p>
      <p className="mt-1 text-slate-700">
        {t("openCall.presidency")} <CountryLabel code={call.presidency.code} name={call.presidency.name} />
      </p>
      <p className="mt-1 text-slate-700">
        {t("openCall.deadline")}{" "}
        <time dateTime={call.submissionDeadline.toISOString()} className="font-semibold">
          {formatEditionMoment(call.submissionDeadline, call.timeZone, { locale })}
        </time>
        {call.isDeadlinePassed && ` ${t("openCall.passed")}`}
      </p>
      <p className="mt-3 text-sm text-slate-700">
        {call.isDeadlinePassed ? t("openCall.passedText") : t("openCall.openText")}{" "}
        <Link href="/coordinator" className="font-medium text-brand-700 underline">
          {t("openCall.coordinators")}
        </Link>
      </p>
    </section>
  );
}
