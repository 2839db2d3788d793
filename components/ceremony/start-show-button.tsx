"use client";

import { useRouter } from "next/navigation";
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
  const [isPending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const isLive = mode === "live";

  function onClick() {
    if (isLive) {
      const question =
        `Start the live show of ${year}? The public audience screen at /ceremony/${year} follows you from now on` +
        (canPublish ? ", and revealing the winner publishes the results at that moment." : ".");
      if (!window.confirm(question)) return;
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
        {isPending ? "Starting…" : isLive ? "Start the live show" : "Start a rehearsal"}
      </Button>
      {error && <Notice tone="error">{error}</Notice>}
    </div>
  );
}
