import { describe, expect, it } from "vitest";
import { shiftCalendarDate, shiftEditionDatesByYear, shiftMoment } from "@/lib/domain/edition-dates";
import {
  formatLocalDateTime,
  getZoneAbbreviation,
  isValidTimeZone,
  parseLocalDateTime,
  zonedLocalToUtc,
} from "@/lib/domain/edition-time";
import { describeDistance, formatEditionMoment } from "@/lib/format/edition-time";

const BRUSSELS = "Europe/Brussels";

describe("zonedLocalToUtc", () => {
  it("reads a summer and a winter time in Brussels with their own offsets", () => {
    expect(zonedLocalToUtc({ year: 2026, month: 9, day: 30, hour: 23, minute: 59 }, BRUSSELS).toISOString()).toBe("2026-09-30T21:59:00.000Z");
    expect(zonedLocalToUtc({ year: 2026, month: 1, day: 30, hour: 23, minute: 59 }, BRUSSELS).toISOString()).toBe("2026-01-30T22:59:00.000Z");
  });

  it("moves a time the clocks skip past the jump, and takes the first of a time that happens twice", () => {
    // 29 March 2026: 02:00 becomes 03:00 in Brussels.
    expect(zonedLocalToUtc({ year: 2026, month: 3, day: 29, hour: 2, minute: 30 }, BRUSSELS).toISOString()).toBe("2026-03-29T01:30:00.000Z");
    // 25 October 2026: 02:30 happens at 00:30 UTC (CEST) and again at 01:30 UTC (CET).
    expect(zonedLocalToUtc({ year: 2026, month: 10, day: 25, hour: 2, minute: 30 }, BRUSSELS).toISOString()).toBe("2026-10-25T00:30:00.000Z");
  });

  it("works in zones far from Brussels, south of the equator included", () => {
    expect(zonedLocalToUtc({ year: 2026, month: 7, day: 1, hour: 9, minute: 0 }, "America/New_York").toISOString()).toBe("2026-07-01T13:00:00.000Z");
    expect(zonedLocalToUtc({ year: 2026, month: 1, day: 1, hour: 9, minute: 0 }, "Australia/Sydney").toISOString()).toBe("2025-12-31T22:00:00.000Z");
    expect(zonedLocalToUtc({ year: 2026, month: 1, day: 1, hour: 9, minute: 0 }, "UTC").toISOString()).toBe("2026-01-01T09:00:00.000Z");
  });

  it("round-trips with formatLocalDateTime for every hour of a DST-changing day", () => {
    for (let hour = 0; hour < 24; hour += 1) {
      if (hour === 2) continue; // skipped on 29 March
      const local = { year: 2026, month: 3, day: 29, hour, minute: 15 };
      const text = `2026-03-29T${String(hour).padStart(2, "0")}:15`;
      expect(formatLocalDateTime(zonedLocalToUtc(local, BRUSSELS), BRUSSELS)).toBe(text);
    }
  });
});

describe("parseLocalDateTime and isValidTimeZone", () => {
  it("reads a datetime-local value and refuses impossible ones", () => {
    expect(parseLocalDateTime("2026-09-30T17:00")).toEqual({ year: 2026, month: 9, day: 30, hour: 17, minute: 0 });
    expect(parseLocalDateTime("2026-02-30T17:00")).toBeUndefined();
    expect(parseLocalDateTime("2026-09-30T24:00")).toBeUndefined();
    expect(parseLocalDateTime("2026-09-30 17:00")).toBeUndefined();
    expect(parseLocalDateTime("")).toBeUndefined();
  });

  it("takes IANA zone names only", () => {
    expect(isValidTimeZone("Europe/Brussels")).toBe(true);
    expect(isValidTimeZone("America/Argentina/Buenos_Aires")).toBe(true);
    expect(isValidTimeZone("UTC")).toBe(true);
    expect(isValidTimeZone("Europe/Atlantis")).toBe(false);
    expect(isValidTimeZone("CET")).toBe(false);
    expect(isValidTimeZone("")).toBe(false);
  });
});

