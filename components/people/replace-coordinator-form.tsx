"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, INPUT_CLASS } from "@/components/ui/field";
import { useServerText } from "@/components/i18n/server-text-provider";
import { Notice } from "@/components/ui/notice";
import type { ActionResult } from "@/lib/actions/result";
import { replaceCoordinatorSchema, type ReplaceCoordinator, type ReplaceCoordinatorInput } from "@/lib/validation/people";

export interface ReplaceCoordinatorFormProps {
  countryCode: string;
  editionId: number | null;
  /** "Belgium, the 2027 edition": what is handed over. */
  label: string;
  action: (input: ReplaceCoordinatorInput) => Promise<ActionResult<{ userId: number; name: string; isInvited: boolean }>>;
}

/** Hands a country's coordinator role to someone else, after a confirmation; the country's dossiers stay with it. */
export function ReplaceCoordinatorForm({ countryCode, editionId, label, action }: ReplaceCoordinatorFormProps) {
  const id = useId();
  const t = useTranslations("peopleAdmin.replace");
  const { say } = useServerText();
  const router = useRouter();
  const [isOpen, setIsOpen] = useState(false);
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const defaults = { email: "", name: "", countryCode, editionId: editionId ?? "" };
  const form = useForm<ReplaceCoordinatorInput, unknown, ReplaceCoordinator>({ resolver: zodResolver(replaceCoordinatorSchema), defaultValues: defaults });
  const { errors, isSubmitting } = form.formState;

  async function submit(values: ReplaceCoordinator) {
    if (!window.confirm(t("confirm", { label, email: values.email }))) return;
    const result = await action(values);
    if (result.ok) {
      setMessage({ tone: "success", text: t(result.data.isInvited ? "doneInvited" : "done", { name: result.data.name, label }) });
      router.refresh();
      return;
    }
    setMessage({ tone: "error", text: result.message });
    for (const name of ["email", "name"] as const) {
      const first = result.fieldErrors?.[name]?.[0];
      if (first) form.setError(name, { message: first });
    }
  }

  if (!isOpen) {
    return (
      <div className="space-y-2">
        <Button type="button" variant="secondary" onClick={() => setIsOpen(true)}>
          {t("open", { label })}
        </Button>
        {message && <Notice tone={message.tone}>{message.text}</Notice>}
      </div>
    );
  }
  const emailError = errors.email?.message && say(errors.email.message);
  const nameError = errors.name?.message && say(errors.name.message);
  return (
    <form onSubmit={form.handleSubmit(submit)} className="space-y-3 rounded-md border border-slate-200 p-3" noValidate aria-label={t("formLabel", { label })}>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id={`${id}-email`} label={t("email")} errors={emailError ? [emailError] : undefined}>
          <input id={`${id}-email`} type="email" autoComplete="off" className={INPUT_CLASS} aria-invalid={emailError ? true : undefined} {...form.register("email")} />
        </Field>
        <Field id={`${id}-name`} label={t("name")} hint={t("nameHint")} errors={nameError ? [nameError] : undefined}>
          <input id={`${id}-name`} type="text" autoComplete="off" className={INPUT_CLASS} aria-describedby={`${id}-name-hint`} {...form.register("name")} />
        </Field>
      </div>
      {message && <Notice tone={message.tone}>{message.text}</Notice>}
      <div className="flex gap-3">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? t("replacing") : t("submit")}
        </Button>
        <Button type="button" variant="secondary" onClick={() => setIsOpen(false)}>
          {t("cancel")}
        </Button>
      </div>
    </form>
  );
}
