"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { useServerText } from "@/components/i18n/server-text-provider";
import { Button } from "@/components/ui/button";
import { Field, INPUT_CLASS } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import type { ActionResult } from "@/lib/actions/result";
import { saveAwardsSchema, type SaveAwards, type SaveAwardsInput } from "@/lib/validation/awards";

export interface AwardCandidate {
  id: string;
  /** What the select shows, e.g. "1. Denmark — HopeNow (mean 8.20)". */
  label: string;
}

export interface AwardsFormProps {
  editionId: number;
  candidates: readonly AwardCandidate[];
  /** One entry per awarded place, place 1 first, prefilled from saved awards or the edition's prizes. */
  places: { rank: number; nominationId: string; prize: string; juryReason: string }[];
  action: (input: SaveAwardsInput) => Promise<ActionResult<{ placeCount: number }>>;
}

/** Chooses the nomination, prize and jury's reason for each awarded place; saving replaces the awards. */
export function AwardsForm({ editionId, candidates, places, action }: AwardsFormProps) {
  const router = useRouter();
  const t = useTranslations("resultAdmin.awards");
  // The schema checks in the browser first, in English: its messages are shown in the page's language.
  const { say } = useServerText();
  const [isPending, startTransition] = useTransition();
  const [result, setResult] = useState<{ tone: "success" | "error"; text: string; details?: string[] } | null>(null);
  const form = useForm<SaveAwardsInput, unknown, SaveAwards>({
    resolver: zodResolver(saveAwardsSchema),
    defaultValues: { editionId, places },
  });
  const placeErrors = form.formState.errors.places;

  function onSubmit(values: SaveAwards) {
    setResult(null);
    startTransition(async () => {
      const outcome = await action(values);
      if (outcome.ok) {
        setResult({ tone: "success", text: t("saved") });
        router.refresh();
      } else {
        setResult({ tone: "error", text: outcome.message, details: Object.values(outcome.fieldErrors ?? {}).flat() });
      }
    });
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} className="space-y-6" noValidate>
      {places.map((place, index) => {
        const errors = placeErrors?.[index];
        const id = `award-${place.rank}`;
        return (
          <fieldset key={place.rank} className="space-y-3 rounded-md border border-slate-200 p-4">
            <legend className="px-1 font-semibold">{place.rank === 1 ? t("placeWinner") : t("place", { rank: place.rank })}</legend>
            <input type="hidden" {...form.register(`places.${index}.rank`, { valueAsNumber: true })} />
            <Field id={`${id}-nomination`} label={t("nomination", { rank: place.rank })} errors={errors?.nominationId?.message ? [say(errors.nominationId.message)] : undefined}>
              <select
                id={`${id}-nomination`}
                className={INPUT_CLASS}
                aria-invalid={errors?.nominationId ? true : undefined}
                aria-describedby={errors?.nominationId ? `${id}-nomination-error` : undefined}
                {...form.register(`places.${index}.nominationId`)}
              >
                <option value="">{place.rank === 1 ? t("chooseWinner") : t("notAwarded")}</option>
                {candidates.map((candidate) => (
                  <option key={candidate.id} value={candidate.id}>
                    {candidate.label}
                  </option>
                ))}
              </select>
            </Field>
            <Field id={`${id}-prize`} label={t("prize", { rank: place.rank })} errors={errors?.prize?.message ? [say(errors.prize.message)] : undefined}>
              <input id={`${id}-prize`} type="text" className={INPUT_CLASS} {...form.register(`places.${index}.prize`)} />
            </Field>
            <Field
              id={`${id}-reason`}
              label={t("reason", { rank: place.rank })}
              errors={errors?.juryReason?.message ? [say(errors.juryReason.message)] : undefined}
            >
              <textarea
                id={`${id}-reason`}
                rows={3}
                className={INPUT_CLASS}
                aria-invalid={errors?.juryReason ? true : undefined}
                aria-describedby={errors?.juryReason ? `${id}-reason-error` : undefined}
                {...form.register(`places.${index}.juryReason`)}
              />
            </Field>
          </fieldset>
        );
      })}
      {result && (
        <Notice tone={result.tone}>
          {result.text}
          {result.details && result.details.length > 0 && (
            <ul className="mt-2 list-disc pl-5">
              {result.details.map((detail) => (
                <li key={detail}>{detail}</li>
              ))}
            </ul>
          )}
        </Notice>
      )}
      <Button type="submit" disabled={isPending}>
        {isPending ? t("saving") : t("save")}
      </Button>
    </form>
  );
}
