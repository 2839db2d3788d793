import { describe, expect, it } from "vitest";
import {
  createCompleteNominationSchema,
  createNominationContentSchema,
  createNominationSchema,
  DEFAULT_ANSWER_WORD_LIMIT,
  DEFAULT_DESCRIPTION_WORD_LIMIT,
  MAX_LINKS,
  newNominationInputSchema,
  reopenNominationInputSchema,
  saveNominationInputSchema,
  submitNominationInputSchema,
  toDossierFieldErrors,
  toDossierFormValues,
  type NominationContentValues,
} from "@/lib/validation/nomination";
import { FULL_CONTENT } from "../fixtures/dossier";

const limits = { descriptionWordLimit: DEFAULT_DESCRIPTION_WORD_LIMIT, answerWordLimit: DEFAULT_ANSWER_WORD_LIMIT };
const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(" ");
const EMPTY_DRAFT: NominationContentValues = {
  title: "Safe streets",
  organisation: "",
  contactName: "",
  contactEmail: "",
  contactPhone: "",
  startDate: "",
  isOngoing: true,
  endDate: "",
  links: [],
  description: "",
  answerPrevention: "",
  answerEvaluation: "",
  answerInnovation: "",
  answerPartners: "",
  answerReplication: "",
};

/** The field errors a draft with these changes gets, keyed as the form reads them. */
function draftErrors(changes: Partial<NominationContentValues>, custom = limits) {
  const result = createNominationContentSchema(custom).safeParse({ ...EMPTY_DRAFT, ...changes });
  return result.success ? {} : toDossierFieldErrors(result.error);
}

function completeErrors(changes: Partial<NominationContentValues>, custom = limits) {
  const result = createCompleteNominationSchema(custom).safeParse({ ...FULL_CONTENT, ...changes });
  return result.success ? {} : toDossierFieldErrors(result.error);
}

describe("a draft's content", () => {
  it("accepts a draft with only a title, and stores blanks as blanks and no date as null", () => {
    const result = createNominationContentSchema(limits).parse(EMPTY_DRAFT);
    expect(result).toMatchObject({ title: "Safe streets", startDate: null, endDate: null, links: [], isOngoing: true });
  });

  it("requires a title even in a draft, trimmed, at most 200 characters", () => {
    expect(draftErrors({ title: "   " })).toEqual({ title: ["Enter the project title."] });
    expect(draftErrors({ title: "x".repeat(201) }).title).toEqual(["Keep the title to 200 characters or fewer."]);
    expect(createNominationContentSchema(limits).parse({ ...EMPTY_DRAFT, title: "  Safe  " }).title).toBe("Safe");
  });

  it.each([
    ["organisation", "Keep the organisation's name to 200 characters or fewer."],
    ["contactName", "Keep the contact's name to 200 characters or fewer."],
  ] as const)("limits %s to 200 characters", (field, message) => {
    expect(draftErrors({ [field]: "x".repeat(200) })).toEqual({});
    expect(draftErrors({ [field]: "x".repeat(201) })).toEqual({ [field]: [message] });
  });

  it("checks the email address's format", () => {
    expect(draftErrors({ contactEmail: "an.peeters@example.org" })).toEqual({});
    for (const bad of ["an.peeters", "an@", "an peeters@example.org", "@example.org"]) {
      expect(draftErrors({ contactEmail: bad })).toEqual({ contactEmail: ["Enter a valid email address, e.g. name@example.org."] });
    }
  });

  it("checks the phone number: digits with usual separators, at least six digits", () => {
    for (const good of ["+32 9 123 45 67", "(09) 123-45-67", "0912.34.56"]) expect(draftErrors({ contactPhone: good })).toEqual({});
    for (const bad of ["12345", "call me", "+32 9 12x 45 67", "++32 123456"]) {
      expect(draftErrors({ contactPhone: bad }).contactPhone).toHaveLength(1);
    }
  });

  it("takes real calendar dates only", () => {
    expect(draftErrors({ startDate: "2024-02-29" })).toEqual({});
    for (const bad of ["2023-02-29", "2024-13-01", "15/01/2024", "1850-01-01", "tomorrow"]) {
      expect(draftErrors({ startDate: bad })).toEqual({ startDate: ["Enter a real date as YYYY-MM-DD."] });
    }
  });

  it("refuses an end date before the start date, beside the end date, but takes the same day", () => {
    const ended = { startDate: "2024-05-01", isOngoing: false };
    expect(draftErrors({ ...ended, endDate: "2024-04-30" })).toEqual({ endDate: ["The end date cannot be before the start date."] });
    expect(draftErrors({ ...ended, endDate: "2024-05-01" })).toEqual({});
    expect(createNominationContentSchema(limits).parse({ ...EMPTY_DRAFT, ...ended, endDate: "2024-06-30" }).endDate).toBe("2024-06-30");
  });

  it("drops the end date of a project that is still running", () => {
    const parsed = createNominationContentSchema(limits).parse({ ...EMPTY_DRAFT, startDate: "2024-05-01", isOngoing: true, endDate: "2024-04-01" });
    expect(parsed.endDate).toBeNull();
  });

  it("takes http(s) links only, with the error on the row that is wrong, and drops blank rows", () => {
    const errors = draftErrors({ links: [{ url: "https://example.org" }, { url: "ftp://example.org/file" }, { url: "javascript:alert(1)" }, { url: "example.org" }] });
    expect(Object.keys(errors)).toEqual(["links.1.url", "links.2.url", "links.3.url"]);
    expect(errors["links.1.url"]).toEqual(["Enter a full web address starting with http:// or https://."]);
    const parsed = createNominationContentSchema(limits).parse({ ...EMPTY_DRAFT, links: [{ url: " http://a.example.org/r.pdf " }, { url: "" }] });
    expect(parsed.links).toEqual(["http://a.example.org/r.pdf"]);
  });

  it(`takes at most ${MAX_LINKS} links`, () => {
    const links = Array.from({ length: MAX_LINKS + 1 }, (_, i) => ({ url: `https://example.org/${i}` }));
    expect(draftErrors({ links })).toEqual({ links: [`Give at most ${MAX_LINKS} links.`] });
  });

  it("keeps a text over its word limit in a draft, so one long answer never stops the rest from saving", () => {
    const strict = { descriptionWordLimit: 5, answerWordLimit: 3 };
    const long = { description: words(601), answerInnovation: "one two three four" };
    expect(draftErrors(long)).toEqual({});
    expect(createNominationContentSchema(strict).parse({ ...EMPTY_DRAFT, ...long })).toMatchObject(long);
  });

  it("still refuses a draft text past the hard character cap", () => {
    expect(draftErrors({ answerPartners: "x".repeat(30_001) })).toEqual({ answerPartners: ["This answer is far too long."] });
  });

  it("returns every field's error at once", () => {
    const errors = draftErrors({ title: "", contactEmail: "x", startDate: "2024-05-01", isOngoing: false, endDate: "2024-01-01", links: [{ url: "x" }] });
    expect(Object.keys(errors).sort()).toEqual(["contactEmail", "endDate", "links.0.url", "title"]);
  });
});

