import { describe, expect, it } from "vitest";
import { toFieldErrors } from "@/lib/actions/result";
import {
  createCompleteNominationSchema,
  createNominationContentSchema,
  createNominationSchema,
  DEFAULT_DESCRIPTION_WORD_LIMIT,
  newNominationInputSchema,
  saveNominationInputSchema,
  submitNominationInputSchema,
} from "@/lib/validation/nomination";

const limits = { descriptionWordLimit: DEFAULT_DESCRIPTION_WORD_LIMIT };
const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(" ");
const valid = { countryCode: "be", kind: "competing", title: "  Safe streets ", organisation: "City of Ghent", description: "A project." };

describe("createNominationSchema", () => {
  it("trims text and upper-cases the country", () => {
    expect(createNominationSchema(limits).parse(valid)).toMatchObject({ countryCode: "BE", title: "Safe streets" });
  });

  it("accepts a draft with only a title", () => {
    expect(createNominationSchema(limits).safeParse({ ...valid, organisation: "", description: "" }).success).toBe(true);
  });

  it("returns every field's error at once", () => {
    const result = createNominationSchema(limits).safeParse({ countryCode: "", kind: "winner", title: "   ", organisation: "", description: "" });
    expect(result.success).toBe(false);
    expect(Object.keys(toFieldErrors(result.error!)).sort()).toEqual(["countryCode", "kind", "title"]);
  });

  it("applies the edition's description word limit, counting words and not characters", () => {
    expect(createNominationSchema(limits).safeParse({ ...valid, description: words(600) }).success).toBe(true);
    const over = createNominationSchema(limits).safeParse({ ...valid, description: words(601) });
    expect(toFieldErrors(over.error!).description).toEqual(["The description has 601 words; the limit is 600."]);
    const strict = createNominationContentSchema({ descriptionWordLimit: 5 });
    expect(strict.safeParse({ ...valid, description: "one two three four five ... —" }).success).toBe(true);
    expect(strict.safeParse({ ...valid, description: "one two three four five six" }).success).toBe(false);
  });
});

describe("createCompleteNominationSchema", () => {
  it("requires title, organisation and description before submission", () => {
    const result = createCompleteNominationSchema(limits).safeParse({ title: "T", organisation: " ", description: "\n" });
    expect(Object.keys(toFieldErrors(result.error!)).sort()).toEqual(["description", "organisation"]);
    expect(createCompleteNominationSchema(limits).safeParse({ title: "T", organisation: "O", description: "D" }).success).toBe(true);
  });

  it("still applies the word limit", () => {
    const result = createCompleteNominationSchema({ descriptionWordLimit: 2 }).safeParse({ title: "T", organisation: "O", description: "a b c" });
    expect(result.success).toBe(false);
  });
});

describe("action inputs", () => {
  it("coerces form strings for the year and version", () => {
    expect(newNominationInputSchema.parse({ ...valid, year: "2026" }).year).toBe(2026);
    const id = "1b4e28ba-2fa1-4d3b-a3f5-ef19b5a7633b";
    expect(saveNominationInputSchema.parse({ id, version: "3", title: "T", organisation: "", description: "" }).version).toBe(3);
    expect(submitNominationInputSchema.safeParse({ id: "not-a-uuid", version: 1 }).success).toBe(false);
    expect(submitNominationInputSchema.safeParse({ id, version: 0 }).success).toBe(false);
  });
});
