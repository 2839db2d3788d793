"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { useServerText } from "@/components/i18n/server-text-provider";
import { Button } from "@/components/ui/button";
import { Field, INPUT_CLASS } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import type { ActionResult } from "@/lib/actions/result";
import { tieDecisionSchema, type TieDecision, type TieDecisionInput } from "@/lib/validation/tie-decision";

export interface TieOption {
  id: string;
  /** e.g. "Denmark — HopeNow". */
  label: string;
}

export interface TieDecisionFormProps {
  editionId: number;
  /** The first place the tied dossiers share. */
  place: number;
  /** The tied dossiers, in the order shown now (the chair's earlier decision, if any). */
  options: readonly TieOption[];
  action: (input: TieDecisionInput) => Promise<ActionResult<{ id: number }>>;
}

/** The chair puts the tied dossiers in order and gives the reason; the ranking then shows it as decided by the chair. */
export function TieDecisionForm({ editionId, place, options, action }: TieDecisionFormProps) {
  const t = useTranslations("deliberation.tieForm");
  const { say } = useServerText();
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [result, setResult] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const form = useForm<TieDecisionInput, unknown, TieDecision>({
    resolver: zodResolver(tieDecisionSchema),
    defaultValues: { editionId, orderedNominationIds: options.map((o) => o.id), reason: "" },
  });
  const errors = form.formState.errors;
  const idPrefix = `tie-${place}`;
  const orderMessage = errors.orderedNominationIds?.message ?? errors.orderedNominationIds?.root?.message;
  const orderError = orderMessage ? say(orderMessage) : undefined;
  const reasonError = errors.reason?.message ? say(errors.reason.message) : undefined;

  function onSubmit(values: TieDecision) {
    setResult(null);
    startTransition(async () => {
      const outcome = await action(values);
      if (outcome.ok) {
        setResult({ tone: "success", text: t("recorded") });
        router.refresh();
      } else {
        const details = Object.values(outcome.fieldErrors ?? {}).flat();
        setResult({ tone: "error", text: [outcome.message, ...details].join(" ") });
      }
    });
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} className="space-y-3" noValidate>
      <div className="grid gap-3 sm:grid-cols-2">
        {options.map((_, index) => (
          <Field key={index} id={`${idPrefix}-position-${index}`} label={t("position", { place, position: index + 1 })}>
            <select id={`${idPrefix}-position-${index}`} className={INPUT_CLASS} {...form.register(`orderedNominationIds.${index}`)}>
              {options.map((option) => (
                <option key={option.id} value={option.id}>
                  {option.label}
                </option>
              ))}
            </select>
          </Field>
        ))}
      </div>
      {orderError && <p className="text-sm text-red-700">{orderError}</p>}
      <Field
        id={`${idPrefix}-reason`}
        label={t("reason", { place })}
        errors={reasonError ? [reasonError] : undefined}
      >
        <textarea
          id={`${idPrefix}-reason`}
          rows={3}
          className={INPUT_CLASS}
          aria-invalid={errors.reason ? true : undefined}
          aria-describedby={errors.reason ? `${idPrefix}-reason-error` : undefined}
          {...form.register("reason")}
        />
      </Field>
      {result && <Notice tone={result.tone}>{result.text}</Notice>}
      <Button type="submit" disabled={isPending}>
        {isPending ? t("recording") : t("record")}
      </Button>
    </form>
  );
}
