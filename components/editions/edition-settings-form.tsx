"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch, type FieldPath, type Resolver } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, INPUT_CLASS } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import type { ActionResult } from "@/lib/actions/result";
import type { EditionSettingField } from "@/lib/domain/edition-edit-rules";
import { describeTieBreakChain, listTieBreakOptions, readTieBreakSteps } from "@/lib/domain/tie-break-words";
import {
  createEditionSchema,
  editionSettingsSchema,
  type CreateEditionInput,
  type EditionSettingsFormValues,
  type UpdateEditionInput,
} from "@/lib/validation/edition";
import { SettingsField } from "./settings-field";

export type EditionFormValues = EditionSettingsFormValues & { year?: string };

type SaveResult = Promise<ActionResult<{ year: number }>>;

interface CommonProps {
  initial: EditionFormValues;
  countries: readonly { code: string; name: string }[];
  criterionTitles: readonly string[];
  /** Settings the phase keeps as they are, with the reason (edit only). */
  locks?: Partial<Record<EditionSettingField, string>>;
}

/** Saves the raw form values (the action parses them with the same schema); resolves to the year to open next. */
export type EditionSettingsFormProps = CommonProps &
  (
    | { mode: "create"; onSave: (input: CreateEditionInput) => SaveResult }
    | { mode: "edit"; target: { editionId: number; version: number }; onSave: (input: UpdateEditionInput) => SaveResult }
  );

/** The form field each setting's errors belong on (the chain's on its first step). */
const FIELD_OF: Partial<Record<string, FieldPath<EditionFormValues>>> = { tieBreakChain: "tieBreak1" };
const SELECT_CLASS = INPUT_CLASS;

