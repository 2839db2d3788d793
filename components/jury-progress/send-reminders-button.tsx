"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import type { ActionResult } from "@/lib/actions/result";
import type { EditionJuryInput } from "@/lib/validation/assignments";

/** One click, after a confirmation: one email to each juror who still has sheets to submit. */
export function SendRemindersButton({
  editionId,
  jurorCount,
  action,
}: {
  editionId: number;
  /** Jurors with missing sheets now, for the confirmation. */
  jurorCount: number;
  action: (input: EditionJuryInput) => Promise<ActionResult<{ jurorCount: number }>>;
}) {
  const t = useTranslations("juryAdmin.reminders");
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [result, setResult] = useState<{ tone: "success" | "error"; text: string } | null>(null);

  function onClick() {
    if (!window.confirm(t("confirm", { count: jurorCount }))) return;
    setResult(null);
    startTransition(async () => {
      const outcome = await action({ editionId });
      setResult(outcome.ok ? { tone: "success", text: outcome.data.jurorCount === 0 ? t("none") : t("queued", { count: outcome.data.jurorCount }) } : { tone: "error", text: outcome.message });
      if (outcome.ok) router.refresh();
    });
  }

  return (
    <div className="space-y-3">
      <Button type="button" variant="secondary" onClick={onClick} disabled={isPending}>
        {isPending ? t("sending") : t("button")}
      </Button>
      {result && <Notice tone={result.tone}>{result.text}</Notice>}
    </div>
  );
}
