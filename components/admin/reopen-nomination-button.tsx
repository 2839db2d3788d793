"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Field, INPUT_CLASS } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import type { ActionResult } from "@/lib/actions/result";

export type ReopenNominationAction = (input: { id: string; reason: string }) => Promise<ActionResult<unknown>>;

/** Reopens a submitted dossier for its coordinators after a confirm step that asks why. */
export function ReopenNominationButton({ nominationId, title, action }: { nominationId: string; title: string; action: ReopenNominationAction }) {
  const t = useTranslations("nominationsAdmin.reopen");
  const router = useRouter();
  const id = useId();
  const [isConfirming, setIsConfirming] = useState(false);
  const [reason, setReason] = useState("");
  const [errors, setErrors] = useState<{ message?: string; reason?: string[] }>({});
  const [isPending, startTransition] = useTransition();

  function onConfirm(event: React.FormEvent) {
    event.preventDefault();
    if (!reason.trim()) {
      setErrors({ reason: [t("reasonRequired")] });
      return;
    }
    setErrors({});
    startTransition(async () => {
      const result = await action({ id: nominationId, reason: reason.trim() });
      if (result.ok) {
        setIsConfirming(false);
        router.refresh();
        return;
      }
      setErrors({ message: result.message, reason: result.fieldErrors?.reason });
    });
  }

  if (!isConfirming) {
    return (
      <Button type="button" variant="secondary" onClick={() => setIsConfirming(true)}>
        {t("button")}<span className="sr-only"> {title}</span>
      </Button>
    );
  }
  return (
    <form onSubmit={onConfirm} className="min-w-56 space-y-3" noValidate>
      {errors.message && <Notice tone="error">{errors.message}</Notice>}
      <Field
        id={`${id}-reason`}
        label={t("reasonLabel")}
        hint={t("reasonHint")}
        errors={errors.reason}
      >
        <textarea
          id={`${id}-reason`}
          rows={3}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          className={INPUT_CLASS}
          aria-invalid={errors.reason ? true : undefined}
          aria-describedby={`${id}-reason-hint${errors.reason ? ` ${id}-reason-error` : ""}`}
        />
      </Field>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="danger" disabled={isPending}>
          {isPending ? t("reopening") : t("confirm")}
        </Button>
        <Button type="button" variant="secondary" disabled={isPending} onClick={() => setIsConfirming(false)}>
          {t("cancel")}
        </Button>
      </div>
    </form>
  );
}
