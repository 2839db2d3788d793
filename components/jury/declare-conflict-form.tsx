"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { declareConflictAction } from "@/app/jury/actions";
import { useServerText } from "@/components/i18n/server-text-provider";
import { Button } from "@/components/ui/button";
import { Field, INPUT_CLASS } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import {
  CONFLICT_REASON_MAX,
  conflictDeclarationSchema,
  type ConflictDeclaration,
  type ConflictDeclarationInput,
} from "@/lib/validation/conflict-declaration";

type Step = "closed" | "reason" | "confirm";

/**
 * Lets a juror declare a conflict of interest on this dossier: a reason, then a confirm step, because the
 * dossier leaves their list for good and any scores they gave it stop counting.
 */
export function DeclareConflictForm({ nominationId, hasSheet }: { nominationId: string; hasSheet: boolean }) {
  const t = useTranslations("scoreSheet.conflict");
  const { say } = useServerText();
  const router = useRouter();
  const [step, setStep] = useState<Step>("closed");
  const [error, setError] = useState<string | null>(null);
  const [isPending, setIsPending] = useState(false);
  const stepRef = useRef<HTMLDivElement>(null);
  const form = useForm<ConflictDeclarationInput, unknown, ConflictDeclaration>({
    defaultValues: { nominationId, reason: "" },
    resolver: zodResolver(conflictDeclarationSchema),
  });
  const reasonMessage = form.formState.errors.reason?.message;
  const reasonError = reasonMessage ? say(reasonMessage) : undefined;

  // The button that opened each step has just disappeared, so focus follows the step.
  useEffect(() => {
    if (step === "confirm") stepRef.current?.focus();
    if (step === "reason") form.setFocus("reason");
  }, [step, form]);

  async function onConfirm() {
    if (isPending) return;
    setIsPending(true);
    setError(null);
    const result = await declareConflictAction(form.getValues());
    if (result.ok) {
      router.push("/jury?conflict=declared");
      return;
    }
    setIsPending(false);
    setStep("reason");
    if (result.fieldErrors?.reason?.[0]) form.setError("reason", { type: "server", message: result.fieldErrors.reason[0] });
    setError(result.message);
  }

  if (step === "closed") {
    return (
      <Button type="button" variant="secondary" onClick={() => setStep("reason")}>
        {t("open")}
      </Button>
    );
  }

  return (
    <form onSubmit={form.handleSubmit(() => setStep("confirm"))} noValidate className="space-y-4">
      <Field id="conflict-reason" label={t("reasonLabel")} errors={reasonError ? [reasonError] : undefined}>
        <textarea
          id="conflict-reason"
          rows={3}
          maxLength={CONFLICT_REASON_MAX}
          className={INPUT_CLASS}
          aria-invalid={reasonError ? true : undefined}
          aria-describedby={reasonError ? "conflict-reason-error" : undefined}
          readOnly={step === "confirm"}
          {...form.register("reason")}
        />
      </Field>
      {error && <Notice tone="error">{error}</Notice>}
      {step === "confirm" ? (
        <div ref={stepRef} tabIndex={-1} className="space-y-3 rounded-md border border-red-200 bg-red-50 p-4">
          <p className="text-sm text-red-900">{t(hasSheet ? "confirmWithSheet" : "confirm")}</p>
          <div className="flex flex-wrap gap-3">
            <Button type="button" variant="danger" onClick={() => void onConfirm()} disabled={isPending}>
              {isPending ? t("declaring") : t("yes")}
            </Button>
            <Button type="button" variant="secondary" onClick={() => setStep("reason")} disabled={isPending}>
              {t("cancel")}
            </Button>
          </div>
        </div>
      ) : (
        <div className="flex flex-wrap gap-3">
          <Button type="submit" variant="danger">
            {t("declare")}
          </Button>
          <Button type="button" variant="secondary" onClick={() => setStep("closed")}>
            {t("cancel")}
          </Button>
        </div>
      )}
    </form>
  );
}
