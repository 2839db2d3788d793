import { describe, expect, it } from "vitest";
import { describeAction, describeDetails, describeRecord, describeScoreChanges } from "@/lib/domain/audit-description";
import { listScoreChanges } from "@/lib/domain/score-changes";
import { digestEmail, isEmailLike } from "@/lib/privacy/email-digest";
import { parseAuditFilter, toAuditSearchParams } from "@/lib/validation/audit-filter";

describe("the audit trail in words", () => {
  it("says what an action did and which record, with unknown ones in words", () => {
    expect(describeAction("sheet.submit")).toBe("submitted scores");
    expect(describeAction("auth.sign_in_failed")).toBe("failed to sign in");
    expect(describeAction("edition.something_new")).toBe("edition something new");
    expect(describeRecord("score_sheet", "42")).toBe("score sheet 42");
    expect(describeRecord("new_thing", "7")).toBe("new thing 7");
  });

  it("spells out score changes and details", () => {
    expect(describeScoreChanges([{ criterionId: 3, before: 7, after: 9 }, { criterionId: 4, before: null, after: 5 }, "junk"])).toEqual([
      "criterion 3: 7 → 9",
      "criterion 4: not scored → 5",
    ]);
    expect(describeDetails({ nominationId: "n1", scoreChanges: [], commentsChanged: true, submittedScores: { "1": 8 } })).toEqual([
      { label: "nomination id", value: "n1" },
      { label: "scores", value: "none" },
      { label: "comments changed", value: "true" },
      { label: "submitted scores", value: "criterion 1: 8" },
    ]);
  });
});

describe("listScoreChanges", () => {
  it("lists only the criteria whose score changed, in rubric order", () => {
    const before = new Map([[1, 7], [2, 7], [3, 5]]);
    const after = new Map([[1, 7], [2, 8], [4, 6]]);
    expect(listScoreChanges([1, 2, 3, 4], before, after)).toEqual([
      { criterionId: 2, before: 7, after: 8 },
      { criterionId: 3, before: 5, after: null },
      { criterionId: 4, before: null, after: 6 },
    ]);
    expect(listScoreChanges([1, 2], before, before)).toEqual([]);
  });
});

describe("the audit filter in the URL", () => {
  it("keeps valid filters, drops malformed ones, and round-trips", () => {
    const filter = parseAuditFilter({ year: "2026", action: "sheet.submit", from: "2026-01-02", to: "nope", before: "0", entityType: "Score Sheet", person: ["#12", "x"] });
    expect(filter).toEqual({ year: 2026, action: "sheet.submit", from: "2026-01-02", person: "#12", to: undefined, before: undefined, entityType: undefined, entityId: undefined });
    expect(toAuditSearchParams({ ...filter, before: 5 }).toString()).toBe("year=2026&person=%2312&action=sheet.submit&from=2026-01-02");
    expect(toAuditSearchParams({ ...filter, before: 5 }, { withCursor: true }).get("before")).toBe("5");
  });
});

describe("email digests", () => {
  it("are the same whatever the case or surrounding space, and never the email", () => {
    expect(digestEmail(" Jane@Example.org ")).toBe(digestEmail("jane@example.org"));
    expect(digestEmail("jane@example.org")).toMatch(/^[0-9a-f]{32}$/);
    expect(isEmailLike("jane@example.org")).toBe(true);
    expect(isEmailLike("not an email")).toBe(false);
    expect(isEmailLike(42)).toBe(false);
  });
});
