import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { adminConflictSchema, closeJurySchema } from "@/lib/validation/assignments";
import { saveAwardsSchema } from "@/lib/validation/awards";
import { conflictDeclarationSchema } from "@/lib/validation/conflict-declaration";
import { decideEligibilitySchema } from "@/lib/validation/eligibility";
import { setEmbargoSchema } from "@/lib/validation/embargo";
import { addJuryMemberSchema } from "@/lib/validation/jury-member";
import { juryStatementSchema } from "@/lib/validation/jury-statement";
import {
  createNominationContentSchema,
  createNominationSchema,
  DEFAULT_ANSWER_WORD_LIMIT,
  DEFAULT_DESCRIPTION_WORD_LIMIT,
  reopenNominationInputSchema,
} from "@/lib/validation/nomination";
import { unfreezeResultSchema } from "@/lib/validation/result-seal";
import { addCriterionSchema } from "@/lib/validation/rubric";
import { createScoreSheetSchema, getCommentFieldName, getScoreFieldName } from "@/lib/validation/score-sheet";
import { setPasswordSchema } from "@/lib/validation/set-password";
import { CONTROL_CHARACTER_MESSAGE, hasForbiddenControlCharacter, multiLineText, singleLineText } from "@/lib/validation/text";
import { tieDecisionSchema } from "@/lib/validation/tie-decision";
import { FULL_CONTENT } from "../fixtures/dossier";

const NUL = "\u0000";
// A bell, an escape, DEL and a C1 control (CSI): none of them belongs in a text a person typed.
const OTHER_CONTROLS = ["\u0007", "\u001B", "\u007F", "\u009B"];
const UUID = "3f2b8c1e-9a4d-4e6f-8b7a-1c2d3e4f5a6b";
const UUID_2 = "4f2b8c1e-9a4d-4e6f-8b7a-1c2d3e4f5a6b";
const limits = { descriptionWordLimit: DEFAULT_DESCRIPTION_WORD_LIMIT, answerWordLimit: DEFAULT_ANSWER_WORD_LIMIT };
const RUBRIC = [{ id: 11, position: 1, title: "Prevention", scaleMin: 1, scaleMax: 10 }];

interface Case {
  name: string;
  schema: z.ZodType;
  valid: Record<string, unknown>;
  /** The field that holds free text, as a path into `valid` ("places.0.prize"). */
  field: string;
  isMultiLine: boolean;
}

const VALID_PLACE = { rank: 1, nominationId: UUID, prize: "EUR 10,000", juryReason: "A clear winner." };

const CASES: Case[] = [
  ...(["title", "organisation", "contactName", "contactEmail", "contactPhone", "startDate"] as const).map((field) => ({
    name: `dossier ${field}`,
    schema: createNominationContentSchema(limits),
    valid: { ...FULL_CONTENT },
    field,
    isMultiLine: false,
  })),
  ...(["description", "answerPrevention", "answerEvaluation", "answerInnovation", "answerPartners", "answerReplication"] as const).map(
    (field) => ({ name: `dossier ${field}`, schema: createNominationContentSchema(limits), valid: { ...FULL_CONTENT }, field, isMultiLine: true }),
  ),
  { name: "dossier link", schema: createNominationContentSchema(limits), valid: { ...FULL_CONTENT, links: [{ url: "https://example.org/a" }] }, field: "links.0.url", isMultiLine: false },
  { name: "new dossier title", schema: createNominationSchema(limits), valid: { countryCode: "NL", kind: "competing", title: "T", organisation: "", description: "" }, field: "title", isMultiLine: false },
  { name: "new dossier country", schema: createNominationSchema(limits), valid: { countryCode: "NL", kind: "competing", title: "T", organisation: "", description: "" }, field: "countryCode", isMultiLine: false },
  { name: "reopen reason", schema: reopenNominationInputSchema, valid: { id: UUID, reason: "Typo in the title." }, field: "reason", isMultiLine: true },
  { name: "eligibility note", schema: decideEligibilitySchema, valid: { nominationId: UUID, version: 1, decision: "reject", reason: "other", note: "Sent twice." }, field: "note", isMultiLine: true },
  { name: "score comment", schema: createScoreSheetSchema(RUBRIC, "draft"), valid: { [getScoreFieldName(11)]: "7", [getCommentFieldName(11)]: "Good." }, field: getCommentFieldName(11), isMultiLine: true },
  { name: "overall comment", schema: createScoreSheetSchema(RUBRIC, "draft"), valid: { overallComment: "Good." }, field: "overallComment", isMultiLine: true },
  { name: "declared conflict reason", schema: conflictDeclarationSchema, valid: { nominationId: UUID, reason: "My employer." }, field: "reason", isMultiLine: true },
  { name: "admin conflict reason", schema: adminConflictSchema, valid: { editionId: 1, jurorUserId: 2, nominationId: UUID, reason: "Partner." }, field: "reason", isMultiLine: true },
  { name: "forced close reason", schema: closeJurySchema, valid: { editionId: 1, version: 1, isForced: true, reason: "One juror is ill." }, field: "reason", isMultiLine: true },
  { name: "criterion title", schema: addCriterionSchema, valid: { editionId: 1, rubricVersion: "a".repeat(64), title: "Innovation", guidance: "", weight: "1", scaleMin: "1", scaleMax: "10" }, field: "title", isMultiLine: false },
  { name: "criterion guidance", schema: addCriterionSchema, valid: { editionId: 1, rubricVersion: "a".repeat(64), title: "Innovation", guidance: "New ways.", weight: "1", scaleMin: "1", scaleMax: "10" }, field: "guidance", isMultiLine: true },
  { name: "jury statement", schema: juryStatementSchema, valid: { editionId: 1, statement: "The jury chose." }, field: "statement", isMultiLine: true },
  { name: "tie reason", schema: tieDecisionSchema, valid: { editionId: 1, orderedNominationIds: [UUID, UUID_2], reason: "Criterion 1." }, field: "reason", isMultiLine: true },
  { name: "unfreeze reason", schema: unfreezeResultSchema, valid: { editionId: 1, reason: "A juror's sheet was wrong." }, field: "reason", isMultiLine: true },
  { name: "award prize", schema: saveAwardsSchema, valid: { editionId: 1, places: [{ ...VALID_PLACE }] }, field: "places.0.prize", isMultiLine: false },
  { name: "award jury reason", schema: saveAwardsSchema, valid: { editionId: 1, places: [{ ...VALID_PLACE }] }, field: "places.0.juryReason", isMultiLine: true },
  { name: "jury member name", schema: addJuryMemberSchema, valid: { editionId: 1, email: "a@example.org", name: "Ana Silva", countryCode: "PT", role: "voting", isChair: false }, field: "name", isMultiLine: false },
  { name: "jury member email", schema: addJuryMemberSchema, valid: { editionId: 1, email: "a@example.org", name: "Ana Silva", countryCode: "PT", role: "voting", isChair: false }, field: "email", isMultiLine: false },
  { name: "embargo", schema: setEmbargoSchema, valid: { editionId: 1, version: 1, embargoAt: "2026-12-04T19:30" }, field: "embargoAt", isMultiLine: false },
  { name: "new password", schema: setPasswordSchema, valid: { token: "t", password: "a long password", confirmPassword: "a long password" }, field: "password", isMultiLine: false },
];

