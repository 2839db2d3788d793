import { and, eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { assignments, conflicts, editions, frozenResults } from "@/db/schema";
import { addAssignment } from "@/lib/jury/add-assignment";
import { removeAssignment } from "@/lib/jury/remove-assignment";
import { getAssignmentMatrix } from "@/lib/jury/assignment-matrix";
import { generateAssignments } from "@/lib/jury/generate-assignments";
import { updateAssignmentSettings } from "@/lib/jury/update-assignment-settings";
import { addAdminConflict } from "@/lib/jury/add-conflict";
import { listEditionConflicts } from "@/lib/jury/conflict-queries";
import { createEdition, createNomination, createUser } from "../fixtures/factory";
import { getSheet, insertSheet, listAssignedPairs, listAuditActions, outcomeOf, setUpScoringEdition } from "../fixtures/jury";
import { describeEachEngine } from "../helpers/db";

describeEachEngine("assignments: generation when scoring opens", (t) => {
  it("mode all gives every voting juror every accepted dossier except their own country's, and records own-country conflicts", async () => {
    const { edition, jurors, experts, dossiers } = await setUpScoringEdition(t.db, {
      jurors: ["FR", "DE"],
      experts: ["NL"],
      dossiers: ["BE", "DE", "FR", "NL"],
    });
    // Neither a rejected nor an additional project is ever assigned.
    await createNomination(t.db, { editionId: edition.id, countryCode: "PL", kind: "additional", state: "accepted" });
    await generateAssignments({ db: t.db, user: (await createUser(t.db, [{ role: "admin" }])), editionId: edition.id });

    expect(await listAssignedPairs(t.db, edition.id, { ...jurors, ...experts }, dossiers)).toEqual([
      "DE→BE",
      "DE→FR",
      "DE→NL",
      "FR→BE",
      "FR→DE",
      "FR→NL",
    ]);
    const own = await t.db
      .select({ jurorUserId: conflicts.jurorUserId, nominationId: conflicts.nominationId, source: conflicts.source })
      .from(conflicts)
      .where(eq(conflicts.editionId, edition.id));
    expect(own).toHaveLength(3);
    expect(own).toEqual(
      expect.arrayContaining([
        { jurorUserId: jurors.FR!.id, nominationId: dossiers.FR, source: "own_country" },
        { jurorUserId: jurors.DE!.id, nominationId: dossiers.DE, source: "own_country" },
        { jurorUserId: experts.NL!.id, nominationId: dossiers.NL, source: "own_country" },
      ]),
    );
    const actions = (await listAuditActions(t.db, edition.id)).map((a) => a.action);
    expect(actions).toContain("assignments.generated");
  });

  it("mode per_dossier gives each dossier N jurors, never their own country, with loads within one", async () => {
    const { edition, jurors, dossiers } = await setUpScoringEdition(t.db, {
      jurors: ["FR", "DE", "IT", "SE"],
      dossiers: ["BE", "DE", "FR", "NL", "PL", "AT"],
      mode: "per_dossier",
      jurorsPerDossier: 2,
    });
    const pairs = await listAssignedPairs(t.db, edition.id, jurors, dossiers);
    expect(pairs).toHaveLength(12);
    for (const country of Object.keys(dossiers)) expect(pairs.filter((p) => p.endsWith(`→${country}`))).toHaveLength(2);
    for (const country of Object.keys(jurors)) expect(pairs).not.toContain(`${country}→${country}`);
    const loads = Object.keys(jurors).map((c) => pairs.filter((p) => p.startsWith(`${c}→`)).length);
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
  });

  it("regenerating keeps manual assignments and any with a sheet, and never touches a submitted sheet", async () => {
    const { edition, admin, jurors, dossiers } = await setUpScoringEdition(t.db, { jurors: ["FR", "DE", "IT"], dossiers: ["BE", "NL", "PL"] });
    const sheetId = await insertSheet(t.db, { editionId: edition.id, nominationId: dossiers.PL!, jurorUserId: jurors.IT!.id, state: "submitted" });
    const { version } = await updateAssignmentSettings({ db: t.db, user: admin, editionId: edition.id, version: edition.version, mode: "per_dossier", jurorsPerDossier: 1 });
    expect(version).toBe(edition.version + 1);
    await removeAssignment({ db: t.db, user: admin, editionId: edition.id, jurorUserId: jurors.FR!.id, nominationId: dossiers.BE! });
    await addAssignment({ db: t.db, user: admin, editionId: edition.id, jurorUserId: jurors.FR!.id, nominationId: dossiers.BE! });

    const summary = await generateAssignments({ db: t.db, user: admin, editionId: edition.id });
    const pairs = await listAssignedPairs(t.db, edition.id, jurors, dossiers);
    expect(pairs).toContain("FR→BE");
    expect(pairs).toContain("IT→PL");
    expect(pairs).toHaveLength(3);
    expect(summary).toMatchObject({ mode: "per_dossier", jurorsPerDossier: 1, total: 3 });
    expect(await getSheet(t.db, sheetId)).toEqual({ state: "submitted", isExcluded: false, exclusionReason: null });
    const [manual] = await t.db
      .select({ source: assignments.source })
      .from(assignments)
      .where(and(eq(assignments.jurorUserId, jurors.FR!.id), eq(assignments.nominationId, dossiers.BE!)));
    expect(manual?.source).toBe("manual");
  });
});

describeEachEngine("assignments: single changes", (t) => {
  it("removing an assignment with a submitted sheet keeps the sheet, excludes it with a reason and audits both", async () => {
    const { edition, admin, jurors, dossiers } = await setUpScoringEdition(t.db, { jurors: ["FR"], dossiers: ["BE", "NL"] });
    const sheetId = await insertSheet(t.db, { editionId: edition.id, nominationId: dossiers.BE!, jurorUserId: jurors.FR!.id, state: "submitted" });
    const result = await removeAssignment({ db: t.db, user: admin, editionId: edition.id, jurorUserId: jurors.FR!.id, nominationId: dossiers.BE! });
    expect(result).toEqual({ excludedSheetState: "submitted" });
    expect(await getSheet(t.db, sheetId)).toEqual({ state: "submitted", isExcluded: true, exclusionReason: "Assignment removed by the secretariat." });
    expect(await listAssignedPairs(t.db, edition.id, jurors, dossiers)).toEqual(["FR→NL"]);
    const audit = await listAuditActions(t.db, edition.id);
    expect(audit).toContainEqual(
      expect.objectContaining({ action: "sheet.excluded", entityType: "score_sheet", entityId: String(sheetId), data: expect.objectContaining({ state: "submitted" }) }),
    );
    expect(audit).toContainEqual(expect.objectContaining({ action: "assignment.removed", data: expect.objectContaining({ excludedSheetId: sheetId }) }));

    // Giving the dossier back restores the sheet the removal had excluded.
    expect(await addAssignment({ db: t.db, user: admin, editionId: edition.id, jurorUserId: jurors.FR!.id, nominationId: dossiers.BE! })).toMatchObject({ isSheetRestored: true });
    expect(await getSheet(t.db, sheetId)).toMatchObject({ isExcluded: false, exclusionReason: null });
  });

  it("refuses to assign a juror their own country's dossier or a conflicted one, and a pair twice", async () => {
    const { edition, admin, jurors, dossiers } = await setUpScoringEdition(t.db, { jurors: ["FR", "DE"], dossiers: ["FR", "BE"] });
    const add = (juror: string, dossier: string) =>
      outcomeOf(addAssignment({ db: t.db, user: admin, editionId: edition.id, jurorUserId: jurors[juror]!.id, nominationId: dossiers[dossier]! }));
    expect(await add("FR", "FR")).toBe("CONFLICT");
    await addAdminConflict({ db: t.db, user: admin, editionId: edition.id, jurorUserId: jurors.DE!.id, nominationId: dossiers.BE!, reason: "Former colleague" });
    expect(await add("DE", "BE")).toBe("CONFLICT");
    expect(await add("FR", "BE")).toBe("CONFLICT");
    expect(await listAssignedPairs(t.db, edition.id, jurors, dossiers)).toEqual(["DE→FR", "FR→BE"]);
  });

  it("refuses a dossier of another edition or a person who is not on the jury", async () => {
    const { edition, admin, jurors, dossiers } = await setUpScoringEdition(t.db, { jurors: ["FR"], dossiers: ["BE"] });
    const other = await createEdition(t.db, { phase: "jury_scoring" });
    const elsewhere = await createNomination(t.db, { editionId: other.id, countryCode: "NL", state: "accepted" });
    const outsider = await createUser(t.db, [{ role: "juror", countryCode: "DE", editionId: other.id }]);
    expect(await outcomeOf(addAssignment({ db: t.db, user: admin, editionId: edition.id, jurorUserId: jurors.FR!.id, nominationId: elsewhere.id }))).toBe("NOT_FOUND");
    expect(await outcomeOf(addAssignment({ db: t.db, user: admin, editionId: edition.id, jurorUserId: outsider.id, nominationId: dossiers.BE! }))).toBe("NOT_FOUND");
  });

  it("refuses every change outside jury scoring and once the result is frozen", async () => {
    const { edition, admin, jurors, dossiers } = await setUpScoringEdition(t.db, { jurors: ["FR"], dossiers: ["BE"] });
    const pair = { db: t.db, user: admin, editionId: edition.id, jurorUserId: jurors.FR!.id, nominationId: dossiers.BE! };
    await t.db.update(editions).set({ phase: "published", publishedAt: new Date() }).where(eq(editions.id, edition.id));
    expect(await outcomeOf(removeAssignment(pair))).toBe("CONFLICT");
    expect(await outcomeOf(generateAssignments({ db: t.db, user: admin, editionId: edition.id }))).toBe("CONFLICT");
    expect(await outcomeOf(addAdminConflict({ ...pair, reason: "Late" }))).toBe("CONFLICT");
    expect(await outcomeOf(updateAssignmentSettings({ db: t.db, user: admin, editionId: edition.id, version: edition.version, mode: "all", jurorsPerDossier: null }))).toBe("CONFLICT");

    // Even in scoring, the database's freeze guard is turned into a clear refusal.
    await t.db.update(editions).set({ phase: "jury_scoring", publishedAt: null }).where(eq(editions.id, edition.id));
    await t.db.insert(frozenResults).values({ editionId: edition.id, snapshot: {}, fingerprint: "test" });
    await expect(removeAssignment(pair)).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("frozen") });
    expect(await listAssignedPairs(t.db, edition.id, jurors, dossiers)).toEqual(["FR→BE"]);
  });

  it("refuses a stale settings form as a conflict", async () => {
    const { edition, admin } = await setUpScoringEdition(t.db, { jurors: ["FR"], dossiers: ["BE"] });
    const stale = updateAssignmentSettings({ db: t.db, user: admin, editionId: edition.id, version: edition.version - 1, mode: "per_dossier", jurorsPerDossier: 2 });
    expect(await outcomeOf(stale)).toBe("CONFLICT");
  });
});

