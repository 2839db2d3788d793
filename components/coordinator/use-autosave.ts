"use client";

import { useEffect, useState } from "react";
import type { UseFormReturn } from "react-hook-form";
import { saveNominationAction } from "@/app/coordinator/actions";
import type { NominationContent, NominationContentValues } from "@/lib/validation/nomination";
import { applyFieldErrors } from "./form-errors";
import { findSavableValues } from "./form-problems";
import { removeLocalCopy, toSnapshot, writeLocalCopy } from "./local-copy";
import { getStepAfterFailure } from "./save-retry";

export type DossierFormApi = UseFormReturn<NominationContentValues, unknown, NominationContent>;

export type SaveState =
  | { status: "saved"; at: Date; by: string | null; isInitial: boolean }
  | { status: "saving" }
  | { status: "retrying" }
  | { status: "invalid" }
  | { status: "partly-saved"; at: Date }
  | { status: "conflict"; message: string }
  | { status: "stopped"; message: string };

export interface SavedVersion {
  values: NominationContentValues;
  version: number;
  savedAt: Date;
  savedBy: string | null;
}

const DEBOUNCE_MS = 1500;

interface AutosaverOptions {
  form: DossierFormApi;
  id: string;
  initial: SavedVersion;
  onState: (state: SaveState) => void;
  onUnsaved: (hasUnsaved: boolean) => void;
  onConflict: (message: string) => void;
  /** The field errors the draft schema finds in some values, empty when they may be saved. */
  check: (values: NominationContentValues) => Record<string, string[]>;
}

/**
 * The autosave machine, one per form: one save at a time, each carrying the version it started from.
 * Network and server errors retry with backoff and keep the text; a conflict or a refusal pauses saving.
 */
