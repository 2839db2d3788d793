"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import type { ActionResult } from "@/lib/actions/result";
import type { Phase } from "@/lib/domain/phases";
import type { AdvancePhaseInput } from "@/lib/validation/phase-change";

export interface AdvancePhaseButtonProps {
  editionId: number;
  year: number;
  from: Phase;
  to: Phase;
  version: number;
  /** Set when the move is allowed but the admin should know something first (e.g. the deadline has not passed). */
  warning?: string;
  action: (input: AdvancePhaseInput) => Promise<ActionResult<{ phase: Phase; version: number }>>;
}

/** Moves the edition to its next phase after a confirmation; publishing says that the results go public. */
export function AdvancePhaseButton({ editionId, year, from, to, version, warning, action }: AdvancePhaseButtonProps) {
  const t = useTranslations("editionsAdmin");
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [result, setResult] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const isPublishing = to === "published";
  const label = isPublishing ? t("panel.publish") : t("panel.moveTo", { phase: t(`phase.${to}`) });

  function onClick() {
    const question = isPublishing
      ? t("advance.confirmPublish", { year })
      : t("advance.confirmMove", { year, from: t(`phase.${from}`), to: t(`phase.${to}`) });
    if (!window.confirm(warning ? `${warning}\n\n${question}` : question)) return;
    setResult(null);
    startTransition(async () => {
      const outcome = await action({ editionId, from, to, version, isWarningConfirmed: Boolean(warning) });
      if (outcome.ok) {
        setResult({
          tone: "success",
          text: isPublishing ? t("advance.published") : t("advance.moved", { year, phase: t(`phase.${outcome.data.phase}`) }),
        });
        router.refresh();
      } else {
        setResult({ tone: "error", text: outcome.message });
      }
    });
  }

  return (
    <div className="space-y-3">
      {warning && <Notice>{warning}</Notice>}
      <Button type="button" onClick={onClick} disabled={isPending} aria-disabled={isPending}>
        {isPending ? (isPublishing ? t("advance.publishing") : t("advance.moving")) : label}
      </Button>
      {result && <Notice tone={result.tone}>{result.text}</Notice>}
    </div>
  );
}