describeEachEngine("assignments: conflicts added by the secretariat", (t) => {
  it("takes the dossier away, excludes the juror's sheet, and lists the conflict with its source", async () => {
    const { edition, admin, jurors, dossiers } = await setUpScoringEdition(t.db, { jurors: ["FR", "DE"], dossiers: ["BE", "DE"] });
    const sheetId = await insertSheet(t.db, { editionId: edition.id, nominationId: dossiers.BE!, jurorUserId: jurors.FR!.id, state: "submitted" });
    const result = await addAdminConflict({
      db: t.db,
      user: admin,
      editionId: edition.id,
      jurorUserId: jurors.FR!.id,
      nominationId: dossiers.BE!,
      reason: "Advised the project in 2024",
    });
    expect(result).toMatchObject({ isAssignmentRemoved: true, excludedSheetState: "submitted" });
    expect(await getSheet(t.db, sheetId)).toEqual({
      state: "submitted",
      isExcluded: true,
      exclusionReason: "Conflict of interest added by the secretariat: Advised the project in 2024",
    });
    expect(await listAssignedPairs(t.db, edition.id, jurors, dossiers)).not.toContain("FR→BE");
    const audit = (await listAuditActions(t.db, edition.id)).map((a) => a.action);
    expect(audit).toEqual(expect.arrayContaining(["conflict.added", "sheet.excluded", "assignment.removed"]));

    const listed = await listEditionConflicts({ db: t.db, editionId: edition.id });
    expect(listed.map((c) => [c.jurorUserId, c.nominationId, c.source]).sort()).toEqual(
      [
        [jurors.DE!.id, dossiers.DE, "own_country"],
        [jurors.FR!.id, dossiers.BE, "admin"],
      ].sort(),
    );
    expect(listed.find((c) => c.source === "admin")).toMatchObject({ reason: "Advised the project in 2024", createdByName: admin.name, jurorCountryName: "France" });
    // The same conflict twice is refused plainly.
    expect(
      await outcomeOf(addAdminConflict({ db: t.db, user: admin, editionId: edition.id, jurorUserId: jurors.FR!.id, nominationId: dossiers.BE!, reason: "Again" })),
    ).toBe("CONFLICT");
  });

  it("shows conflicts and sheet states in the matrix", async () => {
    const { edition, jurors, dossiers } = await setUpScoringEdition(t.db, { jurors: ["FR"], dossiers: ["BE", "FR"] });
    await insertSheet(t.db, { editionId: edition.id, nominationId: dossiers.BE!, jurorUserId: jurors.FR!.id, state: "draft" });
    const matrix = await getAssignmentMatrix({ db: t.db, editionId: edition.id });
    expect(matrix.assignments).toEqual([{ jurorUserId: jurors.FR!.id, nominationId: dossiers.BE, source: "auto" }]);
    expect(matrix.conflicts).toEqual([{ jurorUserId: jurors.FR!.id, nominationId: dossiers.FR, source: "own_country" }]);
    expect(matrix.sheets).toEqual([{ jurorUserId: jurors.FR!.id, nominationId: dossiers.BE, state: "draft", isExcluded: false }]);
  });
});

