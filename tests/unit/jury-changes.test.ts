import { describe, expect, it } from "vitest";
import { getJuryChangeBlock, isJuryClosed, type JuryChange } from "@/lib/domain/jury-changes";
import { PHASES, type Phase } from "@/lib/domain/phases";

/** The phases in which each change is allowed while the jury is open; every other cell must be refused. */
const ALLOWED: Record<JuryChange, readonly Phase[]> = {
  assignments: ["jury_scoring"],
  settings: ["draft", "nominations_open", "eligibility", "jury_scoring"],
  conflicts: ["eligibility", "jury_scoring"],
  reminders: ["jury_scoring"],
  close: ["jury_scoring"],
};

describe("getJuryChangeBlock", () => {
  for (const change of Object.keys(ALLOWED) as JuryChange[]) {
    for (const phase of PHASES) {
      const isAllowed = ALLOWED[change].includes(phase);
      it(`${isAllowed ? "allows" : "refuses"} ${change} in ${phase}`, () => {
        const block = getJuryChangeBlock(change, { phase, juryClosedAt: null });
        if (isAllowed) expect(block).toBeNull();
        else expect(block).toEqual(expect.any(String));
      });
    }
    it(`refuses ${change} once the jury is closed, even while the phase is still jury scoring`, () => {
      expect(getJuryChangeBlock(change, { phase: "jury_scoring", juryClosedAt: new Date() })).toMatch(/closed/);
    });
  }
});

describe("isJuryClosed", () => {
  it("is closed by the close stamp or by any phase after scoring", () => {
    expect(isJuryClosed({ phase: "jury_scoring", juryClosedAt: null })).toBe(false);
    expect(isJuryClosed({ phase: "jury_scoring", juryClosedAt: "2026-10-01T10:00:00Z" })).toBe(true);
    expect(isJuryClosed({ phase: "deliberation", juryClosedAt: null })).toBe(true);
    expect(isJuryClosed({ phase: "published", juryClosedAt: null })).toBe(true);
    expect(isJuryClosed({ phase: "eligibility", juryClosedAt: null })).toBe(false);
  });
});
