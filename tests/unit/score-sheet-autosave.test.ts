import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { AUTOSAVE_DELAY_MS, createSheetAutosave, getRetryDelay, type SaveResult, type SaveStatus } from "@/components/jury/sheet-autosave";
import type { SheetCopy, SheetCopyStore } from "@/components/jury/sheet-local-copy";
import { createScoreSheetSchema, type ScoreSheetFormValues, type ScoreSheetIntent, type ScoreSheetValues } from "@/lib/validation/score-sheet";

type Call = { intent: ScoreSheetIntent; version: number };
type Outcome = "ok" | "network" | "error" | "conflict" | "invalid" | "drop-unscored-comment";

const RUBRIC = [{ id: 1, position: 1, title: "Prevention", scaleMin: 1, scaleMax: 10 }];
const normalize = (values: ScoreSheetFormValues): ScoreSheetValues | null => {
  const parsed = createScoreSheetSchema(RUBRIC, "draft").safeParse(values);
  return parsed.success ? parsed.data : null;
};

/** A localStorage stand-in that records what the autosave keeps in the browser. */
function createMemoryCopy(): SheetCopyStore & { current: SheetCopy | null } {
  const store = {
    current: null as SheetCopy | null,
    read: () => store.current,
    write: (values: ScoreSheetFormValues, baseVersion: number) => {
      store.current = { values: { ...values }, baseVersion, writtenAt: Date.now() };
    },
    remove: () => {
      store.current = null;
    },
  };
  return store;
}

/**
 * A server stand-in that answers each save from a script of outcomes, recording what it was sent; it stores what
 * the schema makes of the values, or (drop-unscored-comment) loses a comment without a score, as the old server did.
 */
function createHarness(outcomes: Outcome[], initialVersion = 0) {
  const calls: Call[] = [];
  const statuses: SaveStatus["kind"][] = [];
  const invalid: Record<string, string[]>[] = [];
  const form: ScoreSheetFormValues = { overallComment: "", score_1: "", comment_1: "" };
  const copy = createMemoryCopy();
  let serverVersion = initialVersion;
  let gate: Promise<void> | null = null;
  const autosave = createSheetAutosave({
    initialVersion,
    initialStored: normalize(form),
    getValues: () => ({ ...form }),
    normalize,
    copy,
    save: async (intent, version, values): Promise<SaveResult> => {
      calls.push({ intent, version });
      await gate;
      const outcome = outcomes.shift() ?? "ok";
      if (outcome === "network") throw new TypeError("Failed to fetch");
      if (outcome === "error") return { ok: false, code: "ERROR", message: "Something went wrong" };
      if (outcome === "conflict") return { ok: false, code: "CONFLICT", message: "Changed in another window." };
      if (outcome === "invalid") return { ok: false, code: "INVALID", message: "Fix it", fieldErrors: { score_1: ["Out of scale"] } };
      serverVersion += 1;
      const stored = normalize(values)!;
      if (outcome === "drop-unscored-comment") stored.scores = stored.scores.map((s) => (s.value === null ? { ...s, comment: "" } : s));
      return {
        ok: true,
        data: { state: intent === "submit" ? "submitted" : "draft", version: serverVersion, submittedAt: null, savedAt: new Date(0), isRepeat: false, values: stored },
      };
    },
    onStatus: (status) => statuses.push(status.kind),
    onInvalid: (fieldErrors) => invalid.push(fieldErrors),
  });
  /** Types into the form, as the form's onChange would report it. */
  const type = (values: ScoreSheetFormValues) => {
    Object.assign(form, values);
    autosave.markChanged();
  };
  /** Holds the next answer until the returned function is called, so a test can type while a save is on its way. */
  const holdAnswers = () => {
    let release = () => {};
    gate = new Promise((resolve) => (release = resolve));
    return release;
  };
  return { autosave, calls, statuses, invalid, type, copy, holdAnswers };
}

