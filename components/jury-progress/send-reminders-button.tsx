"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import type { ActionResult } from "@/lib/actions/result";
import type { EditionJuryInput } from "@/lib/validation/assignments";

/** "Reminders queued for 3 jurors." */
export function describeReminders(jurorCount: number): string {
  if (jurorCount === 0) return "Every juror has submitted every assigned sheet: no reminder was queued.";
  return `Reminders queued for ${jurorCount} ${jurorCount === 1 ? "juror" : "jurors"}.`;
}

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
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [result, setResult] = useState<{ tone: "success" | "error"; text: string } | null>(null);

  function onClick() {
    const people = jurorCount === 1 ? "the juror who has" : `the ${jurorCount} jurors who have`;
    if (!window.confirm(`Email a reminder to ${people} score sheets still to submit? Each message lists their missing dossiers and the jury deadline.`)) return;
    setResult(null);
    startTransition(async () => {
      const outcome = await action({ editionId });
      setResult(outcome.ok ? { tone: "success", text: describeReminders(outcome.data.jurorCount) } : { tone: "error", text: outcome.message });
      if (outcome.ok) router.refresh();
    });
  }

  return (
    <div className="space-y-3">
      <Button type="button" variant="secondary" onClick={onClick} disabled={isPending}>
        {isPending ? "Sending…" : "Send reminders"}
      </Button>
      {result && <Notice tone={result.tone}>{result.text}</Notice>}
    </div>
  );
}
