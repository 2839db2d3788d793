"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useMemo, useRef, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import type { z } from "zod";
import { saveNominationAction, submitNominationAction } from "@/app/coordinator/actions";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import type { ActionResult } from "@/lib/actions/result";
import { formatDeadline } from "@/lib/domain/deadline";
import { createCompleteNominationSchema, createNominationContentSchema, type NominationContentValues } from "@/lib/validation/nomination";
import { DossierFields } from "./dossier-fields";
import { applyServerFieldErrors, toErrorMessages } from "./form-errors";

const FIELD_NAMES = ["title", "organisation", "description"] as const;
type Failure = Extract<ActionResult<unknown>, { ok: false }>;
type Message = { tone: "success" | "error"; text: string };

/** Edits a draft dossier (saved with its version, so concurrent edits are caught) and submits it after a confirmation. */
export function DossierForm({
  id,
  initialVersion,
  initialValues,
  lastSavedAt,
  descriptionWordLimit,
}: {
  id: string;
  initialVersion: number;
  initialValues: NominationContentValues;
  lastSavedAt: Date;
  descriptionWordLimit: number;
}) {
  const router = useRouter();
  const limits = { descriptionWordLimit };
  const schema = useMemo(() => createNominationContentSchema({ descriptionWordLimit }), [descriptionWordLimit]);
  const form = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: initialValues,
  });
  const [version, setVersion] = useState(initialVersion);
  const [savedAt, setSavedAt] = useState(lastSavedAt);
  const [message, setMessage] = useState<Message | null>(null);
  const [pending, setPending] = useState<"save" | "submit" | "done" | null>(null);
  const [isConfirming, setIsConfirming] = useState(false);
  // A ref as well as state: a second click can arrive before React re-renders the disabled buttons.
  const isBusy = useRef(false);
  const confirmRef = useRef<HTMLDivElement>(null);
  const description = useWatch({ control: form.control, name: "description" });
  const errors = toErrorMessages(form.formState.errors, FIELD_NAMES);

  function showFailure(result: Failure) {
    applyServerFieldErrors(form.setError, result.fieldErrors, FIELD_NAMES);
    const keepsText = result.code === "CONFLICT" ? " Your text is still in the form: copy it before you reload." : "";
    setMessage({ tone: "error", text: result.message + keepsText });
  }

  /** Saves the form's values; answers the new version, or null after showing why it failed. */
  async function save(values: z.output<typeof schema>): Promise<number | null> {
    const result = await saveNominationAction({ id, version, ...values });
    if (!result.ok) {
      showFailure(result);
      return null;
    }
    setVersion(result.data.version);
    setSavedAt(result.data.savedAt);
    form.reset(values);
    return result.data.version;
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

  function onSave(event: React.FormEvent<HTMLFormElement>) {
    return form.handleSubmit((values) =>
      run("save", async () => {
        if ((await save(values)) !== null) setMessage({ tone: "success", text: "Draft saved." });
      }),
    )(event);
  }

  function askToSubmit() {
    form.clearErrors();
    const complete = createCompleteNominationSchema(limits).safeParse(form.getValues());
    if (!complete.success) {
      for (const issue of complete.error.issues) {
        const name = issue.path[0];
        if (name === "title" || name === "organisation" || name === "description") form.setError(name, { type: "complete", message: issue.message });
      }
      setMessage({ tone: "error", text: "Complete the highlighted fields before submitting." });
      return;
    }
    setMessage(null);
    setIsConfirming(true);
    requestAnimationFrame(() => confirmRef.current?.focus());
  }

  const confirmSubmit = () =>
    run("submit", async () => {
      setIsConfirming(false);
      const complete = createCompleteNominationSchema(limits).safeParse(form.getValues());
      if (!complete.success) return askToSubmit();
      const submittedVersion = form.formState.isDirty ? await save(complete.data) : version;
      if (submittedVersion === null) return;
      const result = await submitNominationAction({ id, version: submittedVersion });
      if (!result.ok) return showFailure(result);
      setPending("done");
      setMessage({ tone: "success", text: `Submitted. Your reference is ${result.data.reference}.` });
      router.refresh();
    });

  const isDisabled = pending !== null;
  return (
    <form onSubmit={onSave} className="space-y-5" noValidate>
      {message && <Notice tone={message.tone}>{message.text}</Notice>}
      <DossierFields
        fields={{ title: form.register("title"), organisation: form.register("organisation"), description: form.register("description") }}
        errors={errors}
        descriptionText={description ?? ""}
        descriptionWordLimit={descriptionWordLimit}
      />
      <p className="text-sm text-slate-600">
        Last saved <time dateTime={savedAt.toISOString()}>{formatDeadline(savedAt)}</time>
        {form.formState.isDirty && " — you have unsaved changes"}
      </p>
      {isConfirming ? (
        <div ref={confirmRef} tabIndex={-1} className="space-y-3 rounded-md border border-amber-300 bg-amber-50 p-4 outline-none">
          <p className="font-semibold text-amber-900">Submit this dossier?</p>
          <p className="text-sm text-amber-900">
            After submitting, the dossier is locked: you can no longer change it unless the secretariat reopens it.
            {form.formState.isDirty && " Your unsaved changes are saved first."}
          </p>
          <div className="flex flex-wrap gap-3">
            <Button type="button" onClick={confirmSubmit} disabled={isDisabled}>
              Yes, submit now
            </Button>
            <Button type="button" variant="secondary" onClick={() => setIsConfirming(false)} disabled={isDisabled}>
              Cancel
            </Button>
          </div>
        </div>
      ) : (
        <div className="flex flex-wrap gap-3">
          <Button type="submit" variant="secondary" disabled={isDisabled}>
            {pending === "save" ? "Saving…" : "Save draft"}
          </Button>
          <Button type="button" onClick={askToSubmit} disabled={isDisabled}>
            {pending === "submit" || pending === "done" ? "Submitting…" : "Submit nomination"}
          </Button>
        </div>
      )}
    </form>
  );
}
