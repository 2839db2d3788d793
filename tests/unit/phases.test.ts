import { describe, expect, it } from "vitest";
import {
  PHASES,
  canAdvance,
  getNextPhase,
  isPhase,
  isPhaseReached,
  type PhaseContext,
} from "@/lib/domain/phases";

/** A context in which every guard holds, so each test changes only what it is about. */
function readyContext(overrides: Partial<PhaseContext> = {}): PhaseContext {
  return {
    criterionCount: 5,
    isSubmissionDeadlinePassed: true,
    undecidedNominationCount: 0,
    isJuryDeadlinePassed: true,
    submittedSheetCount: 3,
    hasWinner: true,
    ...overrides,
  };
}

describe("getNextPhase", () => {
  it("walks the six phases in order and stops after published", () => {
    expect(getNextPhase("draft")).toBe("nominations_open");
    expect(getNextPhase("nominations_open")).toBe("eligibility");
    expect(getNextPhase("eligibility")).toBe("jury_scoring");
    expect(getNextPhase("jury_scoring")).toBe("deliberation");
    expect(getNextPhase("deliberation")).toBe("published");
    expect(getNextPhase("published")).toBeNull();
  });

  it("knows its phases and their order", () => {
    expect(PHASES).toHaveLength(6);
    expect(isPhase("eligibility")).toBe(true);
    expect(isPhase("closed")).toBe(false);
    expect(isPhaseReached("deliberation", "jury_scoring")).toBe(true);
    expect(isPhaseReached("eligibility", "jury_scoring")).toBe(false);
  });
});

describe("canAdvance", () => {
  it("allows every next step when its guard holds, without a warning", () => {
    for (const from of PHASES) {
      const to = getNextPhase(from);
      if (to) expect(canAdvance(from, to, readyContext())).toEqual({ isAllowed: true });
    }
  });

  it("refuses to skip a phase, to go back or to stay", () => {
    const context = readyContext();
    expect(canAdvance("eligibility", "deliberation", context).isAllowed).toBe(false);
    expect(canAdvance("draft", "published", context).isAllowed).toBe(false);
    expect(canAdvance("jury_scoring", "eligibility", context).isAllowed).toBe(false);
    expect(canAdvance("eligibility", "eligibility", context).isAllowed).toBe(false);
    const check = canAdvance("nominations_open", "jury_scoring", context);
    expect(check).toMatchObject({ isAllowed: false, reason: { template: expect.stringContaining("one step at a time") } });
  });

  it("refuses every move out of published", () => {
    for (const to of PHASES) expect(canAdvance("published", to, readyContext()).isAllowed).toBe(false);
  });

  it("refuses to open nominations without a rubric", () => {
    expect(canAdvance("draft", "nominations_open", readyContext({ criterionCount: 0 })).isAllowed).toBe(false);
  });

  it("lets the admin close nominations early, with a warning to confirm", () => {
    const check = canAdvance("nominations_open", "eligibility", readyContext({ isSubmissionDeadlinePassed: false }));
    expect(check.isAllowed).toBe(true);
    expect(check).toHaveProperty("warning", expect.stringContaining("deadline has not passed"));
  });

  it("refuses to leave eligibility while a submitted competing nomination is undecided", () => {
    const one = canAdvance("eligibility", "jury_scoring", readyContext({ undecidedNominationCount: 1 }));
    expect(one).toMatchObject({ isAllowed: false, reason: { template: expect.stringContaining("1 submitted competing nomination is") } });
    const two = canAdvance("eligibility", "jury_scoring", readyContext({ undecidedNominationCount: 2 }));
    expect(two).toMatchObject({ isAllowed: false, reason: { template: expect.stringContaining("submitted competing nominations are"), values: { count: 2 } } });
  });

  it("refuses to close the jury before any sheet is submitted, and warns before its deadline", () => {
    expect(canAdvance("jury_scoring", "deliberation", readyContext({ submittedSheetCount: 0 })).isAllowed).toBe(false);
    const early = canAdvance("jury_scoring", "deliberation", readyContext({ isJuryDeadlinePassed: false }));
    expect(early).toMatchObject({ isAllowed: true, warning: expect.stringContaining("jury deadline") });
  });

  it("refuses to publish without a winner", () => {
    const check = canAdvance("deliberation", "published", readyContext({ hasWinner: false }));
    expect(check).toMatchObject({ isAllowed: false, reason: { template: expect.stringContaining("winner") } });
  });

  it("judges each guard only on the phase it belongs to", () => {
    const blocked = readyContext({ undecidedNominationCount: 4, submittedSheetCount: 0, hasWinner: false });
    expect(canAdvance("draft", "nominations_open", blocked).isAllowed).toBe(true);
    expect(canAdvance("nominations_open", "eligibility", blocked).isAllowed).toBe(true);
  });
});
