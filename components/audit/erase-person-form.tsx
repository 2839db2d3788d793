"use client";

import { useTranslations } from "next-intl";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, INPUT_CLASS } from "@/components/ui/field";
import { useServerText } from "@/components/i18n/server-text-provider";
import { Notice } from "@/components/ui/notice";
import type { ActionResult } from "@/lib/actions/result";
import { ERASURE_CONFIRMATION, erasePersonSchema, type ErasePerson, type ErasePersonInput } from "@/lib/validation/erasure";

/** The reason and the typed confirmation for erasing one person; the server checks both again. */
export function ErasePersonForm({ userId, action }: { userId: number; action: (input: ErasePersonInput) => Promise<ActionResult<unknown>> }) {
  const t = useTranslations("auditAdmin.erasure");
  const { say } = useServerText();
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ tone: "error"; text: string } | null>(null);
  const form = useForm<ErasePersonInput, unknown, ErasePerson>({
    resolver: zodResolver(erasePersonSchema),
    defaultValues: { userId, reason: "", confirmation: "" },
  });
  const { errors } = form.formState;

  function onSubmit(values: ErasePerson) {
    setMessage(null);
    startTransition(async () => {
      const result = await action(values);
      if (result.ok) {
        // The email searched for is gone: the page goes on by the id, which shows the erasure.
        router.replace(`/admin/audit/erasure?query=%23${userId}&erased=1`);
        router.refresh();
        return;
      }
      for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
        form.setError(field as keyof ErasePersonInput, { message: messages[0] });
      }
      setMessage({ tone: "error", text: result.message });
    });
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} className="max-w-xl space-y-4" noValidate>
      {message && <Notice tone={message.tone}>{message.text}</Notice>}
      <input type="hidden" {...form.register("userId")} />
      <Field id="erase-reason" label={t("reason")} hint={t("reasonHint")} errors={errors.reason?.message ? [say(errors.reason.message)] : undefined}>
        <textarea
          id="erase-reason"
          rows={3}
          className={INPUT_CLASS}
          aria-invalid={errors.reason ? true : undefined}
          aria-describedby={`erase-reason-hint${errors.reason ? " erase-reason-error" : ""}`}
          {...form.register("reason")}
        />
      </Field>
      <Field
        id="erase-confirmation"
        label={t("confirmation", { word: ERASURE_CONFIRMATION })}
        hint={t("confirmationHint")}
        errors={errors.confirmation?.message ? [say(errors.confirmation.message)] : undefined}
      >
        <input
          id="erase-confirmation"
          autoComplete="off"
          className={INPUT_CLASS}
          aria-invalid={errors.confirmation ? true : undefined}
          aria-describedby={`erase-confirmation-hint${errors.confirmation ? " erase-confirmation-error" : ""}`}
          {...form.register("confirmation")}
        />
      </Field>
      <Button type="submit" variant="danger" disabled={isPending}>
        {isPending ? t("erasing") : t("submit")}
      </Button>
    </form>
  );
}
