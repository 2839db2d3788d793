"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import type { CeremonyMode } from "@/lib/domain/ceremony";
import { StepView } from "./step-view";
import { useCeremonyFeed, type FeedState } from "./use-ceremony-feed";

/**
 * The projector's screen: the whole viewport, the current step only, following the presenter live.
 * It holds no other step: each one arrives from the server when the presenter reaches it.
 */
export function AudienceScreen({ year, mode, initial }: { year: number; mode: CeremonyMode; initial: FeedState }) {
  const t = useTranslations("ceremony");
  const { state, isPolling } = useCeremonyFeed({ year, mode, initial });
  const [isFullscreen, setIsFullscreen] = useState(false);

  useEffect(() => {
    const onChange = () => setIsFullscreen(document.fullscreenElement !== null);
    document.addEventListener("fullscreenchange", onChange);
    return () => document.removeEventListener("fullscreenchange", onChange);
  }, []);

  return (
    <div className="fixed inset-0 z-50 overflow-hidden bg-slate-950" data-testid="audience-screen">
      {/* The slide fits the screen by itself (SlideFrame), scrolling only when even its smallest text cannot. */}
      <div aria-live="polite" className="h-full">
        <StepView view={state.view} />
      </div>
      {mode === "rehearsal" && (
        <p className="fixed left-4 top-4 rounded bg-amber-300 px-3 py-1 text-sm font-bold uppercase tracking-wide text-slate-950">
          {t("rehearsalBadge")}
        </p>
      )}
      <div className="fixed bottom-3 right-4 flex items-center gap-3 text-sm text-slate-400">
        {isPolling && <span role="status">{t("reconnecting")}</span>}
        {!isFullscreen && (
          <button
            type="button"
            onClick={() => void document.documentElement.requestFullscreen?.()}
            className="rounded border border-slate-600 px-3 py-1 text-slate-300 hover:bg-slate-800"
          >
            {t("fullScreen")}
          </button>
        )}
      </div>
    </div>
  );
}
