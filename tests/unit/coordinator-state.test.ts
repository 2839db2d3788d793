import { describe, expect, it } from "vitest";
import { getVisibleState } from "@/components/coordinator/labels";
import type { EditionPhase } from "@/db/schema";

describe("getVisibleState", () => {
  const beforePublication: EditionPhase[] = ["nominations_open", "eligibility", "jury_scoring", "deliberation"];

  it.each(beforePublication)("hides awarded and participant as accepted during %s, so results cannot leak", (phase) => {
    expect(getVisibleState("awarded", phase)).toBe("accepted");
    expect(getVisibleState("participant", phase)).toBe("accepted");
  });

  it("shows the outcome once the edition is published", () => {
    expect(getVisibleState("awarded", "published")).toBe("awarded");
    expect(getVisibleState("participant", "published")).toBe("participant");
  });

  it("shows the other states as they are", () => {
    for (const state of ["draft", "submitted", "accepted", "rejected"] as const) {
      expect(getVisibleState(state, "eligibility")).toBe(state);
    }
  });
});
