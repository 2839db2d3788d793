"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, INPUT_CLASS } from "@/components/ui/field";
import { useServerText } from "@/components/i18n/server-text-provider";
import { Notice } from "@/components/ui/notice";
import type { ActionResult } from "@/lib/actions/result";
import { unfreezeResultSchema, type UnfreezeResultInput } from "@/lib/validation/result-seal";

type UnfreezeValues = { editionId: number; reason: string };

/** Lifts the seal: the reason is required, and a confirmation names the fingerprint that will be given up. */
export function UnfreezeResultForm({
  editionId,
  fingerprint,
  action,
}: {
  editionId: number;
  fingerprint: string;
  action: (input: UnfreezeResultInput) => Promise<ActionResult<{ previousFingerprint: string }>>;
}) {
  const router = useRouter();
  const t = useTranslations("resultAdmin.unfreeze");
  const { say } = useServerText();
  const [isPending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<UnfreezeResultInput, unknown, UnfreezeValues>({
    resolver: zodResolver(unfreezeResultSchema),
    defaultValues: { editionId, reason: "" },
  });
  // zod checks in the browser in English; the server's own refusals arrive translated already.
  const reasonMessage = form.formState.errors.reason?.message;
  const reasonError = reasonMessage && say(reasonMessage);

  function onSubmit(values: UnfreezeValues) {
    if (!window.confirm(t("confirm", { fingerprint: fingerprint.slice(0, 12) }))) return;
    setError(null);
    startTransition(async () => {
      const outcome = await action(values);
      if (outcome.ok) {
        form.reset({ editionId, reason: "" });
        router.refresh();
        return;
      }
      const fieldMessage = outcome.fieldErrors?.reason?.[0];
      if (fieldMessage) form.setError("reason", { message: fieldMessage });
      setError(outcome.message);
    });
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} className="space-y-3" noValidate>
      <Field
        id="unfreeze-reason"
        label={t("label")}
        hint={t("hint")}
        errors={reasonError ? [reasonError] : undefined}
      >
        <textarea
          id="unfreeze-reason"
          rows={3}
          className={INPUT_CLASS}
          aria-invalid={reasonError ? true : undefined}
          aria-describedby={reasonError ? "unfreeze-reason-error" : "unfreeze-reason-hint"}
          {...form.register("reason")}
        />
      </Field>
      {error && <Notice tone="error">{error}</Notice>}
      <Button type="submit" variant="danger" disabled={isPending} aria-disabled={isPending}>
        {isPending ? t("unfreezing") : t("button")}
      </Button>
    </form>
  );
}
