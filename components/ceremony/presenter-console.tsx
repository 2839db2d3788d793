"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import type { ActionResult } from "@/lib/actions/result";
import type { PresenterState } from "@/lib/ceremony/queries";
import { withLocaleParam, type Locale } from "@/lib/i18n/locales";
import type { MoveCeremonyStepInput, RestartRehearsalInput } from "@/lib/validation/ceremony";
import { PresenterPreview } from "./presenter-preview";
import { useCeremonyFeed } from "./use-ceremony-feed";
import { usePresenterKeys } from "./use-presenter-keys";

export interface PresenterConsoleProps {
  editionId: number;
  year: number;
  state: PresenterState & { ceremony: NonNullable<PresenterState["ceremony"]>; current: NonNullable<PresenterState["current"]> };
  move: (input: MoveCeremonyStepInput) => Promise<ActionResult<{ version: number; stepIndex: number; isPublished: boolean }>>;
  restart: (input: RestartRehearsalInput) => Promise<ActionResult<{ version: number }>>;
}

/**
 * The presenter's controls for a running show: the steps, what the audience sees now and what comes next,
 * Previous/Next buttons and the keys a presentation clicker sends. Another window's move refreshes this one.
 */
export function PresenterConsole({ editionId, year, state, move, restart }: PresenterConsoleProps) {
  const router = useRouter();
  const t = useTranslations("resultAdmin.presenter");
  const locale = useLocale() as Locale;
  const [isPending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ tone: "success" | "error" | "info"; text: string } | null>(null);
  const isBusy = useRef(false);
  const { mode, ceremony, steps } = state;
  const index = ceremony.stepIndex;
  const isLive = mode === "live";
  const isRevealNext = isLive && state.phase !== "published" && steps[index + 1]?.isReveal === true;
  const { state: feed } = useCeremonyFeed({ year, mode, initial: { version: ceremony.version, view: state.current } });

  // A move made in another tab or window reaches this one through the audience feed.
  useEffect(() => {
    if (feed.version > ceremony.version) router.refresh();
  }, [feed.version, ceremony.version, router]);

  const run = useCallback(
    (task: () => Promise<ActionResult<unknown>>, success?: string) => {
      if (isBusy.current) return;
      isBusy.current = true;
      setMessage(null);
      startTransition(async () => {
        try {
          const result = await task();
          if (!result.ok) setMessage({ tone: result.code === "INVALID" ? "info" : "error", text: result.message });
          else if (success) setMessage({ tone: "success", text: success });
          router.refresh();
        } finally {
          isBusy.current = false;
        }
      });
    },
    [router],
  );

  const step = useCallback(
    (direction: "next" | "previous") => {
      const willPublish = direction === "next" && isRevealNext;
      // Stepping back from the revealed winner moves the audience screen only: the results stay published.
      if (direction === "previous" && isLive && steps[index]?.isReveal && state.phase === "published") {
        const isConfirmed = window.confirm(t("confirmBack", { step: steps[index - 1]?.label ?? t("previousStepFallback") }));
        if (!isConfirmed) return;
      }
      run(
        () => move({ editionId, mode, direction, version: ceremony.version }),
        willPublish ? t("revealed") : undefined,
      );
    },
    [run, move, editionId, mode, ceremony.version, isRevealNext, isLive, steps, index, state.phase, t],
  );
  usePresenterKeys({ onNext: () => step("next"), onPrevious: () => step("previous") });

  // The audience screen opens in the presenter's language, which the hall then sees.
  const audienceHref = withLocaleParam(`/ceremony/${year}${isLive ? "" : "?rehearsal=1"}`, locale);
  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-center gap-4">
        <Button type="button" variant="secondary" onClick={() => step("previous")} disabled={isPending || index === 0}>
          {t("previous")}
        </Button>
        <Button type="button" onClick={() => step("next")} disabled={isPending || index >= steps.length - 1}>
          {isRevealNext ? t("nextReveal") : t("next")}
        </Button>
        {isPending && <span className="text-sm text-slate-600">{t("moving")}</span>}
        <Link href={audienceHref} target="_blank" rel="noopener" className="ml-auto text-sm font-medium text-brand-700 underline">
          {t("openAudience", { href: audienceHref })}
        </Link>
      </div>
      <p className="text-sm text-slate-600">{t.rich("keys", { kbd: (chunks) => <kbd>{chunks}</kbd> })}</p>
      {message && <Notice tone={message.tone}>{message.text}</Notice>}

      <ol aria-label={t("stepsLabel")} className="flex flex-wrap gap-2 text-sm">
        {steps.map((s, i) => (
          <li
            key={s.label}
            aria-current={i === index ? "step" : undefined}
            className={`rounded-full border px-3 py-1 ${i === index ? "border-brand-700 bg-brand-700 font-semibold text-white" : i < index ? "border-slate-300 bg-slate-100 text-slate-600" : "border-slate-300 bg-white text-slate-800"}`}
          >
            {i + 1}. {s.label}
            {s.isReveal && isLive && t("publishes")}
          </li>
        ))}
      </ol>

      <div className="grid gap-5 lg:grid-cols-2">
        <PresenterPreview title={t("seesNow")} view={state.current} />
        {state.next ? (
          <PresenterPreview title={t("comingNext")} view={state.next} />
        ) : (
          <section aria-label={t("comingNext")} className="rounded-lg border border-dashed border-slate-300 p-5 text-sm text-slate-600">
            {t("lastStep")}
          </section>
        )}
      </div>

      {!isLive && (
        <Button
          type="button"
          variant="secondary"
          disabled={isPending}
          onClick={() => {
            if (window.confirm(t("confirmRestart"))) {
              run(() => restart({ editionId, version: ceremony.version }), t("restarted"));
            }
          }}
        >
          {t("restart")}
        </Button>
      )}
    </div>
  );
}
