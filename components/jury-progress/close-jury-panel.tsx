"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, INPUT_CLASS } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import type { ActionResult } from "@/lib/actions/result";
import { closeJurySchema, type CloseJury, type CloseJuryInput } from "@/lib/validation/assignments";

export type CloseJuryAction = (input: CloseJuryInput) => Promise<ActionResult<{ version: number; isForced: boolean; missing: number }>>;

interface Props {
  editionId: number;
  year: number;
  version: number;
  /** Assigned sheets not submitted yet; 0 means the jury can close normally. */
  missingCount: number;
  action: CloseJuryAction;
}

const CLOSED_TEXT = "The jury is closed and the edition is now in Deliberation.";

/** "Close the jury" when every sheet is in; otherwise "Force-close the jury", which needs a reason. */
export function CloseJuryPanel({ editionId, year, version, missingCount, action }: Props) {
  const router = useRouter();
  const id = useId();
  const [isPending, startTransition] = useTransition();
  const [result, setResult] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const isForced = missingCount > 0;
  const form = useForm<CloseJuryInput, unknown, CloseJury>({
    resolver: zodResolver(closeJurySchema),
    defaultValues: { editionId, version, isForced, reason: "" },
  });
  const reasonError = form.formState.errors.reason?.message;

  function send(values: CloseJury) {
    const question = isForced
      ? `Force-close the jury of ${year}? ${missingCount} assigned score ${missingCount === 1 ? "sheet is" : "sheets are"} not submitted and will not count. ` +
        "Jurors can no longer change their scores, the edition moves to Deliberation, and your reason is recorded."
      : `Close the jury of ${year}? Jurors can no longer change their scores and the edition moves to Deliberation.`;
    if (!window.confirm(question)) return;
    setResult(null);
    startTransition(async () => {
      const outcome = await action({ editionId, version, isForced, reason: values.reason });
      if (outcome.ok) {
        setResult({ tone: "success", text: CLOSED_TEXT });
        router.refresh();
        return;
      }
      setResult({ tone: "error", text: outcome.message });
      const message = outcome.fieldErrors?.reason?.[0];
      if (message) form.setError("reason", { message });
    });
  }

  return (
    <form onSubmit={form.handleSubmit(send)} className="space-y-4" noValidate>
      {isForced ? (
        <>
          <p className="text-sm text-slate-700">
            {missingCount} assigned score {missingCount === 1 ? "sheet is" : "sheets are"} not submitted yet. You can wait, send
            reminders, or force-close the jury with a reason.
          </p>
          <Field
            id={`${id}-reason`}
            label="Reason for closing before every sheet is submitted"
            hint="Recorded with the edition and in the audit log."
            errors={reasonError ? [reasonError] : undefined}
          >
            <textarea
              id={`${id}-reason`}
              rows={3}
              className={INPUT_CLASS}
              aria-invalid={reasonError ? true : undefined}
              aria-describedby={`${id}-reason-hint${reasonError ? ` ${id}-reason-error` : ""}`}
              {...form.register("reason")}
            />
          </Field>
        </>
      ) : (
        <p className="text-sm text-slate-700">Every assigned score sheet is submitted.</p>
      )}
      <Button type="submit" variant={isForced ? "danger" : "primary"} disabled={isPending}>
        {isPending ? "Closing…" : isForced ? "Force-close the jury" : "Close the jury"}
      </Button>
      {result && <Notice tone={result.tone}>{result.text}</Notice>}
    </form>
  );
}
