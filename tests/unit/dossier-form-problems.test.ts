import { describe, expect, it } from "vitest";
import { findSavableValues, listFieldsToOffer, toSummaryItems, withRefusedFieldsSaved } from "@/components/coordinator/form-problems";
import { createNominationContentSchema, toDossierFieldErrors, type NominationContentValues } from "@/lib/validation/nomination";
import { FULL_CONTENT } from "../fixtures/dossier";

const BASE: NominationContentValues = { ...FULL_CONTENT, links: [...FULL_CONTENT.links] };

describe("the fields a conflict offers back", () => {
  it("offers only the fields this tab changed and the other version does not already hold", () => {
    const mine = { ...BASE, answerPartners: "Mine", answerInnovation: "Same in both" };
    const theirs = { ...BASE, title: "Their new title", answerInnovation: "Same in both" };
    expect(listFieldsToOffer(mine, theirs, BASE)).toEqual(["answerPartners"]);
  });

  it("offers nothing when every change of mine is already in the other version", () => {
    const mine = { ...BASE, answerPartners: "Shared" };
    expect(listFieldsToOffer(mine, { ...mine, title: "Other" }, BASE)).toEqual([]);
  });

  it("without a base (a browser copy), offers every field that differs", () => {
    expect(listFieldsToOffer({ ...BASE, title: "A" }, { ...BASE, answerPartners: "B" })).toEqual(["title", "answerPartners"]);
  });

  it("compares links by their addresses and the period by its answer", () => {
    const mine = { ...BASE, links: [{ url: "https://example.org/new" }], isOngoing: false };
    expect(listFieldsToOffer(mine, BASE, BASE)).toEqual(["isOngoing", "links"]);
  });
});

describe("what a save sends while some fields are wrong", () => {
  it("puts each refused field back to its saved value and sends every other one as typed", () => {
    const typed = { ...BASE, contactEmail: "an.peeters@", answerInnovation: "A long answer kept as typed", links: [{ url: "ftp://x" }] };
    const sent = withRefusedFieldsSaved(typed, BASE, ["contactEmail", "links"]);
    expect(sent).toEqual({ ...BASE, answerInnovation: "A long answer kept as typed" });
  });

  it("keeps back a field whose error the first check did not report, checking again until the rest passes", () => {
    const schema = createNominationContentSchema({ descriptionWordLimit: 600, answerWordLimit: 5 });
    const check = (values: NominationContentValues) => {
      const parsed = schema.safeParse(values);
      return parsed.success ? {} : toDossierFieldErrors(parsed.error);
    };
    const typed = { ...BASE, contactEmail: "an.peeters@", isOngoing: false, startDate: "2024-05-01", endDate: "2024-04-01", answerPartners: "one two three four five six seven" };
    // As the form's first check may report it: the email only.
    const { values, errors } = findSavableValues(typed, BASE, ["contactEmail"], check);
    expect(errors).toEqual({ endDate: ["The end date cannot be before the start date."] });
    expect(check(values)).toEqual({});
    // Everything else is sent as typed, the answer over its word limit included.
    expect(values).toEqual({ ...typed, contactEmail: BASE.contactEmail, endDate: BASE.endDate });
  });

  it("ignores names that are not fields", () => {
    expect(withRefusedFieldsSaved({ ...BASE, title: "New" }, BASE, ["root"])).toEqual({ ...BASE, title: "New" });
  });
});

describe("the error summary of a refused submission", () => {
  it("lists one item per field, in the order of the form, with every message of that field", () => {
    const items = toSummaryItems({
      answerInnovation: ["This answer is 3 words over the limit (503 of 500): shorten it to submit."],
      _form: ["ignored"],
      "links.1.url": ["Enter a full web address starting with http:// or https://."],
      contactEmail: ["Enter a valid email address, e.g. name@example.org."],
      title: [],
    });
    expect(items).toEqual([
      { name: "contactEmail", id: "contactEmail", label: "Contact email", message: "Enter a valid email address, e.g. name@example.org." },
      { name: "links.1.url", id: "links-1-url", label: "Link 2", message: "Enter a full web address starting with http:// or https://." },
      {
        name: "answerInnovation",
        id: "answerInnovation",
        label: "Innovation",
        message: "This answer is 3 words over the limit (503 of 500): shorten it to submit.",
      },
    ]);
  });
});
