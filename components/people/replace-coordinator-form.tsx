"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, INPUT_CLASS } from "@/components/ui/field";
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
  const router = useRouter();
  const [isOpen, setIsOpen] = useState(false);
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const defaults = { email: "", name: "", countryCode, editionId: editionId ?? "" };
  const form = useForm<ReplaceCoordinatorInput, unknown, ReplaceCoordinator>({ resolver: zodResolver(replaceCoordinatorSchema), defaultValues: defaults });
  const { errors, isSubmitting } = form.formState;

  async function submit(values: ReplaceCoordinator) {
    if (!window.confirm(`Hand the coordinator role for ${label} to ${values.email}? The current coordinators lose it.`)) return;
    const result = await action(values);
    if (result.ok) {
      setMessage({ tone: "success", text: `${result.data.name} now coordinates ${label}${result.data.isInvited ? "; their invitation is in the outbox" : ""}.` });
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
          Replace coordinator for {label}
        </Button>
        {message && <Notice tone={message.tone}>{message.text}</Notice>}
      </div>
    );
  }
  const emailError = errors.email?.message;
  const nameError = errors.name?.message;
  return (
    <form onSubmit={form.handleSubmit(submit)} className="space-y-3 rounded-md border border-slate-200 p-3" noValidate aria-label={`Replace the coordinator for ${label}`}>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id={`${id}-email`} label="New coordinator's email" errors={emailError ? [emailError] : undefined}>
          <input id={`${id}-email`} type="email" autoComplete="off" className={INPUT_CLASS} aria-invalid={emailError ? true : undefined} {...form.register("email")} />
        </Field>
        <Field id={`${id}-name`} label="Name" hint="Needed for someone without an account yet." errors={nameError ? [nameError] : undefined}>
          <input id={`${id}-name`} type="text" autoComplete="off" className={INPUT_CLASS} aria-describedby={`${id}-name-hint`} {...form.register("name")} />
        </Field>
      </div>
      {message && <Notice tone={message.tone}>{message.text}</Notice>}
      <div className="flex gap-3">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Replacing…" : "Replace"}
        </Button>
        <Button type="button" variant="secondary" onClick={() => setIsOpen(false)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
