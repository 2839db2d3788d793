"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, INPUT_CLASS } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useServerText } from "@/components/i18n/server-text-provider";
import type { ActionResult } from "@/lib/actions/result";
import { adminConflictSchema, type AdminConflict, type AdminConflictInput } from "@/lib/validation/assignments";

export type AddConflictAction = (
  input: AdminConflictInput,
) => Promise<ActionResult<{ isAssignmentRemoved: boolean; excludedSheetState: "draft" | "submitted" | null }>>;

interface Props {
  editionId: number;
  jurors: readonly { userId: number; name: string; countryName: string | null }[];
  dossiers: readonly { id: string; title: string; countryName: string }[];
  action: AddConflictAction;
}

const FIELDS = ["jurorUserId", "nominationId", "reason"] as const;

/** The secretariat adds a conflict: juror, dossier and reason, after a confirmation that says what follows. */
export function AddConflictForm({ editionId, jurors, dossiers, action }: Props) {
  const t = useTranslations("juryAdmin.addConflict");
  const { say } = useServerText();
  const router = useRouter();
  const id = useId();
  const [isPending, startTransition] = useTransition();
  const [result, setResult] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const form = useForm<AdminConflictInput, unknown, AdminConflict>({
    resolver: zodResolver(adminConflictSchema),
    defaultValues: { editionId, jurorUserId: "", nominationId: "", reason: "" },
  });
  const errors = form.formState.errors;
  const errorOf = (field: (typeof FIELDS)[number]) => (errors[field]?.message ? [say(errors[field]!.message!)] : undefined);

  function describeOutcome(data: { isAssignmentRemoved: boolean; excludedSheetState: "draft" | "submitted" | null }): string {
    const parts = [t("recorded")];
    if (data.isAssignmentRemoved) parts.push(t("assignmentRemoved"));
    if (data.excludedSheetState === "draft") parts.push(t("draftExcluded"));
    if (data.excludedSheetState === "submitted") parts.push(t("submittedExcluded"));
    return parts.join(" ");
  }
  const describedBy = (field: (typeof FIELDS)[number]) => (errors[field] ? `${id}-${field}-error` : undefined);

  function onSubmit(values: AdminConflict) {
    const juror = jurors.find((j) => j.userId === values.jurorUserId);
    const dossier = dossiers.find((d) => d.id === values.nominationId);
    const question = t("confirm", { juror: juror?.name ?? t("thisJuror"), country: dossier?.countryName ?? t("thisCountry") });
    if (!window.confirm(question)) return;
    setResult(null);
    startTransition(async () => {
      const outcome = await action({ ...values, editionId });
      if (outcome.ok) {
        setResult({ tone: "success", text: describeOutcome(outcome.data) });
        form.reset({ editionId, jurorUserId: "", nominationId: "", reason: "" });
        router.refresh();
        return;
      }
      setResult({ tone: "error", text: outcome.message });
      for (const field of FIELDS) {
        const message = outcome.fieldErrors?.[field]?.[0];
        if (message) form.setError(field, { message });
      }
    });
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} className="space-y-4" noValidate>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id={`${id}-jurorUserId`} label={t("juror")} errors={errorOf("jurorUserId")}>
          <select
            id={`${id}-jurorUserId`}
            className={INPUT_CLASS}
            aria-invalid={errors.jurorUserId ? true : undefined}
            aria-describedby={describedBy("jurorUserId")}
            {...form.register("jurorUserId")}
          >
            <option value="">{t("chooseJuror")}</option>
            {jurors.map((juror) => (
              <option key={juror.userId} value={juror.userId}>
                {juror.name}
                {juror.countryName ? ` (${juror.countryName})` : ""}
              </option>
            ))}
          </select>
        </Field>
        <Field id={`${id}-nominationId`} label={t("dossier")} errors={errorOf("nominationId")}>
          <select
            id={`${id}-nominationId`}
            className={INPUT_CLASS}
            aria-invalid={errors.nominationId ? true : undefined}
            aria-describedby={describedBy("nominationId")}
            {...form.register("nominationId")}
          >
            <option value="">{t("chooseDossier")}</option>
            {dossiers.map((dossier) => (
              <option key={dossier.id} value={dossier.id}>
                {dossier.countryName} — {dossier.title}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <Field id={`${id}-reason`} label={t("reason")} hint={t("reasonHint")} errors={errorOf("reason")}>
        <textarea
          id={`${id}-reason`}
          rows={3}
          className={INPUT_CLASS}
          aria-invalid={errors.reason ? true : undefined}
          aria-describedby={`${id}-reason-hint${errors.reason ? ` ${id}-reason-error` : ""}`}
          {...form.register("reason")}
        />
      </Field>
      <Button type="submit" disabled={isPending}>
        {isPending ? t("adding") : t("submit")}
      </Button>
      {result && <Notice tone={result.tone}>{result.text}</Notice>}
    </form>
  );
}
