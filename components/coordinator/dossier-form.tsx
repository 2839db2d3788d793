"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useMemo, useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { loadNominationAction, submitNominationAction } from "@/app/coordinator/actions";
import { useServerText } from "@/components/i18n/server-text-provider";
import { useTranslatedResolver } from "@/components/i18n/use-translated-resolver";
import { Notice } from "@/components/ui/notice";
import { ANSWER_FIELDS, type WordLimits } from "@/lib/domain/dossier-completeness";
import {
  createCompleteNominationSchema,
  createNominationContentSchema,
  toDossierFieldErrors,
  type NominationContent,
  type NominationContentValues,
} from "@/lib/validation/nomination";
import { CompletenessSummary, DossierSection } from "./completeness";
import { ErrorSummary } from "./error-summary";
import { toSummaryItems, type SummaryItem } from "./form-problems";
import { LinksField, LongTextField, PeriodFields, TextField } from "./dossier-inputs";
import { applyFieldErrors } from "./form-errors";
import { listLocalCopies, removeAllLocalCopies, removeLocalCopy, toSnapshot, type LocalCopy } from "./local-copy";
import { ConflictPanel, RestoreOffer, type Conflict } from "./recovery-panels";
import { SaveStatus } from "./save-status";
import { SubmitControls } from "./submit-controls";
import { useAutosave, type SavedVersion } from "./use-autosave";

type Message = { tone: "success" | "error"; text: string };

/**
 * The whole entry form of a draft dossier. It saves itself while the user types (with the version it started
 * from, so a colleague's save is never overwritten), keeps a browser copy of unsaved text, and submits after a
 * confirm step, validated by the same schema as the server.
 */
