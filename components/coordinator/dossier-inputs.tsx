"use client";

import { useTranslations } from "next-intl";
import { Controller, get, useFieldArray, useFormState, useWatch, type FieldPath } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, INPUT_CLASS } from "@/components/ui/field";
import { MAX_LINKS, type NominationContentValues } from "@/lib/validation/nomination";
import type { DossierFormApi } from "./use-autosave";
import { WordCounter } from "./word-counter";

type Values = NominationContentValues;
type TextName = { [K in keyof Values]: Values[K] extends string ? K : never }[keyof Values];

function toId(name: string): string {
  return name.replaceAll(".", "-");
}

function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  return ids.filter(Boolean).join(" ") || undefined;
}

/** The message of one field's error, re-rendering only when that field's errors change. */
function useFieldError(form: DossierFormApi, name: FieldPath<Values>): string | undefined {
  const { errors } = useFormState({ control: form.control, name });
  const message = (get(errors, name) as { message?: unknown } | undefined)?.message;
  return typeof message === "string" ? message : undefined;
}

/** A one-line text input with its label, hint and error. */
export function TextField({
  form,
  name,
  label,
  hint,
  type = "text",
  autoComplete = "off",
}: {
  form: DossierFormApi;
  name: TextName;
  label: string;
  hint?: string;
  type?: "text" | "email" | "tel" | "date";
  autoComplete?: string;
}) {
  const error = useFieldError(form, name);
  return (
    <Field id={name} label={label} hint={hint} errors={error ? [error] : undefined}>
      <input
        id={name}
        type={type}
        autoComplete={autoComplete}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint && `${name}-hint`, error && `${name}-error`)}
        className={INPUT_CLASS}
        {...form.register(name)}
      />
    </Field>
  );
}

/** A long text with its live word count against the edition's limit. */
export function LongTextField({
  form,
  name,
  label,
  hint,
  limit,
  subject,
}: {
  form: DossierFormApi;
  name: TextName;
  label: string;
  hint: string;
  limit: number;
  subject: string;
}) {
  const error = useFieldError(form, name);
  const text = useWatch({ control: form.control, name }) ?? "";
  return (
    <Field id={name} label={label} hint={hint} errors={error ? [error] : undefined}>
      <textarea
        id={name}
        rows={name === "description" ? 12 : 7}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(`${name}-hint`, `${name}-count`, error && `${name}-error`)}
        className={INPUT_CLASS}
        {...form.register(name)}
      />
      <WordCounter id={`${name}-count`} text={text} limit={limit} subject={subject} />
    </Field>
  );
}

/** Start date, still running or not, and the end date once the project has ended. */
export function PeriodFields({ form }: { form: DossierFormApi }) {
  const t = useTranslations("dossierForm");
  const isOngoing = useWatch({ control: form.control, name: "isOngoing" });
  const ongoingError = useFieldError(form, "isOngoing");
  return (
    <div className="space-y-4">
      <TextField form={form} name="startDate" label={t("fields.startDate")} type="date" />
      <Controller
        control={form.control}
        name="isOngoing"
        render={({ field }) => (
          <fieldset className="space-y-2" aria-describedby={ongoingError ? "isOngoing-error" : undefined}>
            <legend className="text-sm font-semibold text-slate-800">{t("inputs.ongoingLegend")}</legend>
            <label className="flex items-center gap-2 text-sm">
              <input type="radio" name={field.name} checked={field.value === true} onChange={() => field.onChange(true)} onBlur={field.onBlur} ref={field.ref} />
              {t("inputs.ongoingYes")}
            </label>
            <label className="flex items-center gap-2 text-sm">
              <input type="radio" name={field.name} checked={field.value === false} onChange={() => field.onChange(false)} onBlur={field.onBlur} />
              {t("inputs.ongoingNo")}
            </label>
            {ongoingError && (
              <p id="isOngoing-error" className="text-sm text-red-700">
                {ongoingError}
              </p>
            )}
          </fieldset>
        )}
      />
      {isOngoing === false && <TextField form={form} name="endDate" label={t("inputs.endDate")} type="date" hint={t("inputs.endDateHint")} />}
    </div>
  );
}

function LinkRow({ form, index, onRemove }: { form: DossierFormApi; index: number; onRemove: () => void }) {
  const t = useTranslations("dossierForm.inputs");
  const name = `links.${index}.url` as const;
  const id = toId(name);
  const error = useFieldError(form, name);
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {t("link", { number: index + 1 })}
      </label>
      <div className="flex gap-2">
        <input
          id={id}
          type="url"
          inputMode="url"
          placeholder="https://"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          className={INPUT_CLASS}
          {...form.register(name)}
        />
        <Button type="button" variant="secondary" onClick={onRemove} aria-label={t("removeLink", { number: index + 1 })}>
          {t("remove")}
        </Button>
      </div>
      {error && (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}

/** The project's web addresses (website, reports), one row each, added and removed freely. */
export function LinksField({ form }: { form: DossierFormApi }) {
  const t = useTranslations("dossierForm");
  const { fields, append, remove } = useFieldArray({ control: form.control, name: "links" });
  const listError = useFieldError(form, "links");
  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-semibold text-slate-800">{t("fields.links")}</legend>
      <p className="text-xs text-slate-600">{t("inputs.linksHint")}</p>
      {fields.length === 0 && <p className="text-sm text-slate-600">{t("inputs.noLinks")}</p>}
      {fields.map((field, index) => (
        <LinkRow key={field.id} form={form} index={index} onRemove={() => remove(index)} />
      ))}
      {listError && <p className="text-sm text-red-700">{listError}</p>}
      {fields.length < MAX_LINKS && (
        <Button type="button" variant="secondary" onClick={() => append({ url: "" }, { shouldFocus: true })}>
          {t("inputs.addLink")}
        </Button>
      )}
    </fieldset>
  );
}
