import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import type { PublicEdition } from "@/lib/results/public-queries";
import { formatDateRange } from "@/lib/format/date-range";

const PHASES_WITH_TEXT = ["eligibility", "jury_scoring", "deliberation"] as const;

/** Where an edition stands between its call for nominations and its ceremony; it never hints at a result. */
export function EditionStatusCard({ edition }: { edition: PublicEdition }) {
  const t = useTranslations("public");
  const locale = useLocale();
  const phase = PHASES_WITH_TEXT.find((p) => p === edition.phase);
  const dates = formatDateRange(edition.ceremonyStartsOn, edition.ceremonyEndsOn, locale);
  return (
    <Card>
      <h2 className="text-xl font-bold text-slate-900">{t("editionStatus.heading", { year: edition.year })}</h2>
      <p className="mt-2 text-slate-800">{t.rich("theme", { theme: edition.theme, strong: (text) => <strong>{text}</strong> })}</p>
      {phase && <p className="mt-1 text-slate-700">{t(`editionStatus.${phase}`)}</p>}
      <p className="mt-1 text-slate-700">
        {edition.ceremonyPlace
          ? t("editionStatus.announcedIn", { dates, place: edition.ceremonyPlace })
          : t("editionStatus.announced", { dates })}
      </p>
      {edition.phase === "deliberation" && (
        <p className="mt-3">
          <Link href={`/ceremony/${edition.year}`} className="font-semibold text-brand-700 underline">
            {t("editionStatus.followLive")}
          </Link>
        </p>
      )}
    </Card>
  );
}
