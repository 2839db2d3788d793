import { describe, expect, it } from "vitest";
import { describeTimeLeft, formatDeadline } from "@/lib/domain/deadline";

describe("describeTimeLeft", () => {
  it.each([
    [-5, "closed"],
    [0, "closed"],
    [Number.NaN, "closed"],
    [59, "less than a minute left"],
    [60, "1 minute left"],
    [125, "2 minutes left"],
    [3600, "1 hour left"],
    [3600 + 60, "1 hour, 1 minute left"],
    [2 * 86400, "2 days left"],
    [86400 + 4 * 3600 + 59, "1 day, 4 hours left"],
  ])("describes %d seconds as %j", (seconds, expected) => {
    expect(describeTimeLeft(seconds)).toBe(expected);
  });
});

describe("formatDeadline", () => {
  it("shows the secretariat's time zone, summer and winter", () => {
    expect(formatDeadline(new Date("2026-09-30T21:59:00Z"))).toBe("30 September 2026 at 23:59 CEST");
    expect(formatDeadline(new Date("2026-01-30T21:59:00Z"))).toBe("30 January 2026 at 22:59 CET");
  });
});
