"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { withdrawNominationAction } from "@/app/coordinator/actions";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";

/** Takes a submitted dossier back to draft before the deadline, after a confirm step. */
export function WithdrawButton({ id }: { id: string }) {
  const router = useRouter();
  const t = useTranslations("dossierForm.withdraw");
  const [isConfirming, setIsConfirming] = useState(false);
  const [isPending, setIsPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirmRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (isConfirming) confirmRef.current?.focus();
  }, [isConfirming]);

  async function withdraw() {
    if (isPending) return;
    setIsPending(true);
    setError(null);
    const result = await withdrawNominationAction({ id }).catch(() => null);
    if (result?.ok) {
      router.refresh();
      return;
    }
    setIsPending(false);
    setIsConfirming(false);
    setError(result?.message ?? t("connectionFailed"));
  }

  return (
    <div className="space-y-3">
      {error && <Notice tone="error">{error}</Notice>}
      {isConfirming ? (
        <div ref={confirmRef} tabIndex={-1} className="space-y-3 rounded-md border border-amber-300 bg-amber-50 p-4 outline-none">
          <p className="font-semibold text-amber-900">{t("confirmTitle")}</p>
          <p className="text-sm text-amber-900">{t("confirmBody")}</p>
          <div className="flex flex-wrap gap-3">
            <Button type="button" variant="danger" onClick={() => void withdraw()} disabled={isPending}>
              {isPending ? t("withdrawing") : t("confirm")}
            </Button>
            <Button type="button" variant="secondary" onClick={() => setIsConfirming(false)} disabled={isPending}>
              {t("cancel")}
            </Button>
          </div>
        </div>
      ) : (
        <Button type="button" variant="secondary" onClick={() => setIsConfirming(true)}>
          {t("button")}
        </Button>
      )}
    </div>
  );
}
