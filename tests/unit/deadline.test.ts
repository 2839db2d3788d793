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
  it("writes the deadline in the edition's zone, named in full, summer and winter", () => {
    expect(formatDeadline(new Date("2026-09-30T21:59:00Z"), "Europe/Brussels")).toBe("30 September 2026 at 23:59 Europe/Brussels (CEST)");
    expect(formatDeadline(new Date("2026-01-30T21:59:00Z"), "Europe/Brussels")).toBe("30 January 2026 at 22:59 Europe/Brussels (CET)");
  });

  it("writes an edition in another zone in that zone, not Brussels", () => {
    expect(formatDeadline(new Date("2026-09-30T21:59:00Z"), "America/New_York")).toBe("30 September 2026 at 17:59 America/New_York (GMT-4)");
    expect(formatDeadline(new Date("2026-09-30T21:59:00Z"), "Asia/Tokyo")).toBe("1 October 2026 at 06:59 Asia/Tokyo (GMT+9)");
  });
});
