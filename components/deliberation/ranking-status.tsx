import { RankingProgress } from "@/components/deliberation/ranking-progress";
import { formatEditionMoment } from "@/lib/format/edition-time";
import type { ShownRanking } from "@/lib/results/deliberation-ranking";

/** Above the deliberation: nothing when the ranking is current, the computation's progress when it is not. */
export function RankingStatus({ deliberation, timeZone }: { deliberation: ShownRanking<unknown>; timeZone: string }) {
  if (deliberation.state === "ready") return null;
  if (deliberation.state === "computing") {
    return <RankingProgress label="Computing the ranking…" progress={deliberation.progress} isFailed={deliberation.isFailed} />;
  }
  return (
    <RankingProgress
      label={`Updating: the ranking below was computed ${formatEditionMoment(deliberation.computedAt, timeZone)}, before the latest changes.`}
      progress={deliberation.progress}
      isFailed={deliberation.isFailed}
    />
  );
}
