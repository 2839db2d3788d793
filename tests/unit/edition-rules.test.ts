import { describe, expect, it } from "vitest";
import { buildEditionTimeline } from "@/lib/domain/edition-timeline";
import { findLockedChanges, getFieldLock, listEditableFields } from "@/lib/domain/edition-edit-rules";
import { listPhaseBlockers, type PhaseReadiness } from "@/lib/domain/phase-blockers";
import { translateText } from "@/lib/i18n/server-text";
import { describeTieBreakChain, describeTieBreakStepInWords, listTieBreakOptions, readTieBreakSteps } from "@/lib/domain/tie-break-words";

describe("tie-break words", () => {
  it("says the chain in words, never in codes", () => {
    expect(describeTieBreakChain(["median", "criterion:1", "top_marks"])).toBe("median, then the score on criterion 1, then the number of top marks");
    expect(describeTieBreakChain(["top_marks"])).toBe("the number of top marks");
    expect(describeTieBreakChain([])).toBe("no declared tie-break: the jury chair decides every tie");
    expect(describeTieBreakStepInWords("criterion:12")).toBe("the score on criterion 12");
    expect(describeTieBreakStepInWords("bogus")).not.toContain("bogus");
  });

  it("offers median, each criterion by its title, and top marks", () => {
    expect(listTieBreakOptions(["Prevention", ""])).toEqual([
      { value: "median", label: "median" },
      { value: "criterion:1", label: "the score on criterion 1 (Prevention)" },
      { value: "criterion:2", label: "the score on criterion 2" },
      { value: "top_marks", label: "the number of top marks" },
    ]);
  });

  it("reads the form's steps, stopping at a blank and naming repeats and gaps on their step", () => {
    expect(readTieBreakSteps(["median", "criterion:1", ""])).toEqual({ chain: ["median", "criterion:1"], errors: new Map() });
    expect(readTieBreakSteps(["", "", ""]).chain).toEqual([]);
    const repeated = readTieBreakSteps(["median", "median", ""]);
    expect([...repeated.errors.keys()]).toEqual([1]);
    expect(repeated.errors.get(1)?.template).toContain("already in the chain: median");
    expect([...readTieBreakSteps(["median", "", "top_marks"]).errors.keys()]).toEqual([2]);
  });
});

describe("edition edit rules", () => {
  it("lets everything change in draft", () => {
    expect(listEditableFields({ phase: "draft", isFrozen: false })).toHaveLength(25);
  });

  it("closes the call's dates after nominations, and the ranking settings once scoring opens", () => {
    expect(getFieldLock("submissionDeadline", { phase: "nominations_open", isFrozen: false })).toBeNull();
    expect(getFieldLock("submissionDeadline", { phase: "eligibility", isFrozen: false })).toBe(
      "The edition is in its Eligibility phase: the submission deadline can change only until Nominations open.",
    );
    expect(getFieldLock("tieBreakChain", { phase: "eligibility", isFrozen: false })).toBeNull();
    expect(getFieldLock("tieBreakChain", { phase: "jury_scoring", isFrozen: false })).toContain("the tie-break chain can change only until Eligibility");
    expect(getFieldLock("juryDeadline", { phase: "jury_scoring", isFrozen: false })).toBeNull();
    expect(getFieldLock("juryDeadline", { phase: "deliberation", isFrozen: false })).not.toBeNull();
  });

  it("locks what the seal guards, and keeps the retention period open in every phase", () => {
    expect(getFieldLock("theme", { phase: "deliberation", isFrozen: true })).toBe("The result is sealed: the theme can no longer change.");
    expect(getFieldLock("ceremonyPlace", { phase: "deliberation", isFrozen: true })).toBeNull();
    expect(getFieldLock("ceremonyPlace", { phase: "published", isFrozen: true })).not.toBeNull();
    expect(listEditableFields({ phase: "published", isFrozen: true })).toEqual(["contactRetentionMonths"]);
  });

  it("finds only the changed fields that are locked", () => {
    const state = { phase: "jury_scoring", isFrozen: false } as const;
    const before = { theme: "A", tieBreakChain: ["median"], submissionDeadline: new Date("2026-09-30T00:00:00Z") };
    expect(findLockedChanges(before, { ...before, submissionDeadline: new Date("2026-09-30T00:00:00Z") }, state)).toEqual([]);
    expect(findLockedChanges(before, { ...before, theme: "B", tieBreakChain: ["top_marks"] }, state).map((c) => c.field)).toEqual(["tieBreakChain"]);
  });
});

