"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import type { z } from "zod";
import { createNominationAction } from "@/app/coordinator/actions";
import { useTranslatedResolver } from "@/components/i18n/use-translated-resolver";
import { Button } from "@/components/ui/button";
import { Field, INPUT_CLASS } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { createNominationSchema, type NominationLimits } from "@/lib/validation/nomination";
import { DossierFields } from "./dossier-fields";
import { applyServerFieldErrors, toErrorMessages } from "./form-errors";

export interface NominatingCountry {
  code: string;
  name: string;
  hasCompeting: boolean;
}

const FIELD_NAMES = ["countryCode", "kind", "title", "organisation", "description"] as const;

/** The first step of a dossier: who sends it, as what, and its text; it is saved as a draft. */
export function NewNominationForm({
  year,
  countries,
  limits,
}: {
  year: number;
  countries: NominatingCountry[];
  limits: NominationLimits;
}) {
  const router = useRouter();
  const t = useTranslations("dossierForm.newNomination");
  const { descriptionWordLimit, answerWordLimit } = limits;
  const schema = useMemo(() => createNominationSchema({ descriptionWordLimit, answerWordLimit }), [descriptionWordLimit, answerWordLimit]);
  const first = countries[0];
  const form = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({
    resolver: useTranslatedResolver(schema),
    defaultValues: {
      countryCode: first?.code ?? "",
      kind: first?.hasCompeting ? "additional" : "competing",
      title: "",
      organisation: "",
      description: "",
    },
  });
  const [message, setMessage] = useState<string | null>(null);
  // Stays true while the browser moves to the new draft, so the button cannot create a second one.
  const [isLeaving, setIsLeaving] = useState(false);
  const [countryCode, description] = useWatch({ control: form.control, name: ["countryCode", "description"] });
  const country = countries.find((c) => c.code === countryCode);
  const errors = toErrorMessages(form.formState.errors, FIELD_NAMES);
  const isBusy = form.formState.isSubmitting || isLeaving;

  const onValid = async (values: z.output<typeof schema>) => {
    setMessage(null);
    const result = await createNominationAction({ year, ...values });
    if (result.ok) {
      setIsLeaving(true);
      router.push(`/coordinator/nominations/${result.data.id}`);
      return;
    }
    const hasFieldErrors = applyServerFieldErrors(form.setError, result.fieldErrors, FIELD_NAMES);
    setMessage(hasFieldErrors && result.code === "INVALID" ? t("correctFields") : result.message);
  };

  return (
    <form onSubmit={form.handleSubmit(onValid)} className="space-y-5" noValidate>
      {message && <Notice tone="error">{message}</Notice>}
      {countries.length > 1 ? (
        <Field id="countryCode" label={t("country")} errors={errors.countryCode ? [errors.countryCode] : undefined}>
          <select id="countryCode" className={INPUT_CLASS} aria-invalid={errors.countryCode ? true : undefined} {...form.register("countryCode")}>
            {countries.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
        </Field>
      ) : (
        <p className="text-sm text-slate-800">{t.rich("countryLine", { name: first?.name ?? "", b: (chunks) => <span className="font-semibold">{chunks}</span> })}</p>
      )}
      <fieldset className="space-y-2" aria-describedby={errors.kind ? "kind-hint kind-error" : "kind-hint"}>
        <legend className="text-sm font-semibold text-slate-800">{t("kindLegend")}</legend>
        <p id="kind-hint" className="text-xs text-slate-600">
          {t("kindHint")}
          {country?.hasCompeting && ` ${t("alreadyCompeting", { country: country.name, year })}`}
        </p>
        <label className="flex items-center gap-2 text-sm">
          <input type="radio" value="competing" {...form.register("kind")} />
          {t("competing")}
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input type="radio" value="additional" {...form.register("kind")} />
          {t("additional")}
        </label>
        {errors.kind && (
          <p id="kind-error" className="text-sm text-red-700">
            {errors.kind}
          </p>
        )}
      </fieldset>
      <DossierFields
        fields={{ title: form.register("title"), organisation: form.register("organisation"), description: form.register("description") }}
        errors={errors}
        descriptionText={description ?? ""}
        descriptionWordLimit={descriptionWordLimit}
      />
      <Button type="submit" disabled={isBusy}>
        {isBusy ? t("creating") : t("create")}
      </Button>
    </form>
  );
}
