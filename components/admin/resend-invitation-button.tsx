"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import type { ActionResult } from "@/lib/actions/result";

export type ResendInvitationAction = (input: { messageId: number }) => Promise<ActionResult<{ messageId: number; name: string }>>;

/** Issues a fresh invitation link for the message's addressee and queues it; the link itself is never shown here. */
export function ResendInvitationButton({ messageId, action }: { messageId: number; action: ResendInvitationAction }) {
  const t = useTranslations("nominationsAdmin.resend");
  const [result, setResult] = useState<Awaited<ReturnType<ResendInvitationAction>> | null>(null);
  const [isPending, startTransition] = useTransition();

  function onResend() {
    startTransition(async () => setResult(await action({ messageId })));
  }

  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-600">
        {t("intro")}
      </p>
      <Button type="button" variant="secondary" onClick={onResend} disabled={isPending}>
        {isPending ? t("resending") : t("button")}
      </Button>
      {result?.ok && (
        <Notice tone="success">
          {t("queued", { name: result.data.name })}{" "}
          <Link href={`/admin/outbox/${result.data.messageId}`} className="font-medium underline">
            {t("open")}
          </Link>
        </Notice>
      )}
      {result && !result.ok && <Notice tone="error">{result.message}</Notice>}
    </div>
  );
}
