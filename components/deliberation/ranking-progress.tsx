"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect } from "react";

const REFRESH_EVERY_MS = 2000;

/**
 * How far the ranking's computation is (job ranking.compute), refreshing the page's server data every two seconds
 * until the page renders without it, i.e. once the ranking is ready.
 */
export function RankingProgress({ label, progress, isFailed }: { label: string; progress: number; isFailed: boolean }) {
  const t = useTranslations("deliberation.progress");
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => router.refresh(), REFRESH_EVERY_MS);
    return () => clearInterval(timer);
  }, [router]);
  return (
    <div className={`space-y-2 rounded-md border px-4 py-3 text-sm ${isFailed ? "border-red-200 bg-red-50 text-red-900" : "border-brand-100 bg-brand-50 text-brand-900"}`}>
      <p id="ranking-progress-label">
        {label} {progress}%{isFailed && ` — ${t("failed")}`}
      </p>
      <div
        role="progressbar"
        aria-labelledby="ranking-progress-label"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={progress}
        className="h-2 w-full overflow-hidden rounded bg-white"
      >
        <div className="h-full bg-brand-600 transition-[width]" style={{ width: `${progress}%` }} />
      </div>
    </div>
  );
}