/** Theme, presidency, calendar, dossier limits, awards, jury and ranking, retention: create an edition or edit one. */
export function EditionSettingsForm(props: EditionSettingsFormProps) {
  const { mode, initial, countries, criterionTitles, locks = {} } = props;
  const router = useRouter();
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const schema = mode === "create" ? createEditionSchema : editionSettingsSchema;
  // The prizes beyond the awarded places are dropped before checking, as the places may just have gone down.
  const resolver: Resolver<EditionFormValues> = (values, context, options) =>
    (zodResolver(schema, undefined, { raw: true }) as Resolver<EditionFormValues>)(
      { ...values, prizes: (values.prizes ?? []).slice(0, Number(values.awardedPlaces) || 0) },
      context,
      options,
    );
  const form = useForm<EditionFormValues>({ resolver, defaultValues: initial });
  const { errors, isSubmitting } = form.formState;
  const [awardedPlaces, assignmentMode, ...steps] = useWatch({
    control: form.control,
    name: ["awardedPlaces", "assignmentMode", "tieBreak1", "tieBreak2", "tieBreak3"],
  });
  const placeCount = Math.min(Math.max(Number(awardedPlaces) || 0, 0), 10);
  const chainWords = describeTieBreakChain(readTieBreakSteps(steps.map((s) => String(s ?? ""))).chain);
  const tieBreakOptions = listTieBreakOptions(criterionTitles);

  const errorOf = (name: string) => {
    const entry = (errors as Record<string, { message?: string } | undefined>)[name];
    return entry?.message ? String(entry.message) : undefined;
  };
  const text = (name: FieldPath<EditionFormValues>, label: string, options: { hint?: string; type?: "text" | "number" | "date" | "datetime-local"; lock?: EditionSettingField } = {}) => (
    <SettingsField
      id={`edition-${name}`}
      label={label}
      hint={options.hint}
      type={options.type}
      lock={locks[options.lock ?? (name as EditionSettingField)]}
      error={errorOf(name)}
      value={String(form.getValues(name) ?? "")}
      register={form.register(name)}
    />
  );

  async function submit(values: EditionFormValues) {
    setMessage(null);
    const sent = { ...values, prizes: (values.prizes ?? []).slice(0, placeCount) };
    const result = props.mode === "create" ? await props.onSave({ ...sent, year: sent.year ?? "" }) : await props.onSave({ ...sent, ...props.target });
    if (result.ok) {
      setMessage({ tone: "success", text: mode === "create" ? `Edition ${result.data.year} is created.` : "The settings are saved." });
      router.push(`/admin/editions/${result.data.year}${mode === "create" ? "" : "/settings"}`);
      router.refresh();
      return;
    }
    setMessage({ tone: "error", text: result.message });
    for (const [key, messages] of Object.entries(result.fieldErrors ?? {})) {
      const name = FIELD_OF[key] ?? (key as FieldPath<EditionFormValues>);
      if (messages[0]) form.setError(name, { message: messages[0] });
    }
  }

  const lockOf = (field: EditionSettingField) => locks[field];
  return (
    <form onSubmit={form.handleSubmit(submit)} className="space-y-8" noValidate aria-label={mode === "create" ? "New edition" : "Edition settings"}>
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">Theme and presidency</legend>
        {mode === "create" && text("year", "Year", { type: "number" })}
        {text("theme", "Theme", { hint: "One line, as the call and the public pages show it." })}
        <Field id="edition-description" label="Description" hint={lockOf("description") ?? "A paragraph on the theme."} errors={errorOf("description") ? [errorOf("description")!] : undefined}>
          <textarea id="edition-description" rows={4} className={INPUT_CLASS} disabled={Boolean(lockOf("description"))} {...(lockOf("description") ? { defaultValue: initial.description } : form.register("description"))} />
        </Field>
        <Field id="edition-presidency" label="Presidency" hint={lockOf("presidencyCountryCode")} errors={errorOf("presidencyCountryCode") ? [errorOf("presidencyCountryCode")!] : undefined}>
          <select id="edition-presidency" className={SELECT_CLASS} disabled={Boolean(lockOf("presidencyCountryCode"))} {...(lockOf("presidencyCountryCode") ? { defaultValue: initial.presidencyCountryCode } : form.register("presidencyCountryCode"))}>
            <option value="">Choose a country</option>
            {countries.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
        </Field>
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">Calendar</legend>
        {text("timeZone", "Time zone", { hint: "The IANA name, e.g. Europe/Brussels. Every date and time below is read in this zone." })}
        <div className="grid gap-4 sm:grid-cols-2">
          {text("nationalCallOpensOn", "National call opens on", { type: "date" })}
          {text("nationalCallClosesOn", "National call closes on", { type: "date" })}
          {text("submissionDeadline", "Submission deadline", { type: "datetime-local" })}
          {text("gracePeriodMinutes", "Grace period (minutes)", { type: "number", hint: "Late submissions accepted after the deadline; 0 for none." })}
          {text("eligibilityDeadline", "Eligibility decided by", { type: "datetime-local" })}
          {text("juryDeadline", "Jury deadline", { type: "datetime-local" })}
          {text("juryMeetingOn", "Jury meeting on", { type: "date" })}
          {text("ceremonyPlace", "Ceremony place")}
          {text("ceremonyStartsOn", "Ceremony starts on", { type: "date" })}
          {text("ceremonyEndsOn", "Ceremony ends on", { type: "date", hint: "Leave empty for a one-day ceremony." })}
        </div>
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">Dossiers</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          {text("descriptionWordLimit", "Word limit of the description", { type: "number" })}
          {text("answerWordLimit", "Word limit of each answer", { type: "number" })}
        </div>
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">Awards and prizes</legend>
        {text("awardedPlaces", "Awarded places", { type: "number", hint: "The winner and the runners-up, 1 to 10." })}
        {Array.from({ length: placeCount }, (_, index) => (
          <div key={index}>{text(`prizes.${index}` as FieldPath<EditionFormValues>, `Prize for place ${index + 1}`, { lock: "prizes", hint: index === 0 ? "Leave empty where there is no prize." : undefined })}</div>
        ))}
        {errorOf("prizes") && <p className="text-sm text-red-700">{errorOf("prizes")}</p>}
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">Jury and ranking</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          {text("maxVotingJurors", "Most voting jurors", { type: "number" })}
          <Field id="edition-scoreVisibility" label="Once the jury is closed, jurors see the others' scores" hint={lockOf("scoreVisibility")}>
            <select id="edition-scoreVisibility" className={SELECT_CLASS} disabled={Boolean(lockOf("scoreVisibility"))} {...(lockOf("scoreVisibility") ? { defaultValue: initial.scoreVisibility } : form.register("scoreVisibility"))}>
              <option value="own_only">Not at all: each juror sees only their own</option>
              <option value="anonymous">Without names</option>
              <option value="named">With the jurors&apos; names</option>
            </select>
          </Field>
          <Field id="edition-assignmentMode" label="Assignment" hint={lockOf("assignmentMode")}>
            <select id="edition-assignmentMode" className={SELECT_CLASS} disabled={Boolean(lockOf("assignmentMode"))} {...(lockOf("assignmentMode") ? { defaultValue: initial.assignmentMode } : form.register("assignmentMode"))}>
              <option value="all">Every voting juror scores every dossier (except their own country&apos;s)</option>
              <option value="per_dossier">A number of jurors per dossier</option>
            </select>
          </Field>
          {assignmentMode === "per_dossier" && text("jurorsPerDossier", "Jurors per dossier", { type: "number" })}
        </div>
        <div className="flex items-center gap-2">
          <input id="edition-isNormalised" type="checkbox" className="h-4 w-4" disabled={Boolean(lockOf("isNormalised"))} {...(lockOf("isNormalised") ? { defaultChecked: Boolean(initial.isNormalised) } : form.register("isNormalised"))} />
          <label htmlFor="edition-isNormalised" className="text-sm font-semibold text-slate-800">
            The official ranking uses normalised scores (each juror&apos;s scores as z-scores); the raw ranking is always shown beside it
          </label>
        </div>
        {lockOf("isNormalised") && <p className="text-xs text-slate-600">{lockOf("isNormalised")}</p>}
        <div className="space-y-2">
          <p className="text-sm font-semibold text-slate-800">Ties are broken by</p>
          <div className="grid gap-4 sm:grid-cols-3">
            {(["tieBreak1", "tieBreak2", "tieBreak3"] as const).map((name, index) => (
              <Field key={name} id={`edition-${name}`} label={index === 0 ? "First" : "Then"} errors={errorOf(name) ? [errorOf(name)!] : undefined}>
                <select id={`edition-${name}`} className={SELECT_CLASS} disabled={Boolean(lockOf("tieBreakChain"))} {...(lockOf("tieBreakChain") ? { defaultValue: initial[name] } : form.register(name))}>
                  <option value="">nothing more: the chair decides</option>
                  {tieBreakOptions.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </select>
              </Field>
            ))}
          </div>
          <p className="text-sm text-slate-700" data-testid="tie-break-words">
            In words: {chainWords}.
          </p>
          {lockOf("tieBreakChain") && <p className="text-xs text-slate-600">{lockOf("tieBreakChain")}</p>}
        </div>
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">Data protection</legend>
        {text("contactRetentionMonths", "Coordinators' contact details are erased after (months)", { type: "number", hint: "Counted from publication, 1 to 120." })}
      </fieldset>

      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Saving…" : mode === "create" ? "Create the edition" : "Save the settings"}
        </Button>
      </div>
      {message && <Notice tone={message.tone}>{message.text}</Notice>}
    </form>
  );
}
