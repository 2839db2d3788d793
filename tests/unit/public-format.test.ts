import { describe, expect, it } from "vitest";
import { formatDateRange } from "@/lib/format/date-range";
import { describeDistance, formatEditionMoment } from "@/lib/format/edition-time";
import { formatPlace } from "@/lib/format/place";
import { getSummary } from "@/lib/format/summary";
import { parseYearParam } from "@/lib/validation/year";

describe("getSummary", () => {
  it("keeps a short text whole, with whitespace collapsed", () => {
    expect(getSummary("  A safe-shelter\n scheme   for victims. ")).toBe("A safe-shelter scheme for victims.");
  });

  it("cuts after the word limit and marks the cut", () => {
    const words = Array.from({ length: 60 }, (_, i) => `w${i}`);
    const summary = getSummary(words.join(" "));
    expect(summary.split(" ")).toHaveLength(40);
    expect(summary.endsWith("w39…")).toBe(true);
  });

  it("keeps exactly the limit without an ellipsis", () => {
    expect(getSummary("one two three", 3)).toBe("one two three");
  });

  it("drops punctuation right before the ellipsis", () => {
    expect(getSummary("legal aid, therapy, social activities", 2)).toBe("legal aid…");
  });

  it("returns an empty string for an empty description", () => {
    expect(getSummary("   ")).toBe("");
  });
});

describe("formatPlace", () => {
  it("names the winner and numbers the other places in English", () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101].map((rank) => formatPlace(rank))).toEqual([
      "Winner",
      "2nd place",
      "3rd place",
      "4th place",
      "11th place",
      "12th place",
      "13th place",
      "21st place",
      "22nd place",
      "23rd place",
      "101st place",
    ]);
  });
});

describe("formatDateRange", () => {
  it("writes a single day in full", () => {
    expect(formatDateRange("2014-12-04")).toBe("4 December 2014");
    expect(formatDateRange("2014-12-04", null)).toBe("4 December 2014");
    expect(formatDateRange("2014-12-04", "2014-12-04")).toBe("4 December 2014");
  });

  it("shares the month and year of a range within one month", () => {
    expect(formatDateRange("2014-12-04", "2014-12-05")).toBe("4–5 December 2014");
  });

  it("shares only the year across months, and nothing across years", () => {
    expect(formatDateRange("2014-11-30", "2014-12-02")).toBe("30 November – 2 December 2014");
    expect(formatDateRange("2014-12-31", "2015-01-01")).toBe("31 December 2014 – 1 January 2015");
  });

  it("refuses what is not an ISO date rather than printing nonsense", () => {
    expect(() => formatDateRange("04/12/2014")).toThrow(/ISO date/);
  });
});

describe("parseYearParam", () => {
  it("accepts a four-digit year in the editions' range", () => {
    expect(parseYearParam("2014")).toBe(2014);
    expect(parseYearParam("1990")).toBe(1990);
    expect(parseYearParam("2200")).toBe(2200);
  });

  it("refuses everything that only looks like a year", () => {
    for (const value of ["abc", "20x4", "1e3", "-5", "99999", "", " 2014", "2014 ", "2014.0", "+2014", "0x7de", "1989", "2201", "０２０１４"]) {
      expect(parseYearParam(value), value).toBeUndefined();
    }
  });
});

describe("the public formats in French", () => {
  it("names the places", () => {
    expect([1, 2, 3].map((rank) => formatPlace(rank, "fr"))).toEqual(["Lauréat", "2e place", "3e place"]);
  });

  it("writes dates and ranges with French month names, the first of the month as 1er", () => {
    expect(formatDateRange("2014-12-04", "2014-12-05", "fr")).toBe("4–5 décembre 2014");
    expect(formatDateRange("2014-11-30", "2014-12-01", "fr")).toBe("30 novembre – 1er décembre 2014");
    expect(formatDateRange("2014-12-04", "2014-12-05")).toBe("4–5 December 2014");
  });

  it("writes a moment in the edition's zone, labelled the same way in both languages", () => {
    const deadline = new Date("2026-09-30T15:00:00Z");
    expect(formatEditionMoment(deadline, "Europe/Brussels")).toBe("30 September 2026 at 17:00 Europe/Brussels (CEST)");
    expect(formatEditionMoment(deadline, "Europe/Brussels", { locale: "fr" })).toBe("30 septembre 2026 à 17:00 Europe/Brussels (CEST)");
    expect(formatEditionMoment(deadline, "Europe/Lisbon", { locale: "fr" })).toBe("30 septembre 2026 à 16:00 Europe/Lisbon (WEST)");
  });

  it("says how far a moment is", () => {
    const now = new Date("2026-09-01T00:00:00Z");
    expect(describeDistance(new Date("2026-09-04T04:00:00Z"), now, "fr")).toBe("dans 3 jours, 4 heures");
    expect(describeDistance(new Date("2026-08-31T22:00:00Z"), now, "fr")).toBe("il y a 2 heures");
    expect(describeDistance(new Date("2026-09-02T00:00:00Z"), now)).toBe("in 1 day");
  });
});
