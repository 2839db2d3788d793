import { describe, expect, it } from "vitest";
import { getStepAfterFailure } from "@/components/coordinator/save-retry";
import { CONTROL_CHARACTER_MESSAGE } from "@/lib/validation/text";

describe("the dossier autosave's decision after a failed save", () => {
  it("retries when the request got no answer or the server failed, waiting longer each time up to 30 s", () => {
    expect(getStepAfterFailure(null, 1)).toEqual({ kind: "retry", delayMs: 2000 });
    const failure = { ok: false, code: "ERROR", message: "Something went wrong" } as const;
    expect([1, 2, 3, 10].map((n) => getStepAfterFailure(failure, n))).toEqual([
      { kind: "retry", delayMs: 2000 },
      { kind: "retry", delayMs: 4000 },
      { kind: "retry", delayMs: 8000 },
      { kind: "retry", delayMs: 30_000 },
    ]);
  });

  it("retries when the database was away for a moment (UNAVAILABLE), as after no answer", () => {
    const failure = { ok: false, code: "UNAVAILABLE", message: "The database cannot be reached just now." } as const;
    expect(getStepAfterFailure(failure, 2)).toEqual({ kind: "retry", delayMs: 4000 });
  });

  it("never retries a refused text: it hands the field messages to the form", () => {
    const fieldErrors = { description: [CONTROL_CHARACTER_MESSAGE] };
    expect(getStepAfterFailure({ ok: false, code: "INVALID", message: "Please correct the highlighted fields.", fieldErrors }, 4)).toEqual({
      kind: "invalid",
      fieldErrors,
    });
    expect(getStepAfterFailure({ ok: false, code: "INVALID", message: "Too long." }, 1)).toEqual({ kind: "invalid", fieldErrors: {} });
  });

  it("pauses on a colleague's newer version and stops on any other refusal", () => {
    expect(getStepAfterFailure({ ok: false, code: "CONFLICT", message: "Saved in between." }, 1)).toEqual({ kind: "conflict", message: "Saved in between." });
    for (const code of ["FORBIDDEN", "NOT_FOUND", "DEADLINE_PASSED", "UNAUTHORIZED"] as const) {
      expect(getStepAfterFailure({ ok: false, code, message: "No." }, 1)).toEqual({ kind: "stop", message: "No." });
    }
  });
});
