import { describe, expect, it } from "vitest";
import { getOutcome } from "@/lib/practices/outcome";
import { getPracticesHref, parsePracticeFilters, parsePracticeId } from "@/lib/validation/practice-filters";

describe("the catalogue's filters in the URL", () => {
  it("reads every filter, upper-casing the country and trimming the words", () => {
    const params = new URLSearchParams("q=%20harbour%20patrol%20&year=2014&country=dk&theme=Trafficking&outcome=runner-up&page=3");
    expect(parsePracticeFilters(params)).toEqual({ q: "harbour patrol", year: 2014, country: "DK", theme: "Trafficking", outcome: "runner-up", page: 3 });
  });

  it.each([
    ["year", "20x4"],
    ["year", "1989"],
    ["year", "2014.5"],
    ["country", "DNK"],
    ["country", "1"],
    ["outcome", "loser"],
    ["q", "   "],
    ["theme", ""],
  ])("ignores the malformed %s %j instead of failing", (key, value) => {
    expect(parsePracticeFilters({ [key]: value })).toEqual({ page: 1 });
  });

  it.each(["0", "-2", "abc", "1.5", "100001"])("starts from page 1 for the page %j", (page) => {
    expect(parsePracticeFilters({ page }).page).toBe(1);
  });

  it("takes the first of repeated values, as a page's searchParams gives them", () => {
    expect(parsePracticeFilters({ year: ["2016", "2017"] }).year).toBe(2016);
  });

  it("cuts the words at 200 characters", () => {
    expect(parsePracticeFilters({ q: "a".repeat(500) }).q).toHaveLength(200);
  });

  it("writes one URL per search: no empty filter, no page 1, and it reads back the same", () => {
    expect(getPracticesHref({ page: 1 })).toBe("/practices");
    expect(getPracticesHref({ q: "", year: 2014, page: 1 })).toBe("/practices?year=2014");
    const filters = { q: "safe & sound", year: 2014, country: "FR", theme: "Trafficking in human beings", outcome: "winner" as const, page: 2 };
    const href = getPracticesHref(filters);
    expect(parsePracticeFilters(new URL(href, "http://localhost").searchParams)).toEqual(filters);
  });
});

describe("an entry's id in the URL", () => {
  it("accepts any UUID, lower-cased, and nothing else", () => {
    expect(parsePracticeId("0B9D2F0E-6D1C-4C39-9D0E-2F4C3E7A1B2C")).toBe("0b9d2f0e-6d1c-4c39-9d0e-2f4c3e7a1b2c");
    for (const value of ["", "1", "0b9d2f0e-6d1c-4c39-9d0e-2f4c3e7a1b2", "0b9d2f0e-6d1c-4c39-9d0e-2f4c3e7a1b2c'--"]) expect(parsePracticeId(value)).toBeUndefined();
  });
});

describe("an entry's outcome", () => {
  it.each([
    [{ kind: "competing", rank: 1 }, "winner"],
    [{ kind: "competing", rank: 2 }, "runner-up"],
    [{ kind: "competing", rank: 7 }, "runner-up"],
    [{ kind: "competing", rank: null }, "competing"],
    [{ kind: "additional", rank: null }, "good-practice"],
  ] as const)("%o is %s", (entry, outcome) => {
    expect(getOutcome(entry)).toBe(outcome);
  });
});
