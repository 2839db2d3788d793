"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, INPUT_CLASS } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useServerText } from "@/components/i18n/server-text-provider";
import type { ActionResult } from "@/lib/actions/result";
import {
  ELIGIBILITY_REASONS,
  decideEligibilitySchema,
  type DecideEligibility,
  type DecideEligibilityInput,
} from "@/lib/validation/eligibility";

export type DecideEligibilityAction = (input: DecideEligibilityInput) => Promise<ActionResult<{ state: string; version: number }>>;

interface Props {
  nominationId: string;
  title: string;
  state: "submitted" | "accepted" | "rejected";
  version: number;
  action: DecideEligibilityAction;
  /** Where the whole dossier is read, so the secretariat reads before deciding; omitted on that page itself. */
  dossierHref?: string;
}

/** Accept and Reject for one dossier; rejecting asks for a reason from the list and, for "other", a note. */
export function EligibilityDecision({ nominationId, title, state, version, action, dossierHref }: Props) {
  const t = useTranslations("nominationsAdmin");
  const { say } = useServerText();
  const router = useRouter();
  const formId = useId();
  const [isRejecting, setIsRejecting] = useState(false);
  const [isPending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<DecideEligibilityInput, unknown, DecideEligibility>({
    resolver: zodResolver(decideEligibilitySchema),
    defaultValues: { nominationId, version, decision: "reject", reason: "", note: "" },
  });
  const errors = form.formState.errors;

  function send(input: DecideEligibilityInput) {
    setError(null);
    startTransition(async () => {
      const result = await action(input);
      if (result.ok) {
        setIsRejecting(false);
        router.refresh();
        return;
      }
      setError(result.message);
      for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
        if (field === "reason" || field === "note") form.setError(field, { message: messages[0] });
      }
    });
  }

  if (isRejecting) {
    return (
      <form
        onSubmit={form.handleSubmit((values) => send({ ...values, nominationId, version, reason: values.reason ?? "", decision: "reject" }))}
        className="min-w-64 space-y-3"
        noValidate
      >
        {error && <Notice tone="error">{error}</Notice>}
        <Field id={`${formId}-reason`} label={t("eligibility.reasonLabel")} errors={errors.reason?.message ? [say(errors.reason.message)] : undefined}>
          <select
            id={`${formId}-reason`}
            className={INPUT_CLASS}
            aria-invalid={errors.reason ? true : undefined}
            aria-describedby={errors.reason ? `${formId}-reason-error` : undefined}
            {...form.register("reason")}
          >
            <option value="">{t("eligibility.chooseReason")}</option>
            {ELIGIBILITY_REASONS.map((reason) => (
              <option key={reason} value={reason}>
                {t(`reason.${reason}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field
          id={`${formId}-note`}
          label={t("eligibility.noteLabel")}
          hint={t("eligibility.noteHint")}
          errors={errors.note?.message ? [say(errors.note.message)] : undefined}
        >
          <textarea
            id={`${formId}-note`}
            rows={3}
            className={INPUT_CLASS}
            aria-invalid={errors.note ? true : undefined}
            aria-describedby={`${formId}-note-hint${errors.note ? ` ${formId}-note-error` : ""}`}
            {...form.register("note")}
          />
        </Field>
        <div className="flex flex-wrap gap-2">
          <Button type="submit" variant="danger" disabled={isPending}>
            {isPending ? t("eligibility.rejecting") : t("eligibility.confirmReject")}
          </Button>
          <Button type="button" variant="secondary" disabled={isPending} onClick={() => setIsRejecting(false)}>
            {t("eligibility.cancel")}
          </Button>
        </div>
      </form>
    );
  }

  return (
    <div className="space-y-2">
      {error && <Notice tone="error">{error}</Notice>}
      {dossierHref && (
        <p className="text-sm">
          <Link href={dossierHref} className="font-medium text-brand-700 hover:underline">
            {t("eligibility.read")}<span className="sr-only"> {title}</span>
          </Link>
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        {state !== "accepted" && (
          <Button
            type="button"
            disabled={isPending}
            onClick={() => send({ nominationId, version, decision: "accept", reason: "", note: "" })}
          >
            {isPending ? t("eligibility.saving") : t("eligibility.accept")}
            <span className="sr-only"> {title}</span>
          </Button>
        )}
        {state !== "rejected" && (
          <Button type="button" variant="secondary" disabled={isPending} onClick={() => setIsRejecting(true)}>
            {t("eligibility.reject")}<span className="sr-only"> {title}</span>
          </Button>
        )}
      </div>
    </div>
  );
}
