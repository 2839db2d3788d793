"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useId, useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, INPUT_CLASS } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import type { ActionResult } from "@/lib/actions/result";
import { MIN_PASSWORD_LENGTH, setPasswordSchema, type SetPassword, type SetPasswordInput } from "@/lib/validation/set-password";

export interface AcceptInvitationFormProps {
  token: string;
  email: string;
  action: (input: SetPasswordInput) => Promise<ActionResult<{ email: string }>>;
}

/** Chooses the password of an invited person; once set, the link is used up and they sign in as usual. */
export function AcceptInvitationForm({ token, email, action }: AcceptInvitationFormProps) {
  const id = useId();
  const [message, setMessage] = useState<string | null>(null);
  const [isDone, setIsDone] = useState(false);
  const form = useForm<SetPasswordInput, unknown, SetPassword>({
    resolver: zodResolver(setPasswordSchema),
    defaultValues: { token, password: "", confirmPassword: "" },
  });
  const { errors, isSubmitting } = form.formState;

  async function submit(values: SetPassword) {
    setMessage(null);
    const outcome = await action(values);
    if (outcome.ok) {
      setIsDone(true);
      return;
    }
    setMessage(outcome.message);
    for (const name of ["password", "confirmPassword"] as const) {
      const first = outcome.fieldErrors?.[name]?.[0];
      if (first) form.setError(name, { message: first });
    }
  }

  if (isDone) {
    return (
      <div className="space-y-4">
        <Notice tone="success">Your password is set. Sign in with {email} and your new password.</Notice>
        <Link
          href="/signin?callbackUrl=%2Fjury"
          className="inline-flex items-center justify-center rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-900"
        >
          Sign in
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
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <Field id={`${id}-password`} label="New password" hint={`At least ${MIN_PASSWORD_LENGTH} characters.`} errors={passwordError ? [passwordError] : undefined}>
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
      <Field id={`${id}-confirm`} label="Confirm password" errors={confirmError ? [confirmError] : undefined}>
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
        {isSubmitting ? "Setting password…" : "Set password"}
      </Button>
    </form>
  );
}
