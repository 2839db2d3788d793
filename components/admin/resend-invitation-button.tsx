"use client";

import Link from "next/link";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import type { ActionResult } from "@/lib/actions/result";

export type ResendInvitationAction = (input: { messageId: number }) => Promise<ActionResult<{ messageId: number; name: string }>>;

/** Issues a fresh invitation link for the message's addressee and queues it; the link itself is never shown here. */
export function ResendInvitationButton({ messageId, action }: { messageId: number; action: ResendInvitationAction }) {
  const [result, setResult] = useState<Awaited<ReturnType<ResendInvitationAction>> | null>(null);
  const [isPending, startTransition] = useTransition();

  function onResend() {
    startTransition(async () => setResult(await action({ messageId })));
  }

  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-600">
        The link is masked: it belongs to the addressee alone. Resending issues a new link, and the old one stops working.
      </p>
      <Button type="button" variant="secondary" onClick={onResend} disabled={isPending}>
        {isPending ? "Resending…" : "Resend with a new link"}
      </Button>
      {result?.ok && (
        <Notice tone="success">
          A new invitation for {result.data.name} is queued.{" "}
          <Link href={`/admin/outbox/${result.data.messageId}`} className="font-medium underline">
            Open the new message
          </Link>
        </Notice>
      )}
      {result && !result.ok && <Notice tone="error">{result.message}</Notice>}
    </div>
  );
}