function getAt(object: Record<string, unknown>, path: string): string {
  return path.split(".").reduce<unknown>((value, key) => (value as Record<string, unknown>)[key], object) as string;
}

/** A deep copy of `object` with the text at `path` replaced. */
function setAt(object: Record<string, unknown>, path: string, text: string): Record<string, unknown> {
  const copy = structuredClone(object);
  const keys = path.split(".");
  const parent = keys.slice(0, -1).reduce<Record<string, unknown>>((value, key) => value[key] as Record<string, unknown>, copy);
  parent[keys.at(-1)!] = text;
  return copy;
}

function insertInto(text: string, character: string): string {
  const middle = Math.floor(text.length / 2);
  return `${text.slice(0, middle)}${character}${text.slice(middle)}`;
}

describe("the shared text schemas", () => {
  it("refuse NUL and every other C0 or C1 control character on one line", () => {
    for (let code = 0; code <= 0x9f; code += 1) {
      const isControl = code < 0x20 || code >= 0x7f;
      const result = singleLineText().safeParse(`a${String.fromCharCode(code)}b`);
      expect(result.success, `U+${code.toString(16)}`).toBe(!isControl);
      if (!result.success) expect(result.error.issues.map((issue) => issue.message)).toEqual([CONTROL_CHARACTER_MESSAGE]);
    }
  });

  it("let tabs and line breaks through in a multi-line text, and nothing else among the controls", () => {
    expect(multiLineText().parse("line one\r\nline two\n\tindented")).toBe("line one\r\nline two\n\tindented");
    for (let code = 0; code <= 0x9f; code += 1) {
      const isAllowed = code >= 0x20 && code < 0x7f ? true : [0x09, 0x0a, 0x0d].includes(code);
      expect(multiLineText().safeParse(`a${String.fromCharCode(code)}b`).success, `U+${code.toString(16)}`).toBe(isAllowed);
    }
  });

  it("keep letters of every script, emoji and the characters beyond the C1 block", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (text) => {
        const hasControl = /[\u0000-\u001F\u007F-\u009F]/.test(text);
        expect(singleLineText().safeParse(text).success).toBe(!hasControl);
        expect(hasForbiddenControlCharacter(text, { isMultiLine: false })).toBe(hasControl);
      }),
    );
    expect(singleLineText({ max: 20 }).parse("  Zoë – Łódź 🚓 \u00A0")).toBe("Zoë – Łódź 🚓");
  });

  it("check the limits after trimming and give each message", () => {
    const schema = singleLineText({ required: "Enter it.", max: 3, tooLong: "Too long." });
    expect(schema.safeParse("   ").error?.issues.map((issue) => issue.message)).toEqual(["Enter it."]);
    expect(schema.safeParse(" abcd ").error?.issues.map((issue) => issue.message)).toEqual(["Too long."]);
    expect(schema.parse(" abc ")).toBe("abc");
    expect(singleLineText({ isTrimmed: false }).parse(" a ")).toBe(" a ");
  });
});

describe.each(CASES)("$name", ({ schema, valid, field, isMultiLine }) => {
  it("accepts the valid input", () => {
    expect(schema.safeParse(valid).error?.issues ?? []).toEqual([]);
  });

  it.each([NUL, ...OTHER_CONTROLS])("refuses %j with the field's message", (character) => {
    const result = schema.safeParse(setAt(valid, field, insertInto(getAt(valid, field), character)));
    expect(result.success).toBe(false);
    const issues = result.error!.issues.filter((issue) => issue.path.join(".") === field);
    expect(issues.map((issue) => issue.message)).toContain(CONTROL_CHARACTER_MESSAGE);
  });

  it(isMultiLine ? "keeps line breaks and tabs" : "refuses a line break or a tab", () => {
    for (const character of ["\n", "\r\n", "\t"]) {
      const result = schema.safeParse(setAt(valid, field, insertInto(getAt(valid, field), character)));
      const messages = (result.error?.issues ?? []).filter((issue) => issue.path.join(".") === field).map((issue) => issue.message);
      expect(messages.includes(CONTROL_CHARACTER_MESSAGE), JSON.stringify(character)).toBe(!isMultiLine);
    }
  });
});
