import { describe, expect, it } from "vitest";
import { startOfDayIn } from "@/lib/domain/edition-time";
import { getNextDeadline, listCalendarMoments, type EditionCalendar } from "@/lib/domain/next-deadline";
import { formatCalendarMoment } from "@/lib/format/edition-time";

const CALENDAR: EditionCalendar = {
  timeZone: "Europe/Brussels",
  nationalCallOpensOn: "2049-03-01",
  nationalCallClosesOn: null,
  submissionDeadline: new Date("2049-09-30T21:59:00Z"),
  gracePeriodMinutes: 0,
  eligibilityDeadline: null,
  juryDeadline: new Date("2049-11-10T22:59:00Z"),
  juryMeetingOn: null,
  ceremonyStartsOn: "2049-12-04",
};

describe("the next deadline of an edition", () => {
  it("starts a day at midnight in the edition's zone, summer and winter", () => {
    expect(startOfDayIn("2049-12-04", "Europe/Brussels").toISOString()).toBe("2049-12-03T23:00:00.000Z");
    expect(startOfDayIn("2049-07-01", "Europe/Brussels").toISOString()).toBe("2049-06-30T22:00:00.000Z");
    expect(startOfDayIn("2049-07-01", "America/New_York").toISOString()).toBe("2049-07-01T04:00:00.000Z");
  });

  it("is the first dated step still ahead, the grace period included", () => {
    expect(getNextDeadline(CALENDAR, new Date("2049-05-01T00:00:00Z"))).toMatchObject({ label: "Nominations close" });
    const withGrace = { ...CALENDAR, gracePeriodMinutes: 30 };
    expect(getNextDeadline(withGrace, new Date("2049-09-30T22:10:00Z"))).toMatchObject({ label: "Nominations close (with the grace period)", at: new Date("2049-09-30T22:29:00Z") });
    expect(getNextDeadline(CALENDAR, new Date("2049-11-20T00:00:00Z"))).toMatchObject({ label: "The ceremony", isDay: true });
    expect(getNextDeadline(CALENDAR, new Date("2050-01-01T00:00:00Z"))).toBeNull();
    expect(listCalendarMoments(CALENDAR).map((m) => m.label)).toEqual(["The national call opens", "Nominations close", "Jury scoring closes", "The ceremony"]);
  });

  it("reads in the edition's zone, with its abbreviation for a time", () => {
    expect(formatCalendarMoment({ step: "nominationsClose", label: "", at: new Date("2049-09-30T21:59:00Z"), isDay: false }, "Europe/Brussels")).toBe("30 September 2049 at 23:59 Europe/Brussels (CEST)");
    expect(formatCalendarMoment({ step: "ceremony", label: "", at: new Date("2049-12-03T23:00:00Z"), isDay: true }, "Europe/Brussels")).toBe("4 December 2049");
  });
});
