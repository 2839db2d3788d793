"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import type { ActionResult } from "@/lib/actions/result";
import type { CeremonyMode } from "@/lib/domain/ceremony";
import type { StartCeremonyInput } from "@/lib/validation/ceremony";

/** Starts the live show (after a confirmation: its winner's reveal publishes) or a rehearsal. */
export function StartShowButton({
  editionId,
  year,
  mode,
  canPublish,
  action,
}: {
  editionId: number;
  year: number;
  mode: CeremonyMode;
  /** Whether the edition is still unpublished, so the live show's reveal will publish it. */
  canPublish: boolean;
  action: (input: StartCeremonyInput) => Promise<ActionResult<{ version: number; isStarted: boolean }>>;
}) {
  const router = useRouter();
  const t = useTranslations("resultAdmin.startShow");
  const [isPending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const isLive = mode === "live";

  function onClick() {
    if (isLive) {
      if (!window.confirm(canPublish ? t("confirmLivePublish", { year }) : t("confirmLive", { year }))) return;
    }
    setError(null);
    startTransition(async () => {
      const result = await action({ editionId, mode });
      if (!result.ok) setError(result.message);
      router.refresh();
    });
  }

  return (
    <div className="space-y-3">
      <Button type="button" onClick={onClick} disabled={isPending} variant={isLive ? "primary" : "secondary"}>
        {isPending ? t("starting") : isLive ? t("startLive") : t("startRehearsal")}
      </Button>
      {error && <Notice tone="error">{error}</Notice>}
    </div>
  );
}