describeEachEngine("assignments: only the secretariat", (t) => {
  it("refuses coordinators, jurors, the chair and a disabled admin with FORBIDDEN and changes nothing", async () => {
    const { edition, jurors, dossiers } = await setUpScoringEdition(t.db, { jurors: ["FR", "DE"], dossiers: ["BE"] });
    const chair = await createUser(t.db, [{ role: "juror", countryCode: "IT", editionId: edition.id, isChair: true }]);
    const coordinator = await createUser(t.db, [{ role: "coordinator", countryCode: "BE" }]);
    const admin = await createUser(t.db, [{ role: "admin" }]);
    const pair = { editionId: edition.id, jurorUserId: jurors.FR!.id, nominationId: dossiers.BE! };
    for (const user of [coordinator, jurors.DE!, chair, { ...admin, isActive: false }]) {
      expect(await outcomeOf(generateAssignments({ db: t.db, user, editionId: edition.id }))).toBe("FORBIDDEN");
      expect(await outcomeOf(removeAssignment({ db: t.db, user, ...pair }))).toBe("FORBIDDEN");
      expect(await outcomeOf(addAssignment({ db: t.db, user, ...pair }))).toBe("FORBIDDEN");
      expect(await outcomeOf(addAdminConflict({ db: t.db, user, ...pair, reason: "No" }))).toBe("FORBIDDEN");
      expect(
        await outcomeOf(updateAssignmentSettings({ db: t.db, user, editionId: edition.id, version: edition.version, mode: "all", jurorsPerDossier: null })),
      ).toBe("FORBIDDEN");
    }
    expect(await listAssignedPairs(t.db, edition.id, jurors, dossiers)).toEqual(["DE→BE", "FR→BE"]);
  });
});
