"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import type { ActionResult } from "@/lib/actions/result";
import type { FreezeResultInput } from "@/lib/validation/result-seal";

/** Freezes the result after a confirmation; the button stays disabled while the seal is written. */
export function FreezeResultButton({
  editionId,
  year,
  isPublished,
  action,
}: {
  editionId: number;
  year: number;
  isPublished: boolean;
  action: (input: FreezeResultInput) => Promise<ActionResult<{ fingerprint: string }>>;
}) {
  const router = useRouter();
  const t = useTranslations("resultAdmin.freeze");
  const [isPending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);

  function onClick() {
    const consequence = isPublished ? t("consequencePublished") : t("consequence");
    if (!window.confirm(t("confirm", { year, consequence }))) return;
    setError(null);
    startTransition(async () => {
      const outcome = await action({ editionId });
      if (outcome.ok) router.refresh();
      else setError(outcome.message);
    });
  }

  return (
    <div className="space-y-3">
      <Button type="button" onClick={onClick} disabled={isPending} aria-disabled={isPending}>
        {isPending ? t("freezing") : t("button")}
      </Button>
      {error && <Notice tone="error">{error}</Notice>}
    </div>
  );
}
