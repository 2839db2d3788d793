"use client";

import { signIn } from "next-auth/react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { useForm } from "react-hook-form";
import { useTranslatedResolver } from "@/components/i18n/use-translated-resolver";
import { Button } from "@/components/ui/button";
import { Field, INPUT_CLASS } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import type { ActionResult } from "@/lib/actions/result";
import { LANDING_PATH } from "@/lib/domain/landing";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, setPasswordSchema, type SetPassword, type SetPasswordInput } from "@/lib/validation/set-password";

export interface SetPasswordFormProps {
  token: string;
  email: string;
  action: (input: SetPasswordInput) => Promise<ActionResult<{ email: string }>>;
}

/**
 * Chooses a password from an invitation or a reset link. Once the action has set it (and used the link up), the
 * browser signs in with it through next-auth's credentials sign-in and lands on the person's role page.
 */
export function SetPasswordForm({ token, email, action }: SetPasswordFormProps) {
  const t = useTranslations("account.form");
  const id = useId();
  const [message, setMessage] = useState<string | null>(null);
  const [isSetButSignedOut, setIsSetButSignedOut] = useState(false);
  const form = useForm<SetPasswordInput, unknown, SetPassword>({
    resolver: useTranslatedResolver(setPasswordSchema),
    defaultValues: { token, password: "", confirmPassword: "" },
  });
  const { errors, isSubmitting } = form.formState;

  async function submit(values: SetPassword) {
    setMessage(null);
    const outcome = await action(values);
    if (!outcome.ok) {
      setMessage(outcome.message);
      for (const name of ["password", "confirmPassword"] as const) {
        const reasons = outcome.fieldErrors?.[name];
        if (reasons?.length) form.setError(name, { message: reasons.join(" ") });
      }
      return;
    }
    const signedIn = await signIn("credentials", { email: outcome.data.email, password: values.password, redirect: false });
    if (signedIn?.ok && !signedIn.error) {
      window.location.assign(LANDING_PATH);
      return;
    }
    // The password is set; only the automatic sign-in failed (e.g. throttled): the person signs in by hand.
    setIsSetButSignedOut(true);
  }

  if (isSetButSignedOut) {
    return (
      <div className="space-y-4">
        <Notice tone="success">{t("passwordSet", { email })}</Notice>
        <Link href="/signin" className="inline-flex items-center justify-center rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-900">
          {t("signIn")}
        </Link>
      </div>
    );
  }

  const passwordError = errors.password?.message;
  const confirmError = errors.confirmPassword?.message;
  return (
    <form onSubmit={form.handleSubmit(submit)} className="space-y-4" noValidate>
      {message && <Notice tone="error">{message}</Notice>}
      {/* Lets a password manager store the new password under the right account. */}
      <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
      <Field
        id={`${id}-password`}
        label={t("newPassword")}
        hint={t("passwordHint", { min: MIN_PASSWORD_LENGTH, max: MAX_PASSWORD_LENGTH })}
        errors={passwordError ? [passwordError] : undefined}
      >
        <input
          id={`${id}-password`}
          type="password"
          autoComplete="new-password"
          className={INPUT_CLASS}
          aria-invalid={passwordError ? true : undefined}
          aria-describedby={`${id}-password-hint${passwordError ? ` ${id}-password-error` : ""}`}
          {...form.register("password")}
        />
      </Field>
      <Field id={`${id}-confirm`} label={t("confirmPassword")} errors={confirmError ? [confirmError] : undefined}>
        <input
          id={`${id}-confirm`}
          type="password"
          autoComplete="new-password"
          className={INPUT_CLASS}
          aria-invalid={confirmError ? true : undefined}
          aria-describedby={confirmError ? `${id}-confirm-error` : undefined}
          {...form.register("confirmPassword")}
        />
      </Field>
      <Button type="submit" disabled={isSubmitting} className="w-full">
        {isSubmitting ? t("settingPassword") : t("setPassword")}
      </Button>
    </form>
  );
}
