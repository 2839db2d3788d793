"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import type { ActionResult } from "@/lib/actions/result";

export interface AccountActionsProps {
  userId: number;
  name: string;
  isActive: boolean;
  isInvited: boolean;
  isSelf: boolean;
  setActive: (input: { userId: number; isActive: boolean }) => Promise<ActionResult<{ name: string; isChanged: boolean }>>;
  resend: (input: { userId: number }) => Promise<ActionResult<{ name: string; messageId: number }>>;
}

/** Disable (after a confirmation) or enable an account, and resend an invitation, with the outcome said in words. */
export function AccountActions({ userId, name, isActive, isInvited, isSelf, setActive, resend }: AccountActionsProps) {
  const router = useRouter();
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const [isConfirming, setIsConfirming] = useState(false);
  const [isPending, startTransition] = useTransition();

  function run(task: () => Promise<ActionResult<unknown>>, success: string) {
    startTransition(async () => {
      const result = await task();
      setIsConfirming(false);
      setMessage(result.ok ? { tone: "success", text: success } : { tone: "error", text: result.message });
      if (result.ok) router.refresh();
    });
  }

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-3">
        {isActive && !isConfirming && (
          <Button type="button" variant="secondary" disabled={isPending || isSelf} onClick={() => setIsConfirming(true)}>
            Disable account
          </Button>
        )}
        {!isActive && (
          <Button type="button" disabled={isPending} onClick={() => run(() => setActive({ userId, isActive: true }), `${name}'s account is enabled again; they sign in anew.`)}>
            Enable account
          </Button>
        )}
        {isActive && isInvited && (
          <Button type="button" variant="secondary" disabled={isPending} onClick={() => run(() => resend({ userId }), `A new invitation for ${name} is in the outbox; the earlier link no longer works.`)}>
            Resend invitation
          </Button>
        )}
      </div>
      {isSelf && <p className="text-sm text-slate-600">This is your own account: another admin can disable it.</p>}
      {isConfirming && (
        <div role="group" aria-label="Confirm disabling" className="space-y-2 rounded-md border border-red-200 bg-red-50 p-3 text-sm">
          <p>Disable {name}&apos;s account? Their sessions end at their next click and they can no longer sign in, until you enable it again.</p>
          <div className="flex gap-3">
            <Button type="button" variant="danger" disabled={isPending} onClick={() => run(() => setActive({ userId, isActive: false }), `${name}'s account is disabled; their sessions have ended.`)}>
              {isPending ? "Disabling…" : "Yes, disable"}
            </Button>
            <Button type="button" variant="secondary" disabled={isPending} onClick={() => setIsConfirming(false)}>
              Cancel
            </Button>
          </div>
        </div>
      )}
      {message && <Notice tone={message.tone}>{message.text}</Notice>}
    </div>
  );
}