describe("the score sheet's autosave", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("saves once typing pauses, not on every keystroke, and carries the returned version", async () => {
    const { autosave, calls, statuses, type } = createHarness([]);
    type({ comment_1: "edit 2" });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 100);
    type({ comment_1: "edit 3" });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 100);
    expect(calls).toEqual([]);
    expect(autosave.hasUnsavedChanges()).toBe(true);
    await vi.advanceTimersByTimeAsync(200);
    expect(calls).toEqual([{ intent: "draft", version: 0 }]);
    expect(statuses.at(-1)).toBe("saved");
    expect(autosave.hasUnsavedChanges()).toBe(false);

    type({ comment_1: "edit 4" });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(calls.at(-1)).toEqual({ intent: "draft", version: 1 });
  });

  it("retries a failed save with growing delays and keeps the changes meanwhile", async () => {
    const { autosave, calls, statuses, type } = createHarness(["network", "error", "ok"]);
    type({ comment_1: "edit 5" });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(calls).toHaveLength(1);
    expect(statuses.at(-1)).toBe("retrying");
    type({ comment_1: "edit 6" });
    await vi.advanceTimersByTimeAsync(getRetryDelay(1) - 1);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(getRetryDelay(2));
    expect(calls).toHaveLength(3);
    expect(calls.every((call) => call.version === 0)).toBe(true);
    expect(statuses.at(-1)).toBe("saved");
    expect(autosave.hasUnsavedChanges()).toBe(false);
    expect([getRetryDelay(1), getRetryDelay(2), getRetryDelay(10)]).toEqual([2000, 4000, 30_000]);
  });

  it("stops on a stale version and keeps warning before the page is left", async () => {
    const { autosave, calls, statuses, type } = createHarness(["conflict"], 3);
    type({ comment_1: "edit 7" });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(statuses.at(-1)).toBe("stopped");
    type({ comment_1: "edit 8" });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(calls).toEqual([{ intent: "draft", version: 3 }]);
    expect(autosave.hasUnsavedChanges()).toBe(true);
    autosave.allowLeaving();
    expect(autosave.hasUnsavedChanges()).toBe(false);
  });

  it("hands field errors to the form and saves again after the next change", async () => {
    const { calls, statuses, invalid, type } = createHarness(["invalid", "ok"]);
    type({ comment_1: "edit 9" });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(invalid).toEqual([{ score_1: ["Out of scale"] }]);
    expect(statuses.at(-1)).toBe("invalid");
    type({ comment_1: "edit 10" });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(calls).toHaveLength(2);
    expect(statuses.at(-1)).toBe("saved");
  });

  it("submits after the save on its way, with the version that save returned, then saves no more", async () => {
    const { autosave, calls, type } = createHarness([]);
    type({ comment_1: "edit 11" });
    const draft = autosave.saveNow();
    const submitted = autosave.submit();
    await vi.runAllTimersAsync();
    expect((await draft)?.ok).toBe(true);
    expect(await submitted).toMatchObject({ ok: true, data: { state: "submitted", version: 2 } });
    expect(calls).toEqual([
      { intent: "draft", version: 0 },
      { intent: "submit", version: 1 },
    ]);
    type({ comment_1: "edit 12" });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 2);
    expect(calls).toHaveLength(2);
  });

  it("keeps every change in the browser until the server stores exactly what is on screen", async () => {
    const { autosave, statuses, type, copy } = createHarness([]);
    type({ comment_1: "Typed before the score." });
    expect(copy.current).toMatchObject({ baseVersion: 0, values: { comment_1: "Typed before the score." } });
    type({ score_1: "8" });
    expect(copy.current?.values).toMatchObject({ score_1: "8", comment_1: "Typed before the score." });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(statuses.at(-1)).toBe("saved");
    expect(copy.current).toBeNull();
    expect(autosave.hasUnsavedChanges()).toBe(false);
  });

  it("never says Saved when the server stored less than was sent, and keeps the browser's copy", async () => {
    const { autosave, calls, statuses, type, copy } = createHarness(["drop-unscored-comment"]);
    type({ comment_1: "Typed before the score." });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(calls).toHaveLength(1);
    expect(statuses).not.toContain("saved");
    expect(statuses.at(-1)).toBe("mismatch");
    expect(copy.current?.values.comment_1).toBe("Typed before the score.");
    expect(autosave.hasUnsavedChanges()).toBe(true);
    // It does not resend the same values in a loop: the next save waits for the next change.
    await vi.advanceTimersByTimeAsync(60_000);
    expect(calls).toHaveLength(1);
  });

  it("says Saved only after the changes typed during a save have been saved too", async () => {
    const { autosave, calls, statuses, type, copy, holdAnswers } = createHarness([]);
    const release = holdAnswers();
    type({ score_1: "5" });
    const slow = autosave.saveNow();
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toHaveLength(1);
    type({ score_1: "6" });
    release();
    await slow;
    expect(statuses.at(-1)).toBe("unsaved");
    expect(copy.current).toMatchObject({ baseVersion: 1, values: { score_1: "6" } });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(calls).toEqual([
      { intent: "draft", version: 0 },
      { intent: "draft", version: 1 },
    ]);
    expect(statuses.at(-1)).toBe("saved");
    expect(copy.current).toBeNull();
  });

  it("treats a change back to what the server holds as saved, without a request", async () => {
    const { autosave, calls, type, copy } = createHarness([]);
    type({ score_1: "4" });
    type({ score_1: "" });
    expect(copy.current).toBeNull();
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(calls).toEqual([]);
    expect(autosave.hasUnsavedChanges()).toBe(false);
  });
});