export function DossierForm({
  id,
  kindLabel,
  initial,
  limits,
  timeZone,
  annexes,
}: {
  id: string;
  /** The dossier's kind in the page's language ("Competing"). */
  kindLabel: string;
  initial: SavedVersion;
  limits: WordLimits;
  /** The edition's zone, in which save times are written. */
  timeZone: string;
  /** The annex panel, shown after the fields and before the Submit button (it has a form of its own). */
  annexes?: React.ReactNode;
}) {
  const router = useRouter();
  const t = useTranslations("dossierForm");
  const { sayIssue } = useServerText();
  const { descriptionWordLimit, answerWordLimit } = limits;
  const schema = useMemo(() => createNominationContentSchema({ descriptionWordLimit, answerWordLimit }), [descriptionWordLimit, answerWordLimit]);
  const form = useForm<NominationContentValues, unknown, NominationContent>({
    resolver: useTranslatedResolver(schema),
    defaultValues: initial.values,
    // No validation on blur: an error line appearing as focus leaves a field would move the button being clicked.
    // Autosave validates a moment after typing stops instead.
  });
  const { state, hasUnsaved, saver } = useAutosave({ form, id, initial, onConflict: showConflict, check: checkDraft });
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [offer, setOffer] = useState<LocalCopy | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const [pending, setPending] = useState<"save" | "submit" | "done" | null>(null);
  const [isConfirming, setIsConfirming] = useState(false);
  const [summary, setSummary] = useState<{ items: SummaryItem[]; attempt: number } | null>(null);
  // A ref as well as state: a second click can arrive before React re-renders the disabled buttons.
  const isBusy = useRef(false);
  const formTopRef = useRef<HTMLDivElement>(null);

  // After a reload, offer back any text this browser kept that differs from the server's.
  useEffect(() => {
    // localStorage exists only in the browser, so it is read once after hydration, never during render.
    const [latest] = listLocalCopies(id);
    if (!latest) return;
    if (latest.version > initial.version || toSnapshot(latest.values) === toSnapshot(initial.values)) {
      removeLocalCopy(id, latest.version);
      return;
    }
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setOffer(latest);
  }, [id, initial]);

  /** The draft schema's field errors for some values, for a save that keeps wrong fields back (stable: the schema is fixed per edition). */
  function checkDraft(values: NominationContentValues): Record<string, string[]> {
    const parsed = schema.safeParse(values);
    return parsed.success ? {} : toDossierFieldErrors(parsed.error, sayIssue);
  }

  /** A save met a newer version (a colleague's or another tab's): keep the user's text and fetch it, to show who and when. */
  function showConflict(message: string) {
    setConflict({ message, mine: form.getValues(), base: saver.getSavedValues(), theirs: null, hasLoadFailed: false, hasLoadedTheirs: false });
    void loadNominationAction({ id }).then(
      (result) =>
        setConflict((current) =>
          current && (result.ok ? { ...current, theirs: result.data, hasLoadFailed: false } : { ...current, hasLoadFailed: true }),
        ),
      () => setConflict((current) => current && { ...current, hasLoadFailed: true }),
    );
  }

  async function loadTheirs() {
    const result = await loadNominationAction({ id }).catch(() => null);
    if (!result?.ok) return setConflict((current) => current && { ...current, hasLoadFailed: true });
    if (result.data.state !== "draft") return setConflict((current) => current && { ...current, theirs: result.data });
    saver.adopt(result.data);
    setConflict((current) => current && { ...current, theirs: result.data, hasLoadedTheirs: true });
  }

  /** A refused submission: every problem beside its field and listed at the top, where focus goes. */
  function showProblems(fieldErrors: Record<string, string[]> | undefined, fallback: string) {
    applyFieldErrors(form.setError, fieldErrors);
    const items = toSummaryItems(fieldErrors, (field, link) => (link === undefined ? t(`fields.${field}`) : t("inputs.link", { number: link })));
    if (items.length === 0) return setMessage({ tone: "error", text: fallback });
    setSummary((current) => ({ items, attempt: (current?.attempt ?? 0) + 1 }));
    formTopRef.current?.scrollIntoView({ block: "start" });
  }

  async function run(kind: "save" | "submit", task: () => Promise<void>) {
    if (isBusy.current) return;
    isBusy.current = true;
    setPending(kind);
    setMessage(null);
    try {
      await task();
    } finally {
      isBusy.current = false;
      setPending((current) => (current === "done" ? current : null));
    }
  }

  const onSave = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void run("save", async () => {
      if (await saver.flush()) setMessage({ tone: "success", text: t("draftSaved") });
    });
  };

  /** Checks completeness with the server's own schema; answers whether the dossier may be submitted. */
  function checkComplete(): boolean {
    form.clearErrors();
    const complete = createCompleteNominationSchema(limits).safeParse(form.getValues());
    if (complete.success) {
      setSummary(null);
      return true;
    }
    showProblems(toDossierFieldErrors(complete.error, sayIssue), t("notComplete"));
    return false;
  }

  function askToSubmit() {
    setMessage(null);
    if (checkComplete()) setIsConfirming(true);
  }

  const confirmSubmit = () =>
    run("submit", async () => {
      setIsConfirming(false);
      if (!checkComplete()) return;
      if (!(await saver.flush())) {
        setMessage({ tone: "error", text: t("notSavedSoNotSubmitted") });
        return;
      }
      saver.stop();
      const result = await submitNominationAction({ id, version: saver.getVersion() }).catch(() => null);
      if (!result?.ok) {
        const text = result?.message ?? t("submitConnectionFailed");
        if (result?.fieldErrors) showProblems(result.fieldErrors, text);
        else setMessage({ tone: "error", text });
        saver.resume();
        return;
      }
      removeAllLocalCopies(id);
      setPending("done");
      setMessage({ tone: "success", text: t("submitted", { reference: result.data.reference }) });
      router.push(`/coordinator/nominations/${id}/receipt`);
    });

  const sectionProps = { form, limits };
  return (
    // The save status stays in view down to the Submit button, past the annexes, so it sits outside the form.
    <div className="space-y-6">
      <div ref={formTopRef} className="sticky top-0 z-10 -mx-5 -mt-5 rounded-t-lg border-b border-slate-200 bg-white/95 px-5 py-3">
        <SaveStatus state={state} hasUnsaved={hasUnsaved} timeZone={timeZone} />
      </div>
      <form id="dossier-form" onSubmit={onSave} className="space-y-6" noValidate>
        {summary && <ErrorSummary items={summary.items} attempt={summary.attempt} />}
        {message && <Notice tone={message.tone}>{message.text}</Notice>}
        {offer && (
          <RestoreOffer
            copy={offer}
            current={form.getValues()}
            isSameVersion={offer.version === saver.getVersion()}
            timeZone={timeZone}
            onRestore={() => {
              form.reset(offer.values);
              setOffer(null);
              saver.onChange();
            }}
            onDiscard={() => {
              removeLocalCopy(id, offer.version);
              setOffer(null);
            }}
          />
        )}
        {conflict && (
          <ConflictPanel
            conflict={conflict}
            timeZone={timeZone}
            onLoadTheirs={() => void loadTheirs()}
            onDismiss={() => {
              // The copy typed on the older version has served its purpose once the user has taken what they need.
              for (const copy of listLocalCopies(id)) if (copy.version < saver.getVersion()) removeLocalCopy(id, copy.version);
              setConflict(null);
            }}
          />
        )}
        <CompletenessSummary {...sectionProps} />
        <DossierSection {...sectionProps} id="project" title={t("sections.project")}>
          <p className="text-sm text-slate-800">{t.rich("kindLine", { kind: kindLabel, b: (chunks) => <span className="font-semibold">{chunks}</span> })}</p>
          <TextField form={form} name="title" label={t("fields.title")} />
          <TextField form={form} name="organisation" label={t("fields.organisation")} autoComplete="organization" />
          <PeriodFields form={form} />
          <LinksField form={form} />
        </DossierSection>
        <DossierSection {...sectionProps} id="contact" title={t("sections.contact")}>
          <TextField form={form} name="contactName" label={t("fields.contactName")} autoComplete="name" />
          <TextField form={form} name="contactEmail" label={t("fields.contactEmail")} type="email" autoComplete="email" />
          <TextField form={form} name="contactPhone" label={t("fields.contactPhone")} type="tel" autoComplete="tel" hint={t("phoneHint")} />
        </DossierSection>
        <DossierSection {...sectionProps} id="description" title={t("sections.description")}>
          <LongTextField
            form={form}
            name="description"
            label={t("fields.description")}
            hint={t("descriptionHint", { limit: descriptionWordLimit })}
            limit={descriptionWordLimit}
            subject={t("descriptionSubject")}
          />
        </DossierSection>
        <DossierSection {...sectionProps} id="answers" title={t("sections.answers")}>
          {ANSWER_FIELDS.map((field) => (
            <LongTextField
              key={field}
              form={form}
              name={field}
              label={t(`fields.${field}`)}
              hint={t("answerHint", { question: t(`questions.${field}`), limit: answerWordLimit })}
              limit={answerWordLimit}
              subject={t("answerSubject", { label: t(`fields.${field}`).toLowerCase() })}
            />
          ))}
        </DossierSection>
      </form>
      {annexes}
      <SubmitControls
        formId="dossier-form"
        pending={pending}
        isConfirming={isConfirming}
        hasUnsaved={hasUnsaved}
        onAskToSubmit={askToSubmit}
        onConfirm={confirmSubmit}
        onCancel={() => setIsConfirming(false)}
      />
    </div>
  );
}
