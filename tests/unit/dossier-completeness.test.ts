import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assessCompleteness, DOSSIER_SECTIONS, type DossierDraftValues } from "@/lib/domain/dossier-completeness";

const limits = { descriptionWordLimit: 5, answerWordLimit: 3 };
const FULL: DossierDraftValues = {
  title: "Safe streets",
  organisation: "City of Ghent",
  contactName: "An Peeters",
  contactEmail: "an@example.org",
  contactPhone: "+32 9 123 45 67",
  startDate: "2023-01-15",
  isOngoing: true,
  endDate: "",
  description: "A neighbourhood project.",
  answerPrevention: "Less fear.",
  answerEvaluation: "Evaluated.",
  answerInnovation: "New rounds.",
  answerPartners: "City, police.",
  answerReplication: "Cheap to copy.",
};
const EMPTY: DossierDraftValues = Object.fromEntries(Object.entries(FULL).map(([k, v]) => [k, typeof v === "string" ? "" : v])) as DossierDraftValues;

function section(values: DossierDraftValues, id: string) {
  return assessCompleteness(values, limits).sections.find((s) => s.id === id)!;
}

describe("assessCompleteness", () => {
  it("calls a fully filled dossier complete in every section", () => {
    const result = assessCompleteness(FULL, limits);
    expect(result.isComplete).toBe(true);
    expect(result.sections.map((s) => [s.title, s.isComplete])).toEqual([
      ["Project", true],
      ["Contact", true],
      ["Description", true],
      ["Criteria answers", true],
    ]);
    expect(result.done).toBe(result.total);
  });

  it("lists every blank field of an empty dossier in its own section", () => {
    const result = assessCompleteness(EMPTY, limits);
    expect(result.done).toBe(1); // a project still running needs no end date
    expect(section(EMPTY, "project").missing).toEqual(["title", "organisation", "startDate"]);
    expect(section(EMPTY, "contact").missing).toEqual(["contactName", "contactEmail", "contactPhone"]);
    expect(section(EMPTY, "answers").missing).toHaveLength(5);
  });

  it("counts whitespace as blank", () => {
    expect(section({ ...FULL, contactPhone: "  \n" }, "contact")).toMatchObject({ done: 2, total: 3, isComplete: false, missing: ["contactPhone"] });
  });

  it("needs an end date only once the project has ended", () => {
    expect(section({ ...FULL, isOngoing: false, endDate: "" }, "project").missing).toEqual(["endDate"]);
    expect(section({ ...FULL, isOngoing: false, endDate: "2024-12-31" }, "project").isComplete).toBe(true);
  });

  it("does not count a text over its word limit as done", () => {
    const over = { ...FULL, description: "one two three four five six", answerInnovation: "one two three four" };
    expect(section(over, "description")).toMatchObject({ isComplete: false, missing: [], overLimit: ["description"] });
    expect(section(over, "answers")).toMatchObject({ done: 4, overLimit: ["answerInnovation"] });
    expect(assessCompleteness(over, limits).isComplete).toBe(false);
    expect(section({ ...FULL, description: "one two three four five" }, "description").isComplete).toBe(true);
  });

  it("tracks each field in exactly one section", () => {
    const fields = DOSSIER_SECTIONS.flatMap((s) => s.fields);
    expect(new Set(fields).size).toBe(fields.length);
    expect(fields).toHaveLength(13);
  });

  it("never counts more done than there are fields, and blanking a field never raises the count", () => {
    const keys = DOSSIER_SECTIONS.flatMap((s) => s.fields).filter((f) => f !== "endDate");
    fc.assert(
      fc.property(fc.subarray(keys), fc.boolean(), (blanked, isOngoing) => {
        const values = { ...FULL, isOngoing, endDate: isOngoing ? "" : "2024-12-31" };
        const before = assessCompleteness(values, limits);
        const after = assessCompleteness({ ...values, ...Object.fromEntries(blanked.map((k) => [k, ""])) }, limits);
        expect(after.done).toBe(before.done - blanked.length);
        expect(after.done).toBeGreaterThanOrEqual(0);
        expect(after.isComplete).toBe(blanked.length === 0);
      }),
    );
  });
});
