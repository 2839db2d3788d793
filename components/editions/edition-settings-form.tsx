"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch, type FieldPath, type Resolver } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, INPUT_CLASS } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useServerText } from "@/components/i18n/server-text-provider";
import type { ActionResult } from "@/lib/actions/result";
import type { EditionSettingField } from "@/lib/domain/edition-edit-rules";
import { readTieBreakSteps } from "@/lib/domain/tie-break-words";
import {
  createEditionSchema,
  editionSettingsSchema,
  type CreateEditionInput,
  type EditionSettingsFormValues,
  type UpdateEditionInput,
} from "@/lib/validation/edition";
import { SettingsField } from "./settings-field";
import { sayTieBreakChain, sayTieBreakStep, type SayTieBreak } from "./tie-break-text";

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
  const t = useTranslations("editionsAdmin");
  const { say } = useServerText();
  const sayTieBreak: SayTieBreak = (word, values) => t(`tieBreak.${word}`, values);
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
  const chainWords = sayTieBreakChain(sayTieBreak, readTieBreakSteps(steps.map((s) => String(s ?? ""))).chain);
  const tieBreakOptions = ["median", ...criterionTitles.map((_, index) => `criterion:${index + 1}`), "top_marks"].map((value) => ({
    value,
    label: sayTieBreakStep(sayTieBreak, value, criterionTitles),
  }));

  const errorOf = (name: string) => {
    const entry = (errors as Record<string, { message?: string } | undefined>)[name];
    return entry?.message ? say(String(entry.message)) : undefined;
  };
  const textField = (name: FieldPath<EditionFormValues>, label: string, options: { hint?: string; type?: "text" | "number" | "date" | "datetime-local"; lock?: EditionSettingField } = {}) => (
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
      setMessage({ tone: "success", text: mode === "create" ? t("form.created", { year: result.data.year }) : t("form.saved") });
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
    <form onSubmit={form.handleSubmit(submit)} className="space-y-8" noValidate aria-label={mode === "create" ? t("form.newLabel") : t("form.editLabel")}>
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t("form.themeLegend")}</legend>
        {mode === "create" && textField("year", t("form.year"), { type: "number" })}
        {textField("theme", t("form.theme"), { hint: t("form.themeHint") })}
        <Field id="edition-description" label={t("form.description")} hint={lockOf("description") ?? t("form.descriptionHint")} errors={errorOf("description") ? [errorOf("description")!] : undefined}>
          <textarea id="edition-description" rows={4} className={INPUT_CLASS} disabled={Boolean(lockOf("description"))} {...(lockOf("description") ? { defaultValue: initial.description } : form.register("description"))} />
        </Field>
        <Field id="edition-presidency" label={t("form.presidency")} hint={lockOf("presidencyCountryCode")} errors={errorOf("presidencyCountryCode") ? [errorOf("presidencyCountryCode")!] : undefined}>
          <select id="edition-presidency" className={SELECT_CLASS} disabled={Boolean(lockOf("presidencyCountryCode"))} {...(lockOf("presidencyCountryCode") ? { defaultValue: initial.presidencyCountryCode } : form.register("presidencyCountryCode"))}>
            <option value="">{t("form.chooseCountry")}</option>
            {countries.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
        </Field>
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t("form.calendarLegend")}</legend>
        {textField("timeZone", t("form.timeZone"), { hint: t("form.timeZoneHint") })}
        <div className="grid gap-4 sm:grid-cols-2">
          {textField("nationalCallOpensOn", t("form.callOpens"), { type: "date" })}
          {textField("nationalCallClosesOn", t("form.callCloses"), { type: "date" })}
          {textField("submissionDeadline", t("form.submissionDeadline"), { type: "datetime-local" })}
          {textField("gracePeriodMinutes", t("form.grace"), { type: "number", hint: t("form.graceHint") })}
          {textField("eligibilityDeadline", t("form.eligibilityDeadline"), { type: "datetime-local" })}
          {textField("juryDeadline", t("form.juryDeadline"), { type: "datetime-local" })}
          {textField("juryMeetingOn", t("form.juryMeeting"), { type: "date" })}
          {textField("ceremonyPlace", t("form.ceremonyPlace"))}
          {textField("ceremonyStartsOn", t("form.ceremonyStarts"), { type: "date" })}
          {textField("ceremonyEndsOn", t("form.ceremonyEnds"), { type: "date", hint: t("form.ceremonyEndsHint") })}
        </div>
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t("form.dossiersLegend")}</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          {textField("descriptionWordLimit", t("form.descriptionWords"), { type: "number" })}
          {textField("answerWordLimit", t("form.answerWords"), { type: "number" })}
        </div>
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t("form.awardsLegend")}</legend>
        {textField("awardedPlaces", t("form.awardedPlaces"), { type: "number", hint: t("form.awardedPlacesHint") })}
        {Array.from({ length: placeCount }, (_, index) => (
          <div key={index}>{textField(`prizes.${index}` as FieldPath<EditionFormValues>, t("form.prize", { place: index + 1 }), { lock: "prizes", hint: index === 0 ? t("form.prizeHint") : undefined })}</div>
        ))}
        {errorOf("prizes") && <p className="text-sm text-red-700">{errorOf("prizes")}</p>}
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t("form.juryLegend")}</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          {textField("maxVotingJurors", t("form.maxVoting"), { type: "number" })}
          <Field id="edition-scoreVisibility" label={t("form.visibility")} hint={lockOf("scoreVisibility")}>
            <select id="edition-scoreVisibility" className={SELECT_CLASS} disabled={Boolean(lockOf("scoreVisibility"))} {...(lockOf("scoreVisibility") ? { defaultValue: initial.scoreVisibility } : form.register("scoreVisibility"))}>
              <option value="own_only">{t("form.visibilityOwn")}</option>
              <option value="anonymous">{t("form.visibilityAnonymous")}</option>
              <option value="named">{t("form.visibilityNamed")}</option>
            </select>
          </Field>
          <Field id="edition-assignmentMode" label={t("form.assignment")} hint={lockOf("assignmentMode")}>
            <select id="edition-assignmentMode" className={SELECT_CLASS} disabled={Boolean(lockOf("assignmentMode"))} {...(lockOf("assignmentMode") ? { defaultValue: initial.assignmentMode } : form.register("assignmentMode"))}>
              <option value="all">{t("form.assignmentAll")}</option>
              <option value="per_dossier">{t("form.assignmentPerDossier")}</option>
            </select>
          </Field>
          {assignmentMode === "per_dossier" && textField("jurorsPerDossier", t("form.jurorsPerDossier"), { type: "number" })}
        </div>
        <div className="flex items-center gap-2">
          <input id="edition-isNormalised" type="checkbox" className="h-4 w-4" disabled={Boolean(lockOf("isNormalised"))} {...(lockOf("isNormalised") ? { defaultChecked: Boolean(initial.isNormalised) } : form.register("isNormalised"))} />
          <label htmlFor="edition-isNormalised" className="text-sm font-semibold text-slate-800">
            {t("form.normalised")}
          </label>
        </div>
        {lockOf("isNormalised") && <p className="text-xs text-slate-600">{lockOf("isNormalised")}</p>}
        <div className="space-y-2">
          <p className="text-sm font-semibold text-slate-800">{t("form.tiesBrokenBy")}</p>
          <div className="grid gap-4 sm:grid-cols-3">
            {(["tieBreak1", "tieBreak2", "tieBreak3"] as const).map((name, index) => (
              <Field key={name} id={`edition-${name}`} label={index === 0 ? t("form.first") : t("form.then")} errors={errorOf(name) ? [errorOf(name)!] : undefined}>
                <select id={`edition-${name}`} className={SELECT_CLASS} disabled={Boolean(lockOf("tieBreakChain"))} {...(lockOf("tieBreakChain") ? { defaultValue: initial[name] } : form.register(name))}>
                  <option value="">{t("form.nothingMore")}</option>
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
            {t("form.inWords", { words: chainWords })}
          </p>
          {lockOf("tieBreakChain") && <p className="text-xs text-slate-600">{lockOf("tieBreakChain")}</p>}
        </div>
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t("form.dataLegend")}</legend>
        {textField("contactRetentionMonths", t("form.retention"), { type: "number", hint: t("form.retentionHint") })}
      </fieldset>

      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? t("form.saving") : mode === "create" ? t("form.create") : t("form.save")}
        </Button>
      </div>
      {message && <Notice tone={message.tone}>{message.text}</Notice>}
    </form>
  );
}
