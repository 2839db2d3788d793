"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { useTranslatedResolver } from "@/components/i18n/use-translated-resolver";
import { Button } from "@/components/ui/button";
import { Field, INPUT_CLASS } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import type { ActionResult } from "@/lib/actions/result";
import { forgotPasswordSchema, type ForgotPassword, type ForgotPasswordInput } from "@/lib/validation/set-password";

/** Asks for a reset link; shows the server's one answer, which never says whether the email has an account. */
export function ForgotPasswordForm({ action }: { action: (input: ForgotPasswordInput) => Promise<ActionResult<{ message: string }>> }) {
  const t = useTranslations("account.form");
  const [outcome, setOutcome] = useState<{ tone: "success" | "error"; message: string } | null>(null);
  const form = useForm<ForgotPasswordInput, unknown, ForgotPassword>({ resolver: useTranslatedResolver(forgotPasswordSchema), defaultValues: { email: "" } });
  const { errors, isSubmitting } = form.formState;
  const emailError = errors.email?.message;

  async function submit(values: ForgotPassword) {
    const result = await action(values);
    setOutcome(result.ok ? { tone: "success", message: result.data.message } : { tone: "error", message: result.message });
  }

  return (
    <form onSubmit={form.handleSubmit(submit)} className="space-y-4" noValidate>
      {outcome && <Notice tone={outcome.tone}>{outcome.message}</Notice>}
      <Field id="forgot-email" label={t("email")} errors={emailError ? [emailError] : undefined}>
        <input
          id="forgot-email"
          type="email"
          autoComplete="email"
          className={INPUT_CLASS}
          aria-invalid={emailError ? true : undefined}
          aria-describedby={emailError ? "forgot-email-error" : undefined}
          {...form.register("email")}
        />
      </Field>
      <Button type="submit" disabled={isSubmitting} className="w-full">
        {isSubmitting ? t("sending") : t("sendLink")}
      </Button>
    </form>
  );
}
