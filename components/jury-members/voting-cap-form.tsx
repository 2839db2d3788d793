"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, INPUT_CLASS } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useServerText } from "@/components/i18n/server-text-provider";
import type { ActionResult } from "@/lib/actions/result";
import { MAX_VOTING_CAP, MIN_VOTING_CAP, votingCapSchema, type VotingCap, type VotingCapInput } from "@/lib/validation/jury-member";

export interface VotingCapFormProps {
  editionId: number;
  maxVotingJurors: number;
  action: (input: VotingCapInput) => Promise<ActionResult<{ maxVotingJurors: number }>>;
}

/** The most voting members this edition's jury may have. */
export function VotingCapForm({ editionId, maxVotingJurors, action }: VotingCapFormProps) {
  const t = useTranslations("juryAdmin.cap");
  const { say } = useServerText();
  const id = useId();
  const router = useRouter();
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const form = useForm<VotingCapInput, unknown, VotingCap>({
    resolver: zodResolver(votingCapSchema),
    defaultValues: { editionId, maxVotingJurors: String(maxVotingJurors) },
  });
  const { errors, isSubmitting } = form.formState;
  const error = errors.maxVotingJurors?.message ? say(errors.maxVotingJurors.message) : undefined;

  async function submit(values: VotingCap) {
    setMessage(null);
    const outcome = await action(values);
    if (outcome.ok) {
      setMessage({ tone: "success", text: t("saved", { count: outcome.data.maxVotingJurors }) });
      router.refresh();
    } else {
      setMessage({ tone: "error", text: outcome.message });
    }
  }

  return (
    <form onSubmit={form.handleSubmit(submit)} className="space-y-3" noValidate>
      <Field id={`${id}-cap`} label={t("label")} hint={t("hint", { min: MIN_VOTING_CAP, max: MAX_VOTING_CAP })} errors={error ? [error] : undefined}>
        <input
          id={`${id}-cap`}
          type="number"
          min={MIN_VOTING_CAP}
          max={MAX_VOTING_CAP}
          step={1}
          className={`${INPUT_CLASS} max-w-32`}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-cap-hint${error ? ` ${id}-cap-error` : ""}`}
          {...form.register("maxVotingJurors")}
        />
      </Field>
      {message && <Notice tone={message.tone}>{message.text}</Notice>}
      <Button type="submit" variant="secondary" disabled={isSubmitting}>
        {isSubmitting ? t("saving") : t("submit")}
      </Button>
    </form>
  );
}
