import type { ActionResult } from "@/lib/actions/result";
import type { StoredSheet } from "@/lib/scoring/queries";
import type { ScoreSheetFormValues, ScoreSheetIntent, ScoreSheetValues } from "@/lib/validation/score-sheet";
import type { SheetCopyStore } from "./sheet-local-copy";

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
  /** The server answered, but what it stored differs from what was sent: the browser's copy is kept. */
  | { kind: "mismatch" }
  /** Saving cannot go on (stale version, scoring closed, session ended): the juror must act. */
  | { kind: "stopped"; message: string; isStale: boolean };

/** What a save answered; null when the request never got an answer (network down). */
export type SaveResult = ActionResult<StoredSheet> | null;

export interface SheetAutosaveOptions {
  /** The sheet's version when the page loaded (0: no sheet yet). */
  initialVersion: number;
  /** What the server held when the page loaded. */
  initialStored: ScoreSheetValues | null;
  /** The form's current values. */
  getValues: () => ScoreSheetFormValues;
  /** The values as the server would store them (the draft schema's output); null when they do not pass it. */
  normalize: (values: ScoreSheetFormValues) => ScoreSheetValues | null;
  /** Sends these values with this intent and version; may throw when the network fails. */
  save: (intent: ScoreSheetIntent, version: number, values: ScoreSheetFormValues) => Promise<SaveResult>;
  /** The browser's copy of changes not yet acknowledged by the server. */
  copy: SheetCopyStore;
  onStatus: (status: SaveStatus) => void;
  onInvalid: (fieldErrors: Record<string, string[]>) => void;
}

/** 2 s, 4 s, 8 s… up to 30 s between attempts after a failed save. */
export function getRetryDelay(attempt: number): number {
  return Math.min(MAX_RETRY_DELAY_MS, 1000 * 2 ** attempt);
}

/** Whether two sheets hold the same scores and comments (both in rubric order, as the schema and the server give them). */
export function isSameSheet(a: ScoreSheetValues | null, b: ScoreSheetValues | null): boolean {
  return a !== null && b !== null && JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The score sheet's autosave, free of React so it can be tested with fake timers: drafts are saved shortly
 * after the last change, one request at a time and in order, each with the version the previous one
 * returned, so a stale window gets CONFLICT instead of overwriting. Every change is copied to the browser
 * until the server answers that it stores exactly what is on screen; only then does the status say "Saved".
 * Failed saves are retried with backoff; a refusal (stale, closed, signed out) stops saving until the juror reloads.
 */
export function createSheetAutosave({ initialVersion, initialStored, getValues, normalize, save, copy, onStatus, onInvalid }: SheetAutosaveOptions) {
  let version = initialVersion;
  let stored = initialStored;
  let isSaving = false;
  let isStopped = false;
  let attempt = 0;
  let isLeavingAllowed = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let queue: Promise<SaveResult> = Promise.resolve(null);

  const isShownStored = () => isSameSheet(stored, normalize(getValues()));

  function schedule(delay: number) {
    clearTimeout(timer);
    timer = setTimeout(() => void enqueue("draft", false), delay);
  }

  async function send(intent: ScoreSheetIntent, isForced: boolean): Promise<SaveResult> {
    if (isStopped) return null;
    if (intent === "draft" && !isForced && isShownStored()) return null;
    const sent = getValues();
    isSaving = true;
    onStatus({ kind: "saving" });
    let result: SaveResult;
    try {
      result = await save(intent, version, sent);
    } catch {
      result = null;
    } finally {
      isSaving = false;
    }
    if (result?.ok) {
      version = result.data.version;
      stored = result.data.values;
      attempt = 0;
      // A submitted sheet is read-only until "Edit again"; the page redraws itself.
      if (intent === "submit") {
        isStopped = true;
        copy.remove();
        onStatus({ kind: "saved", at: new Date(result.data.savedAt) });
        return result;
      }
      if (isShownStored()) {
        copy.remove();
        onStatus({ kind: "saved", at: new Date(result.data.savedAt) });
      } else if (isSameSheet(stored, normalize(sent))) {
        // Changes arrived while this save was on its way: they go in the next one, on the new version.
        copy.write(getValues(), version);
        onStatus({ kind: "unsaved" });
        schedule(AUTOSAVE_DELAY_MS);
      } else {
        // The server kept something other than what was sent: saying "Saved" would hide a loss, and resending would loop.
        onStatus({ kind: "mismatch" });
      }
      return result;
    }
    // No answer, a fault of ours or the database away for a moment: the same save may pass on the next try.
    if (!result || result.code === "ERROR" || result.code === "UNAVAILABLE") {
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
    /** Call on every change of a field: the browser keeps a copy at once, and the draft is saved once typing pauses. */
    markChanged() {
      if (isShownStored()) copy.remove();
      else copy.write(getValues(), version);
      if (isStopped) return;
      if (attempt > 0) return; // A retry is already scheduled and will carry this change too.
      onStatus({ kind: "unsaved" });
      schedule(AUTOSAVE_DELAY_MS);
    },
    /** Saves the draft at once, e.g. from the "Save draft" button or after restoring the browser's copy. */
    saveNow: () => enqueue("draft", true),
    /** Submits after any save on its way, with the version that save returned. */
    submit: () => enqueue("submit", true),
    /** Whether leaving now would lose input: a save on its way, or what is shown is not what the server stores. */
    hasUnsavedChanges: () => isSaving || (!isLeavingAllowed && !isShownStored()),
    /** Lets the page go without a warning, when the juror chose to reload after a refusal. */
    allowLeaving() {
      isLeavingAllowed = true;
    },
    getVersion: () => version,
    dispose() {
      clearTimeout(timer);
    },
  };
}

export type SheetAutosave = ReturnType<typeof createSheetAutosave>;
