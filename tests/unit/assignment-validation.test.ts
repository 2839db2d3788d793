import { describe, expect, it } from "vitest";
import { z } from "zod";
import { adminConflictSchema, assignmentSettingsSchema, closeJurySchema } from "@/lib/validation/assignments";

const fieldErrorsOf = (result: { success: boolean; error?: z.ZodError }) =>
  result.error ? (z.flattenError(result.error).fieldErrors as Record<string, string[] | undefined>) : {};

describe("assignmentSettingsSchema", () => {
  const base = { editionId: "3", version: "2" };

  it("drops the number of jurors in mode all", () => {
    expect(assignmentSettingsSchema.parse({ ...base, mode: "all", jurorsPerDossier: "abc" })).toEqual({
      editionId: 3,
      version: 2,
      mode: "all",
      jurorsPerDossier: null,
    });
  });

  it("turns the number into an integer in mode per_dossier", () => {
    expect(assignmentSettingsSchema.parse({ ...base, mode: "per_dossier", jurorsPerDossier: " 4 " }).jurorsPerDossier).toBe(4);
  });

  it.each(["", "0", "2.5", "-1", "51", "1e1"])("refuses %j jurors per dossier on its field", (value) => {
    const result = assignmentSettingsSchema.safeParse({ ...base, mode: "per_dossier", jurorsPerDossier: value });
    expect(result.success).toBe(false);
    expect(fieldErrorsOf(result).jurorsPerDossier?.[0]).toMatch(/whole number of jurors between 1 and 50/);
  });

  it("refuses an unknown mode", () => {
    expect(assignmentSettingsSchema.safeParse({ ...base, mode: "random", jurorsPerDossier: "" }).success).toBe(false);
  });
});

describe("adminConflictSchema", () => {
  it("reports every missing field at once", () => {
    const errors = fieldErrorsOf(adminConflictSchema.safeParse({ editionId: 1, jurorUserId: "", nominationId: "", reason: "  " }));
    expect(Object.keys(errors).sort()).toEqual(["jurorUserId", "nominationId", "reason"]);
    expect(errors.jurorUserId).toEqual(["Choose a juror."]);
  });
});

describe("closeJurySchema", () => {
  it("needs a reason only when the close is forced", () => {
    expect(closeJurySchema.safeParse({ editionId: 1, version: 1, isForced: false, reason: "" }).success).toBe(true);
    const forced = closeJurySchema.safeParse({ editionId: 1, version: 1, isForced: "true", reason: " " });
    expect(fieldErrorsOf(forced).reason).toEqual(["Give the reason for closing the jury before every sheet is submitted."]);
  });
});
