"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Notice } from "@/components/ui/notice";
import type { ActionResult } from "@/lib/actions/result";
import type { RubricCriterionRow } from "@/lib/editions/rubric-queries";
import {
  MAX_CRITERIA,
  type AddCriterionInput,
  type CriterionFields,
  type MoveCriterionInput,
  type RemoveCriterionInput,
  type UpdateCriterionInput,
} from "@/lib/validation/rubric";
import { CriterionForm } from "./criterion-form";

type Action<Input> = (input: Input) => Promise<ActionResult<unknown>>;

export interface RubricEditorProps {
  editionId: number;
  criteria: readonly RubricCriterionRow[];
  /** The rubric's version this page was drawn from; every change sends it back. */
  rubricVersion: string;
  actions: {
    add: Action<AddCriterionInput>;
    update: Action<UpdateCriterionInput>;
    remove: Action<RemoveCriterionInput>;
    move: Action<MoveCriterionInput>;
  };
}

type Message = { tone: "success" | "error"; text: string };

/** Lists the criteria with move, edit and remove buttons for each, and a form to add one at the end. */
export function RubricEditor({ editionId, criteria, rubricVersion, actions }: RubricEditorProps) {
  const t = useTranslations("rubricAdmin.editor");
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [message, setMessage] = useState<Message | null>(null);
  const [editingId, setEditingId] = useState<number | null>(null);
  // After a move or an edit the list is redrawn: focus goes back to the criterion's button so the keyboard stays in place.
  // The ids of the buttons to try, in order, once the list is redrawn; used once, then cleared.
  const pendingFocus = useRef<string[]>([]);
  const target = { editionId, rubricVersion };

  useEffect(() => {
    const button = pendingFocus.current
      .map((id) => document.getElementById(id) as HTMLButtonElement | null)
      .find((element) => element && !element.disabled);
    if (!button) return;
    button.focus();
    pendingFocus.current = [];
  }, [criteria, editingId, isPending]);

  function closeEditor(criterionId: number) {
    pendingFocus.current = [`criterion-${criterionId}-edit`];
    setEditingId(null);
  }

  /** Runs one change; on success the page reloads its data, on failure the message says why. */
  async function run(change: () => Promise<ActionResult<unknown>>, success: string): Promise<Record<string, string[]> | undefined> {
    setMessage(null);
    const outcome = await change();
    if (outcome.ok) {
      setMessage({ tone: "success", text: success });
      startTransition(() => router.refresh());
      return undefined;
    }
    setMessage({ tone: "error", text: outcome.message });
    return outcome.fieldErrors ?? {};
  }

  function move(criterion: RubricCriterionRow, direction: "up" | "down") {
    startTransition(async () => {
      const position = criterion.position + (direction === "up" ? -1 : 1);
      const failed = await run(() => actions.move({ ...target, criterionId: criterion.id, direction }), t("moved", { title: criterion.title, position }));
      const other = direction === "up" ? "down" : "up";
      if (!failed) pendingFocus.current = [`criterion-${criterion.id}-move-${direction}`, `criterion-${criterion.id}-move-${other}`];
    });
  }

  function remove(criterion: RubricCriterionRow) {
    if (!window.confirm(t("confirmRemove", { position: criterion.position, title: criterion.title }))) return;
    startTransition(async () => {
      await run(() => actions.remove({ ...target, criterionId: criterion.id }), t("removed", { title: criterion.title }));
    });
  }

  const isFull = criteria.length >= MAX_CRITERIA;

  return (
    <div className="space-y-6">
      {message && <Notice tone={message.tone}>{message.text}</Notice>}
      <h2 className="text-lg font-semibold">{t("heading", { count: criteria.length })}</h2>
      {criteria.length === 0 ? (
        <EmptyState title={t("emptyTitle")}>{t("emptyBody")}</EmptyState>
      ) : (
        <ol className="space-y-3" aria-label={t("listLabel")}>
          {criteria.map((criterion, index) => (
            <li key={criterion.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
              {editingId === criterion.id ? (
                <div className="space-y-3">
                  <h3 className="font-semibold">{t("editHeading", { position: criterion.position })}</h3>
                  <CriterionForm
                    initial={criterion}
                    submitLabel={t("save")}
                    pendingLabel={t("saving")}
                    isPending={isPending}
                    isFocusedOnOpen
                    onCancel={() => closeEditor(criterion.id)}
                    onSave={async (values: CriterionFields) => {
                      const failed = await run(() => actions.update({ ...target, criterionId: criterion.id, ...values }), t("saved", { title: values.title }));
                      if (!failed) closeEditor(criterion.id);
                      return failed;
                    }}
                  />
                </div>
              ) : (
                <CriterionSummary
                  criterion={criterion}
                  isFirst={index === 0}
                  isLast={index === criteria.length - 1}
                  isPending={isPending}
                  onMove={(direction) => move(criterion, direction)}
                  onEdit={() => setEditingId(criterion.id)}
                  onRemove={() => remove(criterion)}
                />
              )}
            </li>
          ))}
        </ol>
      )}
      <section aria-labelledby="add-criterion-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <h2 id="add-criterion-heading" className="text-lg font-semibold">
          {t("addHeading")}
        </h2>
        {isFull ? (
          <p className="text-sm text-slate-600">{t("full", { max: MAX_CRITERIA })}</p>
        ) : (
          <CriterionForm
            submitLabel={t("add")}
            pendingLabel={t("adding")}
            isPending={isPending}
            onSave={(values) => run(() => actions.add({ ...target, ...values }), t("added", { title: values.title, position: criteria.length + 1 }))}
          />
        )}
      </section>
    </div>
  );
}

interface SummaryProps {
  criterion: RubricCriterionRow;
  isFirst: boolean;
  isLast: boolean;
  isPending: boolean;
  onMove: (direction: "up" | "down") => void;
  onEdit: () => void;
  onRemove: () => void;
}

/** One criterion as jurors will see it, with its buttons; each button names its criterion for screen readers. */
function CriterionSummary({ criterion, isFirst, isLast, isPending, onMove, onEdit, onRemove }: SummaryProps) {
  const t = useTranslations("rubricAdmin.editor");
  const name = <span className="sr-only"> {t("buttonName", { position: criterion.position, title: criterion.title })}</span>;
  return (
    <div className="flex flex-wrap items-start justify-between gap-4">
      <div className="min-w-0 flex-1">
        <h3 className="font-semibold text-slate-900">
          {criterion.position}. {criterion.title}
        </h3>
        {criterion.guidance && <p className="mt-1 text-sm text-slate-600">{criterion.guidance}</p>}
        <p className="mt-2 text-xs text-slate-600">
          {criterion.isCommentRequired
            ? t("summaryRequired", { weight: criterion.weight, min: criterion.scaleMin, max: criterion.scaleMax })
            : t("summaryOptional", { weight: criterion.weight, min: criterion.scaleMin, max: criterion.scaleMax })}
        </p>
      </div>
      <div className="flex flex-wrap gap-2">
        <Button id={`criterion-${criterion.id}-move-up`} type="button" variant="secondary" disabled={isFirst || isPending} onClick={() => onMove("up")}>
          {t("moveUp")}
          {name}
        </Button>
        <Button id={`criterion-${criterion.id}-move-down`} type="button" variant="secondary" disabled={isLast || isPending} onClick={() => onMove("down")}>
          {t("moveDown")}
          {name}
        </Button>
        <Button id={`criterion-${criterion.id}-edit`} type="button" variant="secondary" disabled={isPending} onClick={onEdit}>
          {t("edit")}
          {name}
        </Button>
        <Button type="button" variant="danger" disabled={isPending} onClick={onRemove}>
          {t("remove")}
          {name}
        </Button>
      </div>
    </div>
  );
}
