"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, INPUT_CLASS } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useServerText } from "@/components/i18n/server-text-provider";
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

/** "Close the jury" when every sheet is in; otherwise "Force-close the jury", which needs a reason. */
export function CloseJuryPanel({ editionId, year, version, missingCount, action }: Props) {
  const t = useTranslations("juryAdmin.close");
  const { say } = useServerText();
  const router = useRouter();
  const id = useId();
  const [isPending, startTransition] = useTransition();
  const [result, setResult] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const isForced = missingCount > 0;
  const form = useForm<CloseJuryInput, unknown, CloseJury>({
    resolver: zodResolver(closeJurySchema),
    defaultValues: { editionId, version, isForced, reason: "" },
  });
  const reasonMessage = form.formState.errors.reason?.message;
  const reasonError = reasonMessage ? say(reasonMessage) : undefined;

  function send(values: CloseJury) {
    const question = isForced ? t("confirmForce", { year, count: missingCount }) : t("confirm", { year });
    if (!window.confirm(question)) return;
    setResult(null);
    startTransition(async () => {
      const outcome = await action({ editionId, version, isForced, reason: values.reason });
      if (outcome.ok) {
        setResult({ tone: "success", text: t("closed") });
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
            {t("missing", { count: missingCount })}
          </p>
          <Field
            id={`${id}-reason`}
            label={t("reasonLabel")}
            hint={t("reasonHint")}
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
        <p className="text-sm text-slate-700">{t("allSubmitted")}</p>
      )}
      <Button type="submit" variant={isForced ? "danger" : "primary"} disabled={isPending}>
        {isPending ? t("closing") : isForced ? t("forceButton") : t("button")}
      </Button>
      {result && <Notice tone={result.tone}>{result.text}</Notice>}
    </form>
  );
}
