"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import type { ActionResult } from "@/lib/actions/result";
import type { EditionJuryInput } from "@/lib/validation/assignments";

export interface GenerationResult {
  added: number;
  removed: number;
  kept: number;
  total: number;
  shortfallCount: number;
}

/** "Generate assignments", after a confirmation that says what is replaced and what is kept. */
export function GenerateAssignmentsButton({
  editionId,
  year,
  action,
}: {
  editionId: number;
  year: number;
  action: (input: EditionJuryInput) => Promise<ActionResult<GenerationResult>>;
}) {
  const t = useTranslations("juryAdmin.generate");
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [result, setResult] = useState<{ tone: "success" | "error"; text: string } | null>(null);

  function onClick() {
    if (!window.confirm(t("confirm", { year }))) return;
    setResult(null);
    startTransition(async () => {
      const outcome = await action({ editionId });
      setResult(outcome.ok ? { tone: "success", text: describe(outcome.data) } : { tone: "error", text: outcome.message });
      if (outcome.ok) router.refresh();
    });
  }

  function describe(result: GenerationResult): string {
    const done = t("done", { added: result.added, removed: result.removed, kept: result.kept, total: result.total });
    return result.shortfallCount === 0 ? done : `${done} ${t("shortfall", { count: result.shortfallCount })}`;
  }

  return (
    <div className="space-y-3">
      <Button type="button" onClick={onClick} disabled={isPending}>
        {isPending ? t("generating") : t("button")}
      </Button>
      {result && <Notice tone={result.tone}>{result.text}</Notice>}
    </div>
  );
}