function createAutosaver({ form, id, initial, onState, onUnsaved, onConflict, check }: AutosaverOptions) {
  let version = initial.version;
  let savedValues = initial.values;
  let savedAt = new Date(initial.savedAt);
  let savedSnapshot = toSnapshot(initial.values);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight: Promise<boolean> | null = null;
  let retries = 0;
  let isPaused = false;
  // The text last refused as invalid (with the state it left), so it is not checked and sent again unchanged.
  let refused: { snapshot: string; state: SaveState } | null = null;

  const isDirty = () => toSnapshot(form.getValues()) !== savedSnapshot;

  async function saveOnce(): Promise<boolean> {
    const values = form.getValues();
    const snapshot = toSnapshot(values);
    if (snapshot === savedSnapshot) return true;
    if (snapshot === refused?.snapshot) {
      onState(refused.state);
      return false;
    }
    // The same schema the server applies: a field in the wrong format is shown beside it and kept back, the rest is sent.
    const isValid = await form.trigger();
    let sent = values;
    if (!isValid) {
      const savable = findSavableValues(values, savedValues, Object.keys(form.formState.errors), check);
      sent = savable.values;
      applyFieldErrors(form.setError, savable.errors);
    }
    const sentSnapshot = toSnapshot(sent);
    if (sentSnapshot === savedSnapshot) {
      // Only kept-back fields changed: everything else is on the server already, as of the last save.
      refused = { snapshot, state: { status: "partly-saved", at: savedAt } };
      onState(refused.state);
      return false;
    }
    onState({ status: "saving" });
    const startedFrom = version;
    let result: Awaited<ReturnType<typeof saveNominationAction>>;
    try {
      result = await saveNominationAction({ id, version: startedFrom, ...sent });
    } catch {
      result = { ok: false, code: "ERROR", message: "The connection failed." };
    }
    if (result.ok) {
      retries = 0;
      const at = new Date(result.data.savedAt);
      const state: SaveState = isValid ? { status: "saved", at, by: result.data.savedBy, isInitial: false } : { status: "partly-saved", at };
      refused = isValid ? null : { snapshot, state };
      removeLocalCopy(id, startedFrom);
      version = result.data.version;
      savedValues = sent;
      savedSnapshot = sentSnapshot;
      savedAt = at;
      onState(state);
      const isStillDirty = isDirty();
      onUnsaved(isStillDirty);
      // The fields kept back (and anything typed meanwhile) stay in this browser until they are saved.
      if (isStillDirty) writeLocalCopy(id, version, form.getValues());
      return isValid;
    }
    const step = getStepAfterFailure(result, retries + 1);
    if (step.kind === "retry") {
      // The database or the network is briefly away: keep the text and try again, waiting longer each time.
      retries += 1;
      onState({ status: "retrying" });
      schedule(step.delayMs);
      return false;
    }
    retries = 0;
    clearTimeout(timer);
    if (step.kind === "invalid") {
      // The same text would be refused again: nothing is sent until the user changes it.
      refused = { snapshot, state: { status: "invalid" } };
      applyFieldErrors(form.setError, step.fieldErrors);
      onState({ status: "invalid" });
      return false;
    }
    isPaused = true;
    if (step.kind === "conflict") {
      onState({ status: "conflict", message: step.message });
      onConflict(step.message);
    } else {
      onState({ status: "stopped", message: step.message });
    }
    return false;
  }

  function run(): Promise<boolean> {
    inFlight ??= saveOnce().finally(() => {
      inFlight = null;
    });
    return inFlight;
  }

  function schedule(delay: number) {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (isPaused) return;
      // A save still running is followed by this one once it has answered.
      if (inFlight) return schedule(DEBOUNCE_MS);
      void run().then((isSaved) => {
        if (isSaved && isDirty() && !isPaused) schedule(DEBOUNCE_MS);
      });
    }, delay);
  }

  return {
    isDirty,
    isSaving: () => inFlight !== null,
    getVersion: () => version,
    /** The values the server holds for this form's version: the base the user's own edits are measured from. */
    getSavedValues: () => savedValues,
    /** Every change: keep a browser copy, and save once typing pauses. */
    onChange() {
      const isChanged = isDirty();
      onUnsaved(isChanged);
      if (isChanged) writeLocalCopy(id, version, form.getValues());
      else removeLocalCopy(id, version);
      if (isChanged && !isPaused) schedule(DEBOUNCE_MS);
    },
    /** Saves now (the "Save draft" button, or before submitting); answers whether everything typed is saved. */
    async flush(): Promise<boolean> {
      clearTimeout(timer);
      while (inFlight) await inFlight;
      if (isPaused) return false;
      return isDirty() ? run() : true;
    },
    /** Takes a server version as the form's (after a conflict) and saves by itself again from there. */
    adopt(saved: SavedVersion) {
      clearTimeout(timer);
      version = saved.version;
      savedValues = saved.values;
      savedSnapshot = toSnapshot(saved.values);
      savedAt = new Date(saved.savedAt);
      form.reset(saved.values);
      isPaused = false;
      retries = 0;
      onUnsaved(false);
      onState({ status: "saved", at: new Date(saved.savedAt), by: saved.savedBy, isInitial: true });
    },
    /** Stops saving for good (the dossier is being submitted from this page). */
    stop() {
      isPaused = true;
      clearTimeout(timer);
    },
    /** Saves by itself again after a stop (a submission that was refused). */
    resume() {
      isPaused = false;
      if (isDirty()) schedule(DEBOUNCE_MS);
    },
    dispose() {
      clearTimeout(timer);
    },
  };
}

export type Autosaver = ReturnType<typeof createAutosaver>;

/** The draft saves itself a moment after typing stops; leaving with text not yet on the server asks first. */
export function useAutosave({
  form,
  id,
  initial,
  onConflict,
  check,
}: {
  form: DossierFormApi;
  id: string;
  initial: SavedVersion;
  /** Called when a save meets a newer version, a colleague's or another tab's (autosave stays paused until adopt()); read once. */
  onConflict: (message: string) => void;
  /** The draft schema's field errors for some values (empty when they pass); read once. */
  check: (values: NominationContentValues) => Record<string, string[]>;
}) {
  const [state, setState] = useState<SaveState>({ status: "saved", at: initial.savedAt, by: initial.savedBy, isInitial: true });
  const [hasUnsaved, setHasUnsaved] = useState(false);
  const [saver] = useState(() => createAutosaver({ form, id, initial, onState: setState, onUnsaved: setHasUnsaved, onConflict, check }));

  useEffect(() => {
    const subscription = form.watch(() => saver.onChange());
    const warn = (event: BeforeUnloadEvent) => {
      if (!saver.isDirty() && !saver.isSaving()) return;
      event.preventDefault();
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", warn);
    return () => {
      subscription.unsubscribe();
      window.removeEventListener("beforeunload", warn);
      saver.dispose();
    };
  }, [form, saver]);

  return { state, hasUnsaved, saver };
}