function facts(overrides: Partial<PhaseReadiness> = {}): PhaseReadiness {
  return {
    criterionCount: 5,
    isSubmissionDeadlinePassed: false,
    undecidedNominationCount: 0,
    isJuryDeadlinePassed: true,
    submittedSheetCount: 4,
    hasWinner: true,
    submittedCompetingCount: 3,
    acceptedCompetingCount: 3,
    votingJurorCount: 4,
    openSheetCount: 0,
    isFrozen: true,
    ...overrides,
  };
}

describe("listPhaseBlockers", () => {
  it("lists nothing when the move is ready", () => {
    expect(listPhaseBlockers("eligibility", facts())).toEqual({ next: "jury_scoring", blockers: [], cautions: [] });
    expect(listPhaseBlockers("published", facts())).toEqual({ next: null, blockers: [], cautions: [] });
  });

  it("says what refuses the move, in the phase rules' own words", () => {
    expect(listPhaseBlockers("draft", facts({ criterionCount: 0 })).blockers.map((t) => translateText(undefined, t))).toEqual([
      "The rubric has no criteria yet: add at least one before opening nominations.",
    ]);
    expect(listPhaseBlockers("eligibility", facts({ undecidedNominationCount: 3 })).blockers.map((t) => translateText(undefined, t))).toEqual([
      "3 submitted competing nominations are still undecided: accept or reject each one first.",
    ]);
    expect(listPhaseBlockers("deliberation", facts({ hasWinner: false, isFrozen: false })).blockers).toHaveLength(2);
  });

  it("lists what the move allows but the secretariat should know", () => {
    expect(listPhaseBlockers("eligibility", facts({ votingJurorCount: 0, acceptedCompetingCount: 0 })).cautions.map((t) => translateText(undefined, t))).toEqual([
      "The jury has no voting juror yet: nobody will score.",
      "No dossier is accepted: there is nothing to score.",
    ]);
    const scoring = listPhaseBlockers("jury_scoring", facts({ isJuryDeadlinePassed: false, openSheetCount: 2 }));
    expect(scoring.blockers).toEqual([]);
    expect(scoring.cautions.map((t) => translateText(undefined, t))).toEqual([
      "The jury deadline has not passed yet: jurors will no longer be able to score.",
      "2 assigned score sheets are not submitted yet.",
    ]);
    expect(listPhaseBlockers("nominations_open", facts({ submittedCompetingCount: 0, isSubmissionDeadlinePassed: true })).cautions.map((t) => translateText(undefined, t))).toEqual([
      "No country has submitted a competing dossier yet.",
    ]);
  });
});

describe("buildEditionTimeline", () => {
  const input = {
    timeZone: "Europe/Brussels",
    nationalCallOpensOn: "2027-03-01",
    nationalCallClosesOn: null,
    submissionDeadline: new Date("2027-09-30T21:59:00Z"),
    gracePeriodMinutes: 15,
    eligibilityDeadline: null,
    juryDeadline: new Date("2027-11-10T16:00:00Z"),
    juryMeetingOn: "2027-11-20",
    ceremonyStartsOn: "2027-12-03",
    ceremonyEndsOn: "2027-12-04",
    ceremonyPlace: "Lisbon",
  };

  it("orders the set dates, skips the unset ones and marks the next", () => {
    const timeline = buildEditionTimeline(input, new Date("2027-10-01T00:00:00Z"));
    expect(timeline.map((e) => e.key)).toEqual(["national-call-opens", "submission-deadline", "jury-deadline", "jury-meeting", "ceremony"]);
    expect(timeline.filter((e) => e.isNext).map((e) => e.key)).toEqual(["jury-deadline"]);
    expect(timeline[1]).toMatchObject({ isPast: true, label: "Submission deadline (then 15 minutes' grace)" });
    expect(timeline[4]!.label).toBe("Ceremony, Lisbon");
  });

  it("counts a day from its midnight in the edition's zone", () => {
    // Midnight of 1 March in Brussels is 23:00 UTC the day before.
    const timeline = buildEditionTimeline(input, new Date("2027-02-28T23:30:00Z"));
    expect(timeline[0]).toMatchObject({ key: "national-call-opens", isPast: true });
    expect(timeline[0]!.at.toISOString()).toBe("2027-02-28T23:00:00.000Z");
  });
});
