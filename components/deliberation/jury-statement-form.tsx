"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { useServerText } from "@/components/i18n/server-text-provider";
import { Button } from "@/components/ui/button";
import { Field, INPUT_CLASS } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import type { ActionResult } from "@/lib/actions/result";
import { juryStatementSchema, type JuryStatement, type JuryStatementInput } from "@/lib/validation/jury-statement";

/** The chair's statement for the jury (the secretariat may enter it on the jury's behalf). */
export function JuryStatementForm({
  editionId,
  statement,
  action,
}: {
  editionId: number;
  statement: string;
  action: (input: JuryStatementInput) => Promise<ActionResult<{ length: number }>>;
}) {
  const t = useTranslations("deliberation.statementForm");
  const { say } = useServerText();
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [result, setResult] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const form = useForm<JuryStatementInput, unknown, JuryStatement>({
    resolver: zodResolver(juryStatementSchema),
    defaultValues: { editionId, statement },
  });
  const message = form.formState.errors.statement?.message;
  const error = message ? say(message) : undefined;

  function onSubmit(values: JuryStatement) {
    setResult(null);
    startTransition(async () => {
      const outcome = await action(values);
      if (outcome.ok) {
        setResult({ tone: "success", text: t("saved") });
        router.refresh();
      } else {
        setResult({ tone: "error", text: outcome.message });
      }
    });
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} className="space-y-3" noValidate>
      <Field
        id="jury-statement"
        label={t("label")}
        hint={t("hint")}
        errors={error ? [error] : undefined}
      >
        <textarea
          id="jury-statement"
          rows={6}
          className={INPUT_CLASS}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "jury-statement-error" : "jury-statement-hint"}
          {...form.register("statement")}
        />
      </Field>
      {result && <Notice tone={result.tone}>{result.text}</Notice>}
      <Button type="submit" disabled={isPending}>
        {isPending ? t("saving") : t("save")}
      </Button>
    </form>
  );
}
