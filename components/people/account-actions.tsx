"use client";

import { useTranslations } from "next-intl";
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
  const t = useTranslations("peopleAdmin.actions");
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
            {t("disable")}
          </Button>
        )}
        {!isActive && (
          <Button type="button" disabled={isPending} onClick={() => run(() => setActive({ userId, isActive: true }), t("enabled", { name }))}>
            {t("enable")}
          </Button>
        )}
        {isActive && isInvited && (
          <Button type="button" variant="secondary" disabled={isPending} onClick={() => run(() => resend({ userId }), t("resent", { name }))}>
            {t("resend")}
          </Button>
        )}
      </div>
      {isSelf && <p className="text-sm text-slate-600">{t("ownAccount")}</p>}
      {isConfirming && (
        <div role="group" aria-label={t("confirmDisabling")} className="space-y-2 rounded-md border border-red-200 bg-red-50 p-3 text-sm">
          <p>{t("disableQuestion", { name })}</p>
          <div className="flex gap-3">
            <Button type="button" variant="danger" disabled={isPending} onClick={() => run(() => setActive({ userId, isActive: false }), t("disabled", { name }))}>
              {isPending ? t("disabling") : t("yesDisable")}
            </Button>
            <Button type="button" variant="secondary" disabled={isPending} onClick={() => setIsConfirming(false)}>
              {t("cancel")}
            </Button>
          </div>
        </div>
      )}
      {message && <Notice tone={message.tone}>{message.text}</Notice>}
    </div>
  );
}