describe("a complete dossier (before submitting)", () => {
  it("accepts every field filled in", () => {
    expect(completeErrors({})).toEqual({});
  });

  it("names each missing field with its own message", () => {
    const blanks = Object.fromEntries(
      ["organisation", "contactName", "contactEmail", "contactPhone", "startDate", "description", "answerPrevention", "answerEvaluation", "answerInnovation", "answerPartners", "answerReplication"].map((f) => [f, " "]),
    );
    const errors = completeErrors(blanks);
    expect(Object.keys(errors).sort()).toEqual(Object.keys(blanks).sort());
    expect(errors.startDate).toEqual(["Enter the date the project started."]);
    expect(errors.answerPartners).toEqual(["Name the partners and their roles."]);
  });

  it("needs an end date once the project has ended, and links stay optional", () => {
    expect(completeErrors({ isOngoing: false, endDate: "" })).toEqual({ endDate: ["Enter the date the project ended, or say it is still running."] });
    expect(completeErrors({ isOngoing: false, endDate: "2024-12-31" })).toEqual({});
    expect(completeErrors({ links: [] })).toEqual({});
  });

  it("applies the edition's description word limit, counting words and not characters, with the excess spelled out", () => {
    expect(completeErrors({ description: words(600) })).toEqual({});
    expect(completeErrors({ description: words(601) })).toEqual({
      description: ["The description is 1 word over the limit (601 of 600): shorten it to submit."],
    });
    const strict = { descriptionWordLimit: 5, answerWordLimit: 500 };
    expect(completeErrors({ description: "one two three four five ... —" }, strict)).toEqual({});
    expect(completeErrors({ description: "one two three four five six" }, strict).description).toHaveLength(1);
  });

  it.each(["answerPrevention", "answerEvaluation", "answerInnovation", "answerPartners", "answerReplication"] as const)(
    "applies the edition's answer word limit to %s",
    (field) => {
      expect(completeErrors({ [field]: words(500) })).toEqual({});
      expect(completeErrors({ [field]: words(502) })).toEqual({
        [field]: ["This answer is 2 words over the limit (502 of 500): shorten it to submit."],
      });
    },
  );

  it("still applies the formats and word limits", () => {
    expect(Object.keys(completeErrors({ description: "a b c", contactEmail: "x" }, { descriptionWordLimit: 2, answerWordLimit: 500 })).sort()).toEqual([
      "contactEmail",
      "description",
    ]);
  });

  it("reads a stored dossier through toDossierFormValues", () => {
    const stored = { ...FULL_CONTENT, startDate: "2023-01-15", endDate: null, links: ["https://example.org/a"] };
    const values = toDossierFormValues(stored);
    expect(values).toMatchObject({ startDate: "2023-01-15", endDate: "", links: [{ url: "https://example.org/a" }] });
    expect(createCompleteNominationSchema(limits).safeParse(values).success).toBe(true);
    expect(toDossierFormValues({ ...stored, startDate: null }).startDate).toBe("");
  });
});

