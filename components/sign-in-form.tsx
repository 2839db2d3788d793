"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { describeThrottledWait, readThrottledSeconds } from "@/lib/auth/sign-in-refusal";
import { Button } from "./ui/button";
import { Field, INPUT_CLASS } from "./ui/field";
import { Notice } from "./ui/notice";

export function SignInForm({ callbackPath }: { callbackPath: string }) {
  const t = useTranslations("signIn");
  const [error, setError] = useState<string | null>(null);
  const [isPending, setIsPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setIsPending(true);
    setError(null);
    const result = await signIn("credentials", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
    });
    if (result?.ok && !result.error) {
      window.location.assign(callbackPath);
      return;
    }
    setIsPending(false);
    const waitSeconds = readThrottledSeconds(result?.error);
    if (!waitSeconds) return setError(t("wrong"));
    const { unit, count } = describeThrottledWait(waitSeconds);
    setError(unit === "minutes" ? t("throttledMinutes", { count }) : t("throttledSeconds", { count }));
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {error && <Notice tone="error">{error}</Notice>}
      <Field id="email" label={t("email")}>
        {/* "username" is a text control's token (the HTML spec refuses it on type=email); the keyboard still shows "@". */}
        <input
          id="email"
          name="email"
          type="text"
          inputMode="email"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
          className={INPUT_CLASS}
        />
      </Field>
      <Field id="password" label={t("password")}>
        <input id="password" name="password" type="password" autoComplete="current-password" required className={INPUT_CLASS} />
      </Field>
      <Button type="submit" disabled={isPending} className="w-full">
        {isPending ? t("pending") : t("submit")}
      </Button>
    </form>
  );
}
