import { describe, expect, it } from "vitest";
import { MAX_YEAR, MIN_YEAR, YEAR_ERROR_MESSAGE } from "@/lib/validation/year";

describe("the year's error message", () => {
  it("names the bounds the schema applies", () => {
    expect(YEAR_ERROR_MESSAGE).toContain(`between ${MIN_YEAR} and ${MAX_YEAR}.`);
  });
});