describe("the new-nomination form", () => {
  const valid = { countryCode: "be", kind: "competing", title: "  Safe streets ", organisation: "City of Ghent", description: "A project." };

  it("trims text and upper-cases the country", () => {
    expect(createNominationSchema(limits).parse(valid)).toMatchObject({ countryCode: "BE", title: "Safe streets" });
  });

  it("returns every field's error at once", () => {
    const result = createNominationSchema(limits).safeParse({ countryCode: "", kind: "winner", title: "   ", organisation: "", description: "" });
    expect(Object.keys(toDossierFieldErrors(result.error!)).sort()).toEqual(["countryCode", "kind", "title"]);
  });
});

describe("action inputs", () => {
  const id = "1b4e28ba-2fa1-4d3b-a3f5-ef19b5a7633b";

  it("coerces form strings for the year and version, and checks the id", () => {
    expect(newNominationInputSchema.parse({ countryCode: "BE", kind: "competing", title: "T", organisation: "", description: "", year: "2026" }).year).toBe(2026);
    expect(saveNominationInputSchema.parse({ id, version: "3", ...FULL_CONTENT }).version).toBe(3);
    expect(submitNominationInputSchema.safeParse({ id: "not-a-uuid", version: 1 }).success).toBe(false);
    expect(submitNominationInputSchema.safeParse({ id, version: 0 }).success).toBe(false);
  });

  it("leaves the edition's rules to the data layer but refuses malformed content", () => {
    expect(saveNominationInputSchema.safeParse({ id, version: 1, ...FULL_CONTENT, contactEmail: "not checked here" }).success).toBe(true);
    expect(saveNominationInputSchema.safeParse({ id, version: 1, ...FULL_CONTENT, isOngoing: "yes" }).success).toBe(false);
    expect(saveNominationInputSchema.safeParse({ id, version: 1, ...FULL_CONTENT, links: ["https://example.org"] }).success).toBe(false);
  });

  it("requires a reason to reopen a dossier", () => {
    expect(toDossierFieldErrors(reopenNominationInputSchema.safeParse({ id, reason: "  " }).error!)).toEqual({
      reason: ["Give the reason for reopening the dossier."],
    });
  });
});

describe("the dossier's messages in French", () => {
  it("are translated from their templates, the word counts and the link limit included", async () => {
    const { translateIssue } = await import("@/lib/i18n/server-text");
    const { default: fr } = await import("@/messages/server/fr");
    const say = (issue: Parameters<typeof translateIssue>[1]) => translateIssue(fr, issue);
    const complete = createCompleteNominationSchema(limits).safeParse({ ...FULL_CONTENT, description: words(601), answerPartners: words(503), contactPhone: "" });
    expect(complete.success).toBe(false);
    expect(toDossierFieldErrors(complete.error!, say)).toEqual({
      contactPhone: ["Saisissez le numéro de téléphone de la personne de contact."],
      description: ["La description dépasse la limite de 1 mot (601 sur 600) : raccourcissez-la pour la soumettre."],
      answerPartners: ["Cette réponse dépasse la limite de 3 mots (503 sur 500) : raccourcissez-la pour soumettre le dossier."],
    });
    const links = Array.from({ length: MAX_LINKS + 1 }, () => ({ url: "" }));
    const draft = createNominationContentSchema(limits).safeParse({ ...EMPTY_DRAFT, links });
    expect(toDossierFieldErrors(draft.error!, say)).toEqual({ links: [`Indiquez au plus ${MAX_LINKS} liens.`] });
  });
});
