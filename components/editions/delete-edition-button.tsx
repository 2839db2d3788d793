"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import type { ActionResult } from "@/lib/actions/result";
import type { DeleteEditionInput } from "@/lib/validation/edition";

/** Deletes a draft edition after a confirmation that says what goes with it. */
export function DeleteEditionButton({ editionId, year, version, action }: { editionId: number; year: number; version: number; action: (input: DeleteEditionInput) => Promise<ActionResult<{ year: number }>> }) {
  const t = useTranslations("editionsAdmin.delete");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();

  function onClick() {
    if (!window.confirm(t("confirm", { year }))) return;
    setError(null);
    startTransition(async () => {
      const result = await action({ editionId, version });
      if (result.ok) {
        router.push("/admin");
        router.refresh();
      } else {
        setError(result.message);
      }
    });
  }

  return (
    <div className="space-y-3">
      <Button type="button" variant="danger" onClick={onClick} disabled={isPending}>
        {isPending ? t("deleting") : t("button", { year })}
      </Button>
      {error && <Notice tone="error">{error}</Notice>}
    </div>
  );
}
