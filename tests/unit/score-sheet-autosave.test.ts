import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { AUTOSAVE_DELAY_MS, createSheetAutosave, getRetryDelay, type SaveResult, type SaveStatus } from "@/components/jury/sheet-autosave";
import type { ScoreSheetIntent } from "@/lib/validation/score-sheet";

type Call = { intent: ScoreSheetIntent; version: number };

/** A server stand-in that answers each save from a script of outcomes, recording what it was sent. */
function createHarness(outcomes: ("ok" | "network" | "error" | "conflict" | "invalid")[], initialVersion = 0) {
  const calls: Call[] = [];
  const statuses: SaveStatus["kind"][] = [];
  const invalid: Record<string, string[]>[] = [];
  let serverVersion = initialVersion;
  const autosave = createSheetAutosave({
    initialVersion,
    save: async (intent, version): Promise<SaveResult> => {
      calls.push({ intent, version });
      const outcome = outcomes.shift() ?? "ok";
      if (outcome === "network") throw new TypeError("Failed to fetch");
      if (outcome === "error") return { ok: false, code: "ERROR", message: "Something went wrong" };
      if (outcome === "conflict") return { ok: false, code: "CONFLICT", message: "Changed in another window." };
      if (outcome === "invalid") return { ok: false, code: "INVALID", message: "Fix it", fieldErrors: { score_1: ["Out of scale"] } };
      serverVersion += 1;
      return { ok: true, data: { state: intent === "submit" ? "submitted" : "draft", version: serverVersion, submittedAt: null, savedAt: new Date(0), isRepeat: false } };
    },
    onStatus: (status) => statuses.push(status.kind),
    onInvalid: (fieldErrors) => invalid.push(fieldErrors),
  });
  return { autosave, calls, statuses, invalid };
}

describe("the score sheet's autosave", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("saves once typing pauses, not on every keystroke, and carries the returned version", async () => {
    const { autosave, calls, statuses } = createHarness([]);
    autosave.markChanged();
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 100);
    autosave.markChanged();
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 100);
    expect(calls).toEqual([]);
    expect(autosave.hasUnsavedChanges()).toBe(true);
    await vi.advanceTimersByTimeAsync(200);
    expect(calls).toEqual([{ intent: "draft", version: 0 }]);
    expect(statuses.at(-1)).toBe("saved");
    expect(autosave.hasUnsavedChanges()).toBe(false);

    autosave.markChanged();
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(calls.at(-1)).toEqual({ intent: "draft", version: 1 });
  });

  it("retries a failed save with growing delays and keeps the changes meanwhile", async () => {
    const { autosave, calls, statuses } = createHarness(["network", "error", "ok"]);
    autosave.markChanged();
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(calls).toHaveLength(1);
    expect(statuses.at(-1)).toBe("retrying");
    autosave.markChanged();
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
    const { autosave, calls, statuses } = createHarness(["conflict"], 3);
    autosave.markChanged();
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(statuses.at(-1)).toBe("stopped");
    autosave.markChanged();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(calls).toEqual([{ intent: "draft", version: 3 }]);
    expect(autosave.hasUnsavedChanges()).toBe(true);
    autosave.allowLeaving();
    expect(autosave.hasUnsavedChanges()).toBe(false);
  });

  it("hands field errors to the form and saves again after the next change", async () => {
    const { autosave, calls, statuses, invalid } = createHarness(["invalid", "ok"]);
    autosave.markChanged();
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(invalid).toEqual([{ score_1: ["Out of scale"] }]);
    expect(statuses.at(-1)).toBe("invalid");
    autosave.markChanged();
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(calls).toHaveLength(2);
    expect(statuses.at(-1)).toBe("saved");
  });

  it("submits after the save on its way, with the version that save returned, then saves no more", async () => {
    const { autosave, calls } = createHarness([]);
    autosave.markChanged();
    const draft = autosave.saveNow();
    const submitted = autosave.submit();
    await vi.runAllTimersAsync();
    expect((await draft)?.ok).toBe(true);
    expect(await submitted).toMatchObject({ ok: true, data: { state: "submitted", version: 2 } });
    expect(calls).toEqual([
      { intent: "draft", version: 0 },
      { intent: "submit", version: 1 },
    ]);
    autosave.markChanged();
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 2);
    expect(calls).toHaveLength(2);
  });
});