describe("shiftEditionDatesByYear", () => {
  it("keeps a 23:59 Brussels deadline at 23:59 Brussels when the offset differs a year later", () => {
    // 26 March 2027 is in winter time; 26 March 2028 is after the change (26 March 2028 is the change day itself).
    const deadline = zonedLocalToUtc({ year: 2027, month: 3, day: 27, hour: 23, minute: 59 }, BRUSSELS);
    const shifted = shiftMoment(deadline, BRUSSELS, 1);
    expect(formatLocalDateTime(shifted, BRUSSELS)).toBe("2028-03-27T23:59");
    expect(getZoneAbbreviation(deadline, BRUSSELS)).toBe("CET");
    expect(getZoneAbbreviation(shifted, BRUSSELS)).toBe("CEST");
    expect(shifted.getTime() - deadline.getTime()).toBe((366 * 24 - 1) * 3600_000);
  });

  it("turns 29 February into 28 February, and a plain date moves by its year only", () => {
    expect(shiftCalendarDate("2028-02-29", 1)).toBe("2029-02-28");
    expect(shiftCalendarDate("2027-02-28", 1)).toBe("2028-02-28");
    expect(shiftCalendarDate("2026-12-04", 1)).toBe("2027-12-04");
    const leapDeadline = zonedLocalToUtc({ year: 2028, month: 2, day: 29, hour: 17, minute: 0 }, BRUSSELS);
    expect(formatLocalDateTime(shiftMoment(leapDeadline, BRUSSELS, 1), BRUSSELS)).toBe("2029-02-28T17:00");
  });

  it("shifts every date of an edition and leaves the unset ones unset", () => {
    const shifted = shiftEditionDatesByYear(
      {
        submissionDeadline: new Date("2026-09-30T21:59:00Z"),
        eligibilityDeadline: null,
        juryDeadline: new Date("2026-11-10T16:00:00Z"),
        nationalCallOpensOn: "2026-03-01",
        nationalCallClosesOn: null,
        juryMeetingOn: "2026-11-20",
        ceremonyStartsOn: "2026-12-03",
        ceremonyEndsOn: "2026-12-04",
      },
      BRUSSELS,
    );
    expect(shifted).toEqual({
      submissionDeadline: new Date("2027-09-30T21:59:00Z"),
      eligibilityDeadline: null,
      juryDeadline: new Date("2027-11-10T16:00:00Z"),
      nationalCallOpensOn: "2027-03-01",
      nationalCallClosesOn: null,
      juryMeetingOn: "2027-11-20",
      ceremonyStartsOn: "2027-12-03",
      ceremonyEndsOn: "2027-12-04",
    });
  });
});

describe("formatEditionMoment and describeDistance", () => {
  it("labels the zone by name and by its abbreviation at that moment", () => {
    expect(formatEditionMoment(new Date("2026-09-30T15:00:00Z"), BRUSSELS)).toBe("30 September 2026 at 17:00 Europe/Brussels (CEST)");
    expect(formatEditionMoment(new Date("2026-12-01T16:00:00Z"), BRUSSELS)).toBe("1 December 2026 at 17:00 Europe/Brussels (CET)");
    expect(formatEditionMoment(null)).toBe("—");
    expect(formatEditionMoment(new Date("2026-12-01T16:00:05Z"), BRUSSELS, { withSeconds: true })).toBe("1 December 2026 at 17:00:05 Europe/Brussels (CET)");
  });

  it("says how far ahead or behind a moment is", () => {
    const now = new Date("2026-09-01T12:00:00Z");
    expect(describeDistance(new Date("2026-09-04T16:00:00Z"), now)).toBe("in 3 days, 4 hours");
    expect(describeDistance(new Date("2026-09-01T10:00:00Z"), now)).toBe("2 hours ago");
    expect(describeDistance(new Date("2026-09-01T12:00:20Z"), now)).toBe("in less than a minute");
  });
});
