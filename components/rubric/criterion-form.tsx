"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useEffect, useId } from "react";
import { useForm, type FieldPath } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, INPUT_CLASS } from "@/components/ui/field";
import { useServerText } from "@/components/i18n/server-text-provider";
import { criterionFieldsSchema, SCALE_LIMIT, type CriterionFields, type CriterionFieldsInput } from "@/lib/validation/rubric";

export interface CriterionFormProps {
  initial?: CriterionFields;
  submitLabel: string;
  pendingLabel: string;
  /** Another change to the rubric is on its way: the form waits for it. */
  isPending?: boolean;
  /** Saves the values; resolves to the server's field errors, if any, so they show on their fields. */
  onSave: (values: CriterionFields) => Promise<Record<string, string[]> | undefined>;
  onCancel?: () => void;
  /** Puts the cursor in the title when the form opens in place of a criterion (editing). */
  isFocusedOnOpen?: boolean;
}

const EMPTY: CriterionFields = { title: "", guidance: "", weight: 1, scaleMin: 1, scaleMax: 10, isCommentRequired: false };
const FIELD_NAMES = ["title", "guidance", "weight", "scaleMin", "scaleMax", "isCommentRequired"] as const;

/** Title, guidance, weight, scale and comment rule of one criterion; used to add one and to edit one. */
export function CriterionForm({ initial, submitLabel, pendingLabel, isPending, onSave, onCancel, isFocusedOnOpen }: CriterionFormProps) {
  const t = useTranslations("rubricAdmin.form");
  const { say } = useServerText();
  const id = useId();
  const start = initial ?? EMPTY;
  const form = useForm<CriterionFieldsInput, unknown, CriterionFields>({
    resolver: zodResolver(criterionFieldsSchema),
    defaultValues: { ...start, weight: String(start.weight), scaleMin: String(start.scaleMin), scaleMax: String(start.scaleMax) },
  });
  const errors = form.formState.errors;
  const isBusy = Boolean(isPending) || form.formState.isSubmitting;
  const { setFocus } = form;

  useEffect(() => {
    if (isFocusedOnOpen) setFocus("title");
  }, [isFocusedOnOpen, setFocus]);

  async function submit(values: CriterionFields) {
    const fieldErrors = await onSave(values);
    if (!fieldErrors) {
      if (!initial) form.reset();
      return;
    }
    for (const name of FIELD_NAMES) {
      const message = fieldErrors[name]?.[0];
      if (message) form.setError(name as FieldPath<CriterionFieldsInput>, { message });
    }
  }

  function fieldProps(name: (typeof FIELD_NAMES)[number], hasHint = false) {
    const message = errors[name]?.message;
    const describedBy = [hasHint ? `${id}-${name}-hint` : undefined, message ? `${id}-${name}-error` : undefined].filter(Boolean).join(" ");
    return { id: `${id}-${name}`, "aria-invalid": message ? true : undefined, "aria-describedby": describedBy || undefined };
  }
  const errorsOf = (name: (typeof FIELD_NAMES)[number]) => (errors[name]?.message ? [say(String(errors[name]?.message))] : undefined);

  return (
    <form onSubmit={form.handleSubmit(submit)} className="space-y-4" noValidate>
      <Field id={`${id}-title`} label={t("title")} errors={errorsOf("title")}>
        <input type="text" className={INPUT_CLASS} {...fieldProps("title")} {...form.register("title")} />
      </Field>
      <Field id={`${id}-guidance`} label={t("guidance")} hint={t("guidanceHint")} errors={errorsOf("guidance")}>
        <textarea rows={3} className={INPUT_CLASS} {...fieldProps("guidance", true)} {...form.register("guidance")} />
      </Field>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field id={`${id}-weight`} label={t("weight")} hint={t("weightHint")} errors={errorsOf("weight")}>
          <input type="text" inputMode="decimal" className={INPUT_CLASS} {...fieldProps("weight", true)} {...form.register("weight")} />
        </Field>
        <Field id={`${id}-scaleMin`} label={t("scaleMin")} hint={t("scaleMinHint", { max: SCALE_LIMIT })} errors={errorsOf("scaleMin")}>
          <input type="number" step={1} className={INPUT_CLASS} {...fieldProps("scaleMin", true)} {...form.register("scaleMin")} />
        </Field>
        <Field id={`${id}-scaleMax`} label={t("scaleMax")} hint={t("scaleMaxHint")} errors={errorsOf("scaleMax")}>
          <input type="number" step={1} className={INPUT_CLASS} {...fieldProps("scaleMax", true)} {...form.register("scaleMax")} />
        </Field>
      </div>
      <div className="flex items-center gap-2">
        <input id={`${id}-isCommentRequired`} type="checkbox" className="h-4 w-4" {...form.register("isCommentRequired")} />
        <label htmlFor={`${id}-isCommentRequired`} className="text-sm font-semibold text-slate-800">
          {t("commentRequired")}
        </label>
      </div>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={isBusy}>
          {form.formState.isSubmitting ? pendingLabel : submitLabel}
        </Button>
        {onCancel && (
          <Button type="button" variant="secondary" disabled={isBusy} onClick={onCancel}>
            {t("cancel")}
          </Button>
        )}
      </div>
    </form>
  );
}
