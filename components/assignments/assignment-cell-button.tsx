"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/result";
import type { AssignmentPairInput } from "@/lib/validation/assignments";

export type AssignmentCellAction = (input: AssignmentPairInput) => Promise<ActionResult<unknown>>;

interface Props {
  kind: "assign" | "remove";
  pair: { editionId: number; jurorUserId: number; nominationId: string };
  jurorName: string;
  countryName: string;
  /** The state of the juror's sheet on this dossier, which the removal will exclude. */
  sheetState?: "draft" | "submitted" | null;
  action: AssignmentCellAction;
}

/** Assign or Remove in one cell of the matrix: a real button, named for screen readers by juror and dossier. */
export function AssignmentCellButton({ kind, pair, jurorName, countryName, sheetState, action }: Props) {
  const t = useTranslations("juryAdmin.cell");
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const isRemoval = kind === "remove";

  function getRemovalQuestion(): string {
    const values = { juror: jurorName, country: countryName };
    if (sheetState === "submitted") return t("removeSubmitted", values);
    if (sheetState === "draft") return t("removeDraft", values);
    return t("remove", values);
  }

  function onClick() {
    if (isRemoval && !window.confirm(getRemovalQuestion())) return;
    setError(null);
    startTransition(async () => {
      const outcome = await action(pair);
      if (outcome.ok) router.refresh();
      else setError(outcome.message);
    });
  }

  return (
    <div className="space-y-1">
      <button
        type="button"
        onClick={onClick}
        disabled={isPending}
        className={`rounded border px-2 py-0.5 text-xs font-semibold disabled:cursor-not-allowed disabled:text-slate-400 ${
          isRemoval ? "border-red-300 text-red-800 hover:bg-red-50" : "border-brand-600 text-brand-700 hover:bg-brand-50"
        }`}
      >
        {isPending ? (isRemoval ? t("removing") : t("assigning")) : isRemoval ? t("removeButton") : t("assignButton")}
        <span className="sr-only"> {isRemoval ? t("removeName", { juror: jurorName, country: countryName }) : t("assignName", { juror: jurorName, country: countryName })}</span>
      </button>
      {error && (
        <p role="status" className="max-w-48 text-xs text-red-800">
          {error}
        </p>
      )}
    </div>
  );
}
