"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, INPUT_CLASS } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useServerText } from "@/components/i18n/server-text-provider";
import type { ActionResult } from "@/lib/actions/result";
import { isLocale, LOCALES, type Locale } from "@/lib/i18n/locales";
import {
  addJuryMemberSchema,
  JURY_ROLES,
  type AddJuryMember,
  type AddJuryMemberInput,
} from "@/lib/validation/jury-member";

export interface AddJurorFormProps {
  editionId: number;
  countries: readonly { code: string; name: string; isFormer: boolean }[];
  action: (input: AddJuryMemberInput) => Promise<ActionResult<{ name: string; isInvited: boolean }>>;
}

const TEXT_FIELDS = ["email", "name", "countryCode"] as const;

/** Adds someone by email: an existing account joins at once, anyone else is invited to choose a password. */
export function AddJurorForm({ editionId, countries, action }: AddJurorFormProps) {
  const t = useTranslations("juryAdmin.add");
  const roles = useTranslations("juryAdmin.role");
  const { say } = useServerText();
  const id = useId();
  const router = useRouter();
  // A new person's mail is offered in the secretariat's own language first.
  const pageLocale = useLocale();
  const locale: Locale = isLocale(pageLocale) ? pageLocale : "en";
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const form = useForm<AddJuryMemberInput, unknown, AddJuryMember>({
    resolver: zodResolver(addJuryMemberSchema),
    defaultValues: { editionId, email: "", name: "", countryCode: "", role: "voting", isChair: false, locale },
  });
  const { errors, isSubmitting } = form.formState;

  async function submit(values: AddJuryMember) {
    setMessage(null);
    const outcome = await action(values);
    if (outcome.ok) {
      const { name, isInvited } = outcome.data;
      setMessage({
        tone: "success",
        text: isInvited
          ? t("invited", { name })
          : t("added", { name }),
      });
      form.reset({ editionId, email: "", name: "", countryCode: "", role: "voting", isChair: false, locale });
      router.refresh();
      return;
    }
    setMessage({ tone: "error", text: outcome.message });
    for (const name of [...TEXT_FIELDS, "role"] as const) {
      const first = outcome.fieldErrors?.[name]?.[0];
      if (first) form.setError(name, { message: first });
    }
  }

  function describe(name: (typeof TEXT_FIELDS)[number], hasHint = false) {
    const hasError = Boolean(errors[name]);
    const describedBy = [hasHint ? `${id}-${name}-hint` : undefined, hasError ? `${id}-${name}-error` : undefined].filter(Boolean).join(" ");
    return { id: `${id}-${name}`, "aria-invalid": hasError ? true : undefined, "aria-describedby": describedBy || undefined };
  }
  const errorsOf = (name: (typeof TEXT_FIELDS)[number] | "role") => (errors[name]?.message ? [say(errors[name].message)] : undefined);

  return (
    <form onSubmit={form.handleSubmit(submit)} className="space-y-4" noValidate>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id={`${id}-email`} label={t("email")} errors={errorsOf("email")}>
          <input type="email" autoComplete="off" className={INPUT_CLASS} {...describe("email")} {...form.register("email")} />
        </Field>
        <Field
          id={`${id}-name`}
          label={t("name")}
          hint={t("nameHint")}
          errors={errorsOf("name")}
        >
          <input type="text" autoComplete="off" className={INPUT_CLASS} {...describe("name", true)} {...form.register("name")} />
        </Field>
      </div>
      <Field id={`${id}-countryCode`} label={t("country")} errors={errorsOf("countryCode")}>
        <select className={`${INPUT_CLASS} sm:w-80`} {...describe("countryCode")} {...form.register("countryCode")}>
          <option value="">{t("chooseCountry")}</option>
          {countries.map((country) => (
            <option key={country.code} value={country.code}>
              {country.name}
              {country.isFormer ? ` ${t("former")}` : ""}
            </option>
          ))}
        </select>
      </Field>
      <Field id={`${id}-locale`} label={t("language")} hint={t("languageHint")}>
        <select className={`${INPUT_CLASS} sm:w-80`} id={`${id}-locale`} aria-describedby={`${id}-locale-hint`} {...form.register("locale")}>
          {LOCALES.map((option) => (
            <option key={option} value={option} lang={option}>
              {t(`languageNames.${option}`)}
            </option>
          ))}
        </select>
      </Field>
      <fieldset className="space-y-2">
        <legend className="text-sm font-semibold text-slate-800">{t("membership")}</legend>
        {JURY_ROLES.map((role) => (
          <div key={role} className="flex items-center gap-2">
            <input id={`${id}-role-${role}`} type="radio" value={role} className="h-4 w-4" {...form.register("role")} />
            <label htmlFor={`${id}-role-${role}`} className="text-sm">
              {roles(role)}
            </label>
          </div>
        ))}
        {errors.role?.message && <p className="text-sm text-red-700">{say(errors.role.message)}</p>}
      </fieldset>
      <div className="flex items-center gap-2">
        <input id={`${id}-isChair`} type="checkbox" className="h-4 w-4" aria-describedby={`${id}-isChair-hint`} {...form.register("isChair")} />
        <label htmlFor={`${id}-isChair`} className="text-sm font-semibold text-slate-800">
          {t("chair")}
        </label>
        <span id={`${id}-isChair-hint`} className="text-xs text-slate-600">
          {t("chairHint")}
        </span>
      </div>
      {message && <Notice tone={message.tone}>{message.text}</Notice>}
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("adding") : t("submit")}
      </Button>
    </form>
  );
}
