"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useId, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, INPUT_CLASS } from "@/components/ui/field";
import { useServerText } from "@/components/i18n/server-text-provider";
import { Notice } from "@/components/ui/notice";
import type { ActionResult } from "@/lib/actions/result";
import { isLocale, LOCALES } from "@/lib/i18n/locales";
import { INVITE_ROLES } from "@/lib/people/role-labels";
import { invitePersonSchema, type InvitePerson, type InvitePersonInput } from "@/lib/validation/people";

export interface InviteFormProps {
  editions: readonly { id: number; year: number }[];
  countries: readonly { code: string; name: string }[];
  action: (input: InvitePersonInput) => Promise<ActionResult<{ userId: number; name: string; isInvited: boolean }>>;
  /** The email to start from, when the form is opened from a person's page to add them a role. */
  defaultEmail?: string;
}

const FIELDS = ["email", "name", "role", "countryCode", "editionId", "locale"] as const;
const EMPTY: InvitePersonInput = { email: "", name: "", role: "coordinator", countryCode: "", editionId: "", locale: "en" };

/** Invites anyone by email to a role; the country and edition asked for depend on the role. */
export function InviteForm({ editions, countries, action, defaultEmail = "" }: InviteFormProps) {
  const id = useId();
  const t = useTranslations("peopleAdmin");
  const { say } = useServerText();
  // A new person's mail starts in the language the secretariat works in; the form lets them choose the other.
  const pageLocale = useLocale();
  const empty: InvitePersonInput = { ...EMPTY, locale: isLocale(pageLocale) ? pageLocale : "en" };
  const [outcome, setOutcome] = useState<{ tone: "success" | "error"; text: string; userId?: number } | null>(null);
  const form = useForm<InvitePersonInput, unknown, InvitePerson>({ resolver: zodResolver(invitePersonSchema), defaultValues: { ...empty, email: defaultEmail } });
  const role = useWatch({ control: form.control, name: "role" });
  const { errors, isSubmitting } = form.formState;
  const isJury = role === "juror" || role === "chair" || role === "expert";

  async function submit(values: InvitePerson) {
    setOutcome(null);
    const result = await action(values);
    if (result.ok) {
      const { name, isInvited, userId } = result.data;
      setOutcome({
        tone: "success",
        userId,
        text: isInvited ? t("invite.invited", { name }) : t("invite.roleAdded", { name }),
      });
      form.reset(empty);
      return;
    }
    setOutcome({ tone: "error", text: result.message });
    for (const name of FIELDS) {
      const first = result.fieldErrors?.[name]?.[0];
      if (first) form.setError(name, { message: first });
    }
  }

  function control(name: (typeof FIELDS)[number], hasHint = false) {
    const hasError = Boolean(errors[name]);
    const describedBy = [hasHint ? `${id}-${name}-hint` : undefined, hasError ? `${id}-${name}-error` : undefined].filter(Boolean).join(" ");
    return { id: `${id}-${name}`, "aria-invalid": hasError ? true : undefined, "aria-describedby": describedBy || undefined };
  }
  // A message checked in the browser is English; one from the server is already in the page's language (say keeps it).
  const errorsOf = (name: (typeof FIELDS)[number]) => (errors[name]?.message ? [say(String(errors[name].message))] : undefined);

  return (
    <form onSubmit={form.handleSubmit(submit)} className="space-y-4" noValidate>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id={`${id}-email`} label={t("invite.email")} errors={errorsOf("email")}>
          <input type="email" autoComplete="off" className={INPUT_CLASS} {...control("email")} {...form.register("email")} />
        </Field>
        <Field id={`${id}-name`} label={t("invite.name")} hint={t("invite.nameHint")} errors={errorsOf("name")}>
          <input type="text" autoComplete="off" className={INPUT_CLASS} {...control("name", true)} {...form.register("name")} />
        </Field>
      </div>
      <Field id={`${id}-role`} label={t("invite.role")} errors={errorsOf("role")}>
        <select className={`${INPUT_CLASS} sm:w-80`} {...control("role")} {...form.register("role")}>
          {INVITE_ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`roleLabels.${r}`)}
            </option>
          ))}
        </select>
      </Field>
      {role !== "admin" && (
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id={`${id}-countryCode`} label={isJury ? t("invite.jurorCountry") : t("invite.coordinatedCountry")} errors={errorsOf("countryCode")}>
            <select className={INPUT_CLASS} {...control("countryCode")} {...form.register("countryCode")}>
              <option value="">{t("invite.chooseCountry")}</option>
              {countries.map((country) => (
                <option key={country.code} value={country.code}>
                  {country.name}
                </option>
              ))}
            </select>
          </Field>
          <Field id={`${id}-editionId`} label={t("invite.edition")} errors={errorsOf("editionId")}>
            <select className={INPUT_CLASS} {...control("editionId")} {...form.register("editionId")}>
              <option value="">{isJury ? t("invite.chooseEdition") : t("invite.everyEdition")}</option>
              {editions.map((edition) => (
                <option key={edition.id} value={edition.id}>
                  {edition.year}
                </option>
              ))}
            </select>
          </Field>
        </div>
      )}
      <Field id={`${id}-locale`} label={t("invite.language")} hint={t("invite.languageHint")} errors={errorsOf("locale")}>
        <select className={`${INPUT_CLASS} sm:w-80`} {...control("locale", true)} {...form.register("locale")}>
          {LOCALES.map((locale) => (
            <option key={locale} value={locale} lang={locale}>
              {t(`invite.languageNames.${locale}`)}
            </option>
          ))}
        </select>
      </Field>
      {outcome && (
        <Notice tone={outcome.tone}>
          {outcome.text}{" "}
          {outcome.userId && (
            <Link href={`/admin/people/${outcome.userId}`} className="font-medium underline">
              {t("invite.openTheirPage")}
            </Link>
          )}
        </Notice>
      )}
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("invite.inviting") : t("invite.submit")}
      </Button>
    </form>
  );
}
