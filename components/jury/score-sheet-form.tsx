"use client";

import { useTranslations } from "next-intl";
import { useEffect, useMemo, useRef, useState } from "react";
import { useForm, useWatch, type FieldError, type FieldErrors, type Resolver, type UseFormSetError } from "react-hook-form";
import { saveScoreSheetAction } from "@/app/jury/actions";
import { useServerText } from "@/components/i18n/server-text-provider";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import {
  createScoreSheetSchema,
  type RubricCriterion,
  type ScoreSheetFormValues,
  type ScoreSheetIntent,
  type ScoreSheetValues,
  readFormScores,
} from "@/lib/validation/score-sheet";
import { SaveStatusText } from "./save-status";
import { CriterionScoreFields, OverallCommentField } from "./score-fields";
import { createSheetAutosave, isSameSheet, type SaveStatus } from "./sheet-autosave";
import { createSheetCopyStore, getSheetCopyKey, type SheetCopy } from "./sheet-local-copy";
import { SheetCopyOffer } from "./sheet-copy-offer";
import { SheetTotal } from "./sheet-total";

export interface ScoreFormCriterion extends RubricCriterion {
  guidance: string;
  weight: number;
}

type Message = { tone: "success" | "error"; text: string };

/** Pixels kept between a focused field and the sticky bar or the top edge. */
const CLEARANCE = 8;

/** Puts the server's field errors on the form's fields, focusing the first. */
function showServerErrors(setError: UseFormSetError<ScoreSheetFormValues>, fieldErrors: Record<string, string[]>, fieldNames: string[]) {
  const fields = Object.entries(fieldErrors).filter(([field, messages]) => fieldNames.includes(field) && messages[0]);
  fields.forEach(([field, messages], index) => setError(field, { type: "server", message: messages[0] }, { shouldFocus: index === 0 }));
}

/**
 * Checks the sheet with its schema, each field's first error said in the page's language (zod's message is the
 * English one; the issue carries its template).
 */
function createSheetResolver(
  getSchema: () => ReturnType<typeof createScoreSheetSchema>,
  sayIssue: ReturnType<typeof useServerText>["sayIssue"],
): Resolver<ScoreSheetFormValues, unknown, ScoreSheetValues> {
  return (values) => {
    const parsed = getSchema().safeParse(values);
    if (parsed.success) return { values: parsed.data, errors: {} };
    const errors: Record<string, FieldError> = {};
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? "root");
      errors[field] ??= { type: issue.code, message: sayIssue(issue) };
    }
    return { values: {}, errors };
  };
}

/**
 * The juror's score sheet: a score and a comment per criterion and an overall comment. It saves itself as a
 * draft while the juror works and is submitted after a confirm step; the same rubric-built schema checks it
 * here and again on the server.
 */
