"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { useForm, useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, INPUT_CLASS } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useServerText } from "@/components/i18n/server-text-provider";
import type { AssignmentMode } from "@/db/schema";
import type { ActionResult } from "@/lib/actions/result";
import {
  ASSIGNMENT_MODES,
  MAX_JURORS_PER_DOSSIER,
  assignmentSettingsSchema,
  type AssignmentSettings,
  type AssignmentSettingsInput,
} from "@/lib/validation/assignments";

interface Props {
  editionId: number;
  version: number;
  mode: AssignmentMode;
  jurorsPerDossier: number | null;
  action: (input: AssignmentSettingsInput) => Promise<ActionResult<{ version: number }>>;
}

/** The assignment mode and, for per_dossier, how many jurors each dossier gets. */
export function AssignmentSettingsForm({ editionId, version, mode, jurorsPerDossier, action }: Props) {
  const t = useTranslations("juryAdmin");
  const { say } = useServerText();
  const router = useRouter();
  const id = useId();
  const [isPending, startTransition] = useTransition();
  const [result, setResult] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const form = useForm<AssignmentSettingsInput, unknown, AssignmentSettings>({
    resolver: zodResolver(assignmentSettingsSchema),
    defaultValues: { editionId, version, mode, jurorsPerDossier: jurorsPerDossier === null ? "3" : String(jurorsPerDossier) },
  });
  const chosenMode = useWatch({ control: form.control, name: "mode" });
  const countMessage = form.formState.errors.jurorsPerDossier?.message;
  const countError = countMessage ? say(countMessage) : undefined;

  function onSubmit(values: AssignmentSettings) {
    setResult(null);
    startTransition(async () => {
      const outcome = await action({ editionId, version, mode: values.mode, jurorsPerDossier: values.jurorsPerDossier ?? "" });
      if (outcome.ok) {
        setResult({ tone: "success", text: t("settingsForm.saved") });
        router.refresh();
        return;
      }
      setResult({ tone: "error", text: outcome.message });
      const message = outcome.fieldErrors?.jurorsPerDossier?.[0];
      if (message) form.setError("jurorsPerDossier", { message });
    });
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} className="space-y-4" noValidate>
      <fieldset className="space-y-2">
        <legend className="text-sm font-semibold text-slate-800">{t("settingsForm.legend")}</legend>
        {ASSIGNMENT_MODES.map((value) => (
          <label key={value} className="flex items-center gap-2 text-sm">
            <input type="radio" value={value} {...form.register("mode")} />
            {t(`mode.${value}`)}
          </label>
        ))}
      </fieldset>
      {chosenMode === "per_dossier" && (
        <Field
          id={`${id}-count`}
          label={t("settingsForm.count")}
          hint={t("settingsForm.countHint", { max: MAX_JURORS_PER_DOSSIER })}
          errors={countError ? [countError] : undefined}
        >
          <input
            id={`${id}-count`}
            type="number"
            inputMode="numeric"
            min={1}
            max={MAX_JURORS_PER_DOSSIER}
            className={`${INPUT_CLASS} max-w-32`}
            aria-invalid={countError ? true : undefined}
            aria-describedby={`${id}-count-hint${countError ? ` ${id}-count-error` : ""}`}
            {...form.register("jurorsPerDossier")}
          />
        </Field>
      )}
      <Button type="submit" variant="secondary" disabled={isPending}>
        {isPending ? t("settingsForm.saving") : t("settingsForm.submit")}
      </Button>
      {result && <Notice tone={result.tone}>{result.text}</Notice>}
    </form>
  );
}
