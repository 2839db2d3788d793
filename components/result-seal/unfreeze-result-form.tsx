"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, INPUT_CLASS } from "@/components/ui/field";
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
  const [isPending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<UnfreezeResultInput, unknown, UnfreezeValues>({
    resolver: zodResolver(unfreezeResultSchema),
    defaultValues: { editionId, reason: "" },
  });
  const reasonError = form.formState.errors.reason?.message;

  function onSubmit(values: UnfreezeValues) {
    const question = `Unfreeze the result? The fingerprint ${fingerprint.slice(0, 12)}… stops being the seal, and the result can change again. A new freeze gives a new fingerprint.`;
    if (!window.confirm(question)) return;
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
        label="Reason for unfreezing"
        hint="Kept in the audit log with the old fingerprint."
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
        {isPending ? "Unfreezing…" : "Unfreeze the result"}
      </Button>
    </form>
  );
}
