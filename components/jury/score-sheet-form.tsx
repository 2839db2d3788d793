"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect, useMemo, useRef, useState, useTransition } from "react";
import { useForm, type FieldErrors } from "react-hook-form";
import { saveScoreSheetAction } from "@/app/jury/actions";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import {
  createScoreSheetSchema,
  type RubricCriterion,
  type ScoreSheetFormValues,
  type ScoreSheetIntent,
  type ScoreSheetValues,
} from "@/lib/validation/score-sheet";
import { CriterionScoreFields, OverallCommentField } from "./score-fields";

export interface ScoreFormCriterion extends RubricCriterion {
  guidance: string;
  weight: number;
}

type Message = { tone: "success" | "error"; text: string };

/**
 * The juror's score sheet: a score and a comment per criterion, saved as a draft or submitted after a
 * confirm step. The same rubric-built schema checks it here and again on the server.
 */
export function ScoreSheetForm({
  nominationId,
  initialVersion,
  rubric,
  defaultValues,
}: {
  nominationId: string;
  /** The sheet's version when the page was loaded; 0 when the juror has no sheet yet. */
  initialVersion: number;
  rubric: ScoreFormCriterion[];
  defaultValues: Record<string, string>;
}) {
  const [version, setVersion] = useState(initialVersion);
  const [message, setMessage] = useState<Message | null>(null);
  const [isConfirming, setIsConfirming] = useState(false);
  const [pendingIntent, setPendingIntent] = useState<ScoreSheetIntent | null>(null);
  const [, startTransition] = useTransition();
  // Which check the resolver runs (drafts may leave criteria empty), and a guard so a double click sends once.
  const intentRef = useRef<ScoreSheetIntent>("draft");
  const isSendingRef = useRef(false);
  const schemas = useMemo(
    () => ({ draft: createScoreSheetSchema(rubric, "draft"), submit: createScoreSheetSchema(rubric, "submit") }),
    [rubric],
  );
  const form = useForm<ScoreSheetFormValues, unknown, ScoreSheetValues>({
    defaultValues,
    resolver: (values, context, options) => zodResolver(schemas[intentRef.current])(values, context, options),
  });
  const confirmRef = useRef<HTMLDivElement>(null);
  const isPending = pendingIntent !== null;
  const hasWeights = new Set(rubric.map((c) => c.weight)).size > 1;

  // Focus moves to the confirm step because the button that opened it has just disappeared.
  useEffect(() => {
    if (isConfirming) confirmRef.current?.focus();
  }, [isConfirming]);

  function showInvalid(errors: FieldErrors<ScoreSheetFormValues>) {
    const count = Object.keys(errors).length;
    setMessage({ tone: "error", text: `Please correct ${count === 1 ? "the highlighted field" : `the ${count} highlighted fields`}.` });
  }

  function send(intent: ScoreSheetIntent) {
    if (isSendingRef.current) return;
    isSendingRef.current = true;
    const values = form.getValues();
    setPendingIntent(intent);
    setMessage(null);
    startTransition(async () => {
      const result = await saveScoreSheetAction({ ...values, nominationId, version, intent });
      isSendingRef.current = false;
      setPendingIntent(null);
      setIsConfirming(false);
      if (result.ok) {
        setVersion(result.data.version);
        // After a submission the page re-renders read-only (the action revalidates it); a draft stays here.
        setMessage({ tone: "success", text: intent === "submit" ? "Your scores are submitted." : "Draft saved. Only you can see it." });
        return;
      }
      const fields = Object.entries(result.fieldErrors ?? {}).filter(([field, messages]) => field in defaultValues && messages[0]);
      fields.forEach(([field, messages], index) => {
        form.setError(field, { type: "server", message: messages[0] }, { shouldFocus: index === 0 });
      });
      setMessage({ tone: "error", text: result.message });
    });
  }

  function onSaveDraft() {
    intentRef.current = "draft";
    setIsConfirming(false);
    void form.handleSubmit(() => send("draft"), showInvalid)();
  }

  function onSubmitScores(event: React.FormEvent<HTMLFormElement>) {
    intentRef.current = "submit";
    setMessage(null);
    void form.handleSubmit(() => setIsConfirming(true), showInvalid)(event);
  }

  return (
    <form onSubmit={onSubmitScores} noValidate className="space-y-6">
      {rubric.map((criterion) => (
        <CriterionScoreFields
          key={criterion.id}
          criterion={criterion}
          hasWeights={hasWeights}
          register={form.register}
          errors={form.formState.errors}
        />
      ))}
      <OverallCommentField register={form.register} errors={form.formState.errors} />
      {message && <Notice tone={message.tone}>{message.text}</Notice>}
      {isConfirming ? (
        <div ref={confirmRef} tabIndex={-1} className="space-y-3 rounded-md border border-brand-100 bg-brand-50 p-4">
          <p className="text-sm text-brand-900">
            Submit your scores for this dossier? You can still change them with “Edit again” until the jury deadline.
          </p>
          <div className="flex flex-wrap gap-3">
            <Button type="button" onClick={() => send("submit")} disabled={isPending}>
              {pendingIntent === "submit" ? "Submitting…" : "Confirm submission"}
            </Button>
            <Button type="button" variant="secondary" onClick={() => setIsConfirming(false)} disabled={isPending}>
              Keep editing
            </Button>
          </div>
        </div>
      ) : (
        <div className="flex flex-wrap gap-3">
          <Button type="button" variant="secondary" onClick={onSaveDraft} disabled={isPending}>
            {pendingIntent === "draft" ? "Saving…" : "Save draft"}
          </Button>
          <Button type="submit" disabled={isPending}>
            Submit scores
          </Button>
        </div>
      )}
    </form>
  );
}