export function ScoreSheetForm({
  jurorId,
  nominationId,
  initialVersion,
  rubric,
  defaultValues,
  timeZone,
}: {
  /** The signed-in juror: the browser's copy is theirs alone, even on a shared computer. */
  jurorId: number;
  nominationId: string;
  /** The sheet's version when the page was loaded; 0 when the juror has no sheet yet. */
  initialVersion: number;
  rubric: ScoreFormCriterion[];
  defaultValues: Record<string, string>;
  /** The edition's zone, in which moments are written. */
  timeZone: string;
}) {
  const t = useTranslations("scoreSheet");
  const { sayIssue } = useServerText();
  const [status, setStatus] = useState<SaveStatus>({ kind: "idle" });
  const [message, setMessage] = useState<Message | null>(null);
  const [isConfirming, setIsConfirming] = useState(false);
  const [pendingIntent, setPendingIntent] = useState<ScoreSheetIntent | null>(null);
  // Which check the resolver runs: drafts may leave criteria empty, a submission may not.
  const intentRef = useRef<ScoreSheetIntent>("draft");
  const schemas = useMemo(
    () => ({ draft: createScoreSheetSchema(rubric, "draft"), submit: createScoreSheetSchema(rubric, "submit") }),
    [rubric],
  );
  const form = useForm<ScoreSheetFormValues, unknown, ScoreSheetValues>({
    defaultValues,
    resolver: createSheetResolver(() => schemas[intentRef.current], sayIssue),
  });
  const { getValues, setError, setValue } = form;
  // Every change of a score re-renders the total as the juror types.
  const watchedValues = useWatch({ control: form.control });
  const [copyStore] = useState(() => createSheetCopyStore(getSheetCopyKey(jurorId, nominationId)));
  const [offer, setOffer] = useState<SheetCopy | null>(null);
  const [autosave] = useState(() => {
    const normalize = (values: ScoreSheetFormValues) => {
      const parsed = schemas.draft.safeParse(values);
      return parsed.success ? parsed.data : null;
    };
    return createSheetAutosave({
      initialVersion,
      initialStored: normalize(defaultValues),
      getValues,
      normalize,
      save: (intent, version, values) => saveScoreSheetAction({ ...values, nominationId, version, intent }),
      copy: copyStore,
      onStatus: setStatus,
      onInvalid: (fieldErrors) => showServerErrors(setError, fieldErrors, Object.keys(defaultValues)),
    });
  });
  const confirmRef = useRef<HTMLDivElement>(null);
  const barRef = useRef<HTMLDivElement>(null);
  const isPending = pendingIntent !== null;
  const isStopped = status.kind === "stopped";
  const hasWeights = new Set(rubric.map((c) => c.weight)).size > 1;

  // Leaving with unsaved changes asks first; each change of a field is caught by the form's onChange below.
  useEffect(() => {
    function warnBeforeLeaving(event: BeforeUnloadEvent) {
      if (!autosave.hasUnsavedChanges()) return;
      event.preventDefault();
      event.returnValue = "";
    }
    window.addEventListener("beforeunload", warnBeforeLeaving);
    return () => {
      window.removeEventListener("beforeunload", warnBeforeLeaving);
      autosave.dispose();
    };
  }, [autosave]);

  // A copy this browser kept of changes the server never acknowledged: restored at once when the sheet has not
  // changed since, offered beside the saved sheet when it has (another window saved in between).
  useEffect(() => {
    // localStorage exists only in the browser, so it is read once after hydration, never during render.
    const copy = copyStore.read();
    if (!copy) return;
    const parsed = schemas.draft.safeParse(copy.values);
    if (parsed.success && isSameSheet(parsed.data, schemas.draft.safeParse(defaultValues).data ?? null)) {
      copyStore.remove();
      return;
    }
    if (copy.baseVersion !== initialVersion) {
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setOffer(copy);
      return;
    }
    restoreCopy(copy);
    setMessage({ tone: "success", text: t("restored") });
    // Runs once, when the page opens: the copy is read before the juror changes anything.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  function restoreCopy(copy: SheetCopy) {
    for (const name of Object.keys(defaultValues)) {
      const value = copy.values[name];
      if (value !== undefined && value !== null) setValue(name, String(value));
    }
    autosave.markChanged();
    void autosave.saveNow();
  }

  // Focus moves to the confirm step because the button that opened it has just disappeared.
  useEffect(() => {
    if (isConfirming) confirmRef.current?.focus();
  }, [isConfirming]);

  function showInvalid(errors: FieldErrors<ScoreSheetFormValues>) {
    setMessage({ tone: "error", text: t("correctFields", { count: Object.keys(errors).length }) });
  }

  async function send(intent: ScoreSheetIntent) {
    if (pendingIntent) return;
    setPendingIntent(intent);
    setMessage(null);
    const result = intent === "submit" ? await autosave.submit() : await autosave.saveNow();
    setPendingIntent(null);
    setIsConfirming(false);
    // After a submission the page re-renders read-only with its own notice (the action revalidates it).
    if (!result) return;
    if (result.ok) {
      if (intent === "draft") setMessage({ tone: "success", text: t("draftSaved") });
    } else if (result.code === "INVALID") {
      setMessage({ tone: "error", text: result.message });
    }
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

  // Browsers bring a focused field into view but not out from under what sticks over it: the field and its label
  // are scrolled clear of the sticky bar below and of the top edge.
  function keepClearOfBar(event: React.FocusEvent<HTMLFormElement>) {
    const bar = barRef.current;
    const field = event.target;
    if (!bar || bar.contains(field) || !(field instanceof HTMLSelectElement || field instanceof HTMLTextAreaElement)) return;
    const label = field.id ? event.currentTarget.querySelector(`label[for="${field.id}"]`) : null;
    const top = Math.min(field.getBoundingClientRect().top, label?.getBoundingClientRect().top ?? Infinity);
    const below = field.getBoundingClientRect().bottom - bar.getBoundingClientRect().top + CLEARANCE;
    if (below > 0) window.scrollBy({ top: Math.min(below, top - CLEARANCE) });
    else if (top < 0) window.scrollBy({ top: top - CLEARANCE });
  }

  function onReload() {
    autosave.allowLeaving();
    window.location.reload();
  }

  return (
    <form onSubmit={onSubmitScores} onChange={() => autosave.markChanged()} onFocus={keepClearOfBar} noValidate className="space-y-6">
      {offer && (
        <SheetCopyOffer
          copy={offer}
          rubric={rubric}
          timeZone={timeZone}
          onRestore={() => {
            setOffer(null);
            restoreCopy(offer);
          }}
          onDiscard={() => {
            setOffer(null);
            copyStore.remove();
          }}
        />
      )}
      {rubric.map((criterion) => (
        <CriterionScoreFields key={criterion.id} criterion={criterion} hasWeights={hasWeights} register={form.register} errors={form.formState.errors} />
      ))}
      <OverallCommentField register={form.register} errors={form.formState.errors} />
      {status.kind === "stopped" && (
        <div className="space-y-3">
          <Notice tone="error">
            {status.message}{" "}
            {status.isStale && t("staleHint")}
          </Notice>
          {status.isStale && (
            <Button type="button" variant="secondary" onClick={onReload}>
              {t("reload")}
            </Button>
          )}
        </div>
      )}
      {status.kind === "mismatch" && (
        <Notice tone="error">{t("mismatch")}</Notice>
      )}
      {status.kind === "retrying" && (
        <Notice tone="error">{t("retrying")}</Notice>
      )}
      {message && <Notice tone={message.tone}>{message.text}</Notice>}
      {/* Sticky at the foot of the sheet: the total and the buttons stay in reach while the juror scrolls the criteria. */}
      <div ref={barRef} data-testid="sheet-bar" className="sticky bottom-0 z-10 -mx-5 -mb-5 space-y-2 rounded-b-lg border-t border-slate-200 bg-white/95 px-5 py-3">
        <SaveStatusText status={status} hasDraft={initialVersion > 0} timeZone={timeZone} />
        <SheetTotal criteria={rubric} scores={readFormScores(rubric, watchedValues)} />
        {isConfirming ? (
          <div ref={confirmRef} tabIndex={-1} className="space-y-3 rounded-md border border-brand-100 bg-brand-50 p-4">
            <p className="text-sm text-brand-900">{t("confirmSubmit")}</p>
            <div className="flex flex-wrap gap-3">
              <Button type="button" onClick={() => void send("submit")} disabled={isPending}>
                {pendingIntent === "submit" ? t("submitting") : t("confirmSubmission")}
              </Button>
              <Button type="button" variant="secondary" onClick={() => setIsConfirming(false)} disabled={isPending}>
                {t("keepEditing")}
              </Button>
            </div>
          </div>
        ) : (
          <div className="flex flex-wrap gap-3">
            <Button type="button" variant="secondary" onClick={onSaveDraft} disabled={isPending || isStopped}>
              {pendingIntent === "draft" ? t("saving") : t("saveDraft")}
            </Button>
            <Button type="submit" disabled={isPending || isStopped}>
              {t("submitScores")}
            </Button>
          </div>
        )}
      </div>
    </form>
  );
}
