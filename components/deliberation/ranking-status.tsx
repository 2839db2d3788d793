import { useLocale, useTranslations } from "next-intl";
import { RankingProgress } from "@/components/deliberation/ranking-progress";
import { formatEditionMoment } from "@/lib/format/edition-time";
import type { ShownRanking } from "@/lib/results/deliberation-ranking";

/** Above the deliberation: nothing when the ranking is current, the computation's progress when it is not. */
export function RankingStatus({ deliberation, timeZone }: { deliberation: ShownRanking<unknown>; timeZone: string }) {
  const t = useTranslations("deliberation.progress");
  const locale = useLocale();
  if (deliberation.state === "ready") return null;
  if (deliberation.state === "computing") {
    return <RankingProgress label={t("computing")} progress={deliberation.progress} isFailed={deliberation.isFailed} />;
  }
  return (
    <RankingProgress
      label={t("updating", { time: formatEditionMoment(deliberation.computedAt, timeZone, { locale }) })}
      progress={deliberation.progress}
      isFailed={deliberation.isFailed}
    />
  );
}
