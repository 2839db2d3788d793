"use client";

import { useTranslations } from "next-intl";
import { useRef, useState, useTransition } from "react";
import { reopenScoreSheetAction } from "@/app/jury/actions";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";

/** Turns the juror's submitted sheet back into a draft; the page then shows the form again. */
export function ReopenSheetButton({ nominationId, version }: { nominationId: string; version: number }) {
  const t = useTranslations("scoreSheet.reopen");
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();
  const isSendingRef = useRef(false);

  function onReopen() {
    if (isSendingRef.current) return;
    isSendingRef.current = true;
    setError(null);
    startTransition(async () => {
      const result = await reopenScoreSheetAction({ nominationId, version });
      isSendingRef.current = false;
      if (!result.ok) setError(result.message);
    });
  }

  return (
    <div className="space-y-2">
      {error && <Notice tone="error">{error}</Notice>}
      <Button type="button" variant="secondary" onClick={onReopen} disabled={isPending}>
        {isPending ? t("opening") : t("editAgain")}
      </Button>
      <p className="text-xs text-slate-600">{t("hint")}</p>
    </div>
  );
}
