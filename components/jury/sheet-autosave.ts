import type { ActionResult } from "@/lib/actions/result";
import type { SavedSheet } from "@/lib/scoring/queries";
import type { ScoreSheetIntent } from "@/lib/validation/score-sheet";

/** How long typing must pause before a draft is saved. */
export const AUTOSAVE_DELAY_MS = 1500;
const MAX_RETRY_DELAY_MS = 30_000;

export type SaveStatus =
  | { kind: "idle" }
  | { kind: "unsaved" }
  | { kind: "saving" }
  | { kind: "saved"; at: Date }
  | { kind: "retrying" }
  | { kind: "invalid" }
  /** Saving cannot go on (stale version, scoring closed, session ended): the juror must act. */
  | { kind: "stopped"; message: string; isStale: boolean };

/** What a save answered; null when the request never got an answer (network down). */
export type SaveResult = ActionResult<SavedSheet> | null;

export interface SheetAutosaveOptions {
  /** The sheet's version when the page loaded (0: no sheet yet). */
  initialVersion: number;
  /** Sends the form's current values with this intent and version; may throw when the network fails. */
  save: (intent: ScoreSheetIntent, version: number) => Promise<SaveResult>;
  onStatus: (status: SaveStatus) => void;
  onInvalid: (fieldErrors: Record<string, string[]>) => void;
}

/** 2 s, 4 s, 8 s… up to 30 s between attempts after a failed save. */
export function getRetryDelay(attempt: number): number {
  return Math.min(MAX_RETRY_DELAY_MS, 1000 * 2 ** attempt);
}

/**
 * The score sheet's autosave, free of React so it can be tested with fake timers: drafts are saved shortly
 * after the last change, one request at a time and in order, each with the version the previous one
 * returned, so a stale window gets CONFLICT instead of overwriting. Failed saves are retried with backoff;
 * a refusal (stale, closed, signed out) stops saving until the juror reloads.
 */
export function createSheetAutosave({ initialVersion, save, onStatus, onInvalid }: SheetAutosaveOptions) {
  let version = initialVersion;
  // Edits are counted so a save knows whether changes arrived while it was on its way.
  let editCount = 0;
  let savedEditCount = 0;
  let isSaving = false;
  let isStopped = false;
  let attempt = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let queue: Promise<SaveResult> = Promise.resolve(null);

  function schedule(delay: number) {
    clearTimeout(timer);
    timer = setTimeout(() => void enqueue("draft", false), delay);
  }

  async function send(intent: ScoreSheetIntent, isForced: boolean): Promise<SaveResult> {
    if (isStopped) return null;
    const sentEditCount = editCount;
    if (intent === "draft" && !isForced && sentEditCount === savedEditCount) return null;
    isSaving = true;
    onStatus({ kind: "saving" });
    let result: SaveResult;
    try {
      result = await save(intent, version);
    } catch {
      result = null;
    } finally {
      isSaving = false;
    }
    if (result?.ok) {
      version = result.data.version;
      savedEditCount = sentEditCount;
      attempt = 0;
      // A submitted sheet is read-only until "Edit again"; the page redraws itself.
      if (intent === "submit") isStopped = true;
      onStatus({ kind: "saved", at: new Date(result.data.savedAt) });
      if (!isStopped && editCount !== sentEditCount) schedule(AUTOSAVE_DELAY_MS);
      return result;
    }
    if (!result || result.code === "ERROR") {
      attempt += 1;
      onStatus({ kind: "retrying" });
      schedule(getRetryDelay(attempt));
      return result;
    }
    if (result.code === "INVALID") {
      onInvalid(result.fieldErrors ?? {});
      onStatus({ kind: "invalid" });
      return result;
    }
    isStopped = true;
    clearTimeout(timer);
    onStatus({ kind: "stopped", message: result.message, isStale: result.code === "CONFLICT" });
    return result;
  }

  function enqueue(intent: ScoreSheetIntent, isForced: boolean): Promise<SaveResult> {
    clearTimeout(timer);
    queue = queue.then(() => send(intent, isForced));
    return queue;
  }

  return {
    /** Call on every change of a field: the draft is saved once typing pauses (or at the next retry). */
    markChanged() {
      editCount += 1;
      if (isStopped) return;
      if (attempt > 0) return; // A retry is already scheduled and will carry this change too.
      onStatus({ kind: "unsaved" });
      schedule(AUTOSAVE_DELAY_MS);
    },
    /** Saves the draft at once, e.g. from the "Save draft" button. */
    saveNow: () => enqueue("draft", true),
    /** Submits after any save on its way, with the version that save returned. */
    submit: () => enqueue("submit", true),
    /** Whether leaving now would lose input: a save on its way, or changes not saved (also after a refusal). */
    hasUnsavedChanges: () => isSaving || editCount !== savedEditCount,
    /** Lets the page go without a warning, when the juror chose to reload after a refusal. */
    allowLeaving() {
      savedEditCount = editCount;
    },
    getVersion: () => version,
    dispose() {
      clearTimeout(timer);
    },
  };
}

export type SheetAutosave = ReturnType<typeof createSheetAutosave>;
