import { asc, eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { auditEvents, criteria, editions, frozenResults, jobs, mailTemplates, prizes } from "@/db/schema";
import { formatLocalDateTime } from "@/lib/domain/edition-time";
import { copyEdition } from "@/lib/editions/copy-edition";
import { createEdition as createEditionCommand } from "@/lib/editions/create-edition";
import { deleteEdition } from "@/lib/editions/delete-edition";
import { getPhaseReadiness } from "@/lib/editions/phase-readiness";
import { getEditionSettings } from "@/lib/editions/settings-queries";
import { updateEdition } from "@/lib/editions/update-edition";
import { AppError } from "@/lib/errors";
import { toFieldErrors } from "@/lib/validation/field-errors";
import { createEditionSchema, editionSettingsSchema, type EditionSettingsFormValues } from "@/lib/validation/edition";
import { createEdition, createNomination, createUser } from "../fixtures/factory";
import { insertSheet, setUpScoringEdition } from "../fixtures/jury";
import { describeEachEngine } from "../helpers/db";

/** What the settings form sends for a year, in Brussels time. */
function formValues(year: number, overrides: Partial<EditionSettingsFormValues> = {}): EditionSettingsFormValues {
  return {
    theme: `Theme ${year}`,
    description: "A paragraph on the theme.",
    presidencyCountryCode: "PT",
    timeZone: "Europe/Brussels",
    nationalCallOpensOn: `${year}-03-01`,
    nationalCallClosesOn: `${year}-06-30`,
    submissionDeadline: `${year}-09-30T23:59`,
    gracePeriodMinutes: "15",
    eligibilityDeadline: `${year}-10-15T17:00`,
    juryDeadline: `${year}-11-10T17:00`,
    juryMeetingOn: `${year}-11-20`,
    ceremonyStartsOn: `${year}-12-03`,
    ceremonyEndsOn: `${year}-12-04`,
    ceremonyPlace: "Lisbon",
    descriptionWordLimit: "600",
    answerWordLimit: "500",
    awardedPlaces: "3",
    prizes: ["EUR 10,000 and a trophy", "EUR 5,000", "EUR 5,000"],
    maxVotingJurors: "8",
    scoreVisibility: "own_only",
    isNormalised: false,
    assignmentMode: "all",
    jurorsPerDossier: "",
    contactRetentionMonths: "24",
    tieBreak1: "median",
    tieBreak2: "criterion:1",
    tieBreak3: "top_marks",
    ...overrides,
  };
}

const settingsFor = (year: number, overrides: Partial<EditionSettingsFormValues> = {}) => editionSettingsSchema.parse(formValues(year, overrides));

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "ok";
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
}

describeEachEngine("editions: create, edit, copy and delete", (t) => {
  const auditOf = async (editionId: number) =>
    (await t.db.select({ action: auditEvents.action, data: auditEvents.data }).from(auditEvents).where(eq(auditEvents.editionId, editionId)).orderBy(asc(auditEvents.id)));

  it("creates a draft edition with its dates read in its zone, its prizes and an audit entry", async () => {
    const admin = await createUser(t.db, [{ role: "admin" }]);
    const created = await createEditionCommand({ db: t.db, actor: admin, year: 2161, settings: settingsFor(2161) });
    const settings = (await getEditionSettings({ db: t.db, editionId: created!.id }))!;
    expect(settings).toMatchObject({ phase: "draft", theme: "Theme 2161", presidencyCountryCode: "PT", tieBreakChain: ["median", "criterion:1", "top_marks"], gracePeriodMinutes: 15 });
    // 23:59 in Brussels in summer time is 21:59 UTC.
    expect(settings.submissionDeadline.toISOString()).toBe("2161-09-30T21:59:00.000Z");
    expect(settings.juryDeadline.toISOString()).toBe("2161-11-10T16:00:00.000Z");
    expect(settings.prizes.map((p) => p.rank)).toEqual([1, 2, 3]);
    expect((await auditOf(created!.id)).map((a) => a.action)).toEqual(["edition.created"]);
  });

  it("answers invalid input field by field", () => {
    const result = createEditionSchema.safeParse({
      ...formValues(2162, { theme: "", timeZone: "Mars/Olympus", awardedPlaces: "0", submissionDeadline: "2162-09-31T10:00" }),
      year: "1890",
    });
    expect(result.success).toBe(false);
    const errors = toFieldErrors(result.error!);
    expect(Object.keys(errors).sort()).toEqual(["awardedPlaces", "submissionDeadline", "theme", "timeZone", "year"]);
    expect(errors.timeZone).toEqual(["Enter a time zone by its IANA name, such as Europe/Brussels or Europe/Lisbon."]);
    const crossField = editionSettingsSchema.safeParse(formValues(2162, { juryDeadline: "2162-09-01T10:00", tieBreak2: "median", ceremonyEndsOn: "2162-12-01" }));
    expect(Object.keys(toFieldErrors(crossField.error!)).sort()).toEqual(["ceremonyEndsOn", "eligibilityDeadline", "juryDeadline", "tieBreak2"]);
  });

  it("refuses a second edition of the same year, and anyone but the secretariat", async () => {
    const admin = await createUser(t.db, [{ role: "admin" }]);
    await createEditionCommand({ db: t.db, actor: admin, year: 2163, settings: settingsFor(2163) });
    await expect(createEditionCommand({ db: t.db, actor: admin, year: 2163, settings: settingsFor(2163) })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("An edition for 2163 already exists"),
    });
    const coordinator = await createUser(t.db, [{ role: "coordinator", countryCode: "PT" }]);
    expect(await codeOf(createEditionCommand({ db: t.db, actor: coordinator, year: 2164, settings: settingsFor(2164) }))).toBe("FORBIDDEN");
    const edition = await createEdition(t.db, { phase: "draft" });
    expect(await codeOf(updateEdition({ db: t.db, actor: coordinator, editionId: edition.id, version: 1, settings: settingsFor(2165) }))).toBe("FORBIDDEN");
    expect(await codeOf(copyEdition({ db: t.db, actor: coordinator, editionId: edition.id, year: 2166 }))).toBe("FORBIDDEN");
    expect(await codeOf(deleteEdition({ db: t.db, actor: coordinator, editionId: edition.id, version: 1 }))).toBe("FORBIDDEN");
    expect(await t.db.select().from(editions).where(eq(editions.year, 2164))).toEqual([]);
  });

  it("saves an edit with the version it was made from, and refuses a stale one as a conflict", async () => {
    const admin = await createUser(t.db, [{ role: "admin" }]);
    const created = (await createEditionCommand({ db: t.db, actor: admin, year: 2167, settings: settingsFor(2167) }))!;
    const saved = await updateEdition({ db: t.db, actor: admin, editionId: created.id, version: 1, settings: settingsFor(2167, { theme: "New theme", prizes: ["Trophy"] }) });
    expect(saved).toMatchObject({ version: 2, changed: ["theme", "prizes"] });
    const stale = updateEdition({ db: t.db, actor: admin, editionId: created.id, version: 1, settings: settingsFor(2167, { theme: "Overwrite" }) });
    await expect(stale).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("Someone else changed") });
    const settings = (await getEditionSettings({ db: t.db, editionId: created.id }))!;
    expect(settings).toMatchObject({ theme: "New theme", version: 2, prizes: [{ rank: 1, description: "Trophy" }] });
    const audit = await auditOf(created.id);
    expect(audit.map((a) => a.action)).toEqual(["edition.created", "edition.edit"]);
    expect(audit[1]!.data).toMatchObject({ before: { theme: "Theme 2167" }, after: { theme: "New theme" } });
  });

  it("refuses a change the phase has locked, and keeps the ones it allows", async () => {
    const admin = await createUser(t.db, [{ role: "admin" }]);
    const edition = await createEdition(t.db, { phase: "jury_scoring", year: 2168, submissionDeadline: new Date("2168-09-30T21:59:30Z"), juryDeadline: new Date("2168-11-10T16:00:00Z") });
    const current = (await getEditionSettings({ db: t.db, editionId: edition.id }))!;
    const unchanged = {
      theme: current.theme,
      presidencyCountryCode: current.presidencyCountryCode,
      submissionDeadline: formatLocalDateTime(current.submissionDeadline, "Europe/Brussels"),
      juryDeadline: formatLocalDateTime(current.juryDeadline, "Europe/Brussels"),
      eligibilityDeadline: "",
      ceremonyStartsOn: current.ceremonyStartsOn,
      ceremonyEndsOn: "",
      nationalCallOpensOn: "",
      nationalCallClosesOn: "",
      juryMeetingOn: "",
      ceremonyPlace: "",
      description: "",
      gracePeriodMinutes: "0",
      prizes: [],
    };
    const locked = updateEdition({ db: t.db, actor: admin, editionId: edition.id, version: 1, settings: settingsFor(2168, { ...unchanged, tieBreak1: "top_marks", tieBreak2: "", tieBreak3: "" }) });
    await expect(locked).rejects.toMatchObject({ code: "CONFLICT", fieldErrors: { tieBreakChain: [expect.stringContaining("Jury scoring phase")] } });
    // The same form with the chain as it was saves: the deadline's stored seconds are kept, the place changes.
    const saved = await updateEdition({ db: t.db, actor: admin, editionId: edition.id, version: 1, settings: settingsFor(2168, { ...unchanged, ceremonyPlace: "Porto" }) });
    expect(saved.changed).toEqual(["ceremonyPlace"]);
    const after = (await getEditionSettings({ db: t.db, editionId: edition.id }))!;
    expect(after.submissionDeadline.toISOString()).toBe("2168-09-30T21:59:30.000Z");
  });

  it("copies an edition to next year: a draft with the rubric, prizes and settings, every date a year on", async () => {
    const admin = await createUser(t.db, [{ role: "admin" }]);
    const source = (await createEditionCommand({ db: t.db, actor: admin, year: 2170, settings: settingsFor(2170, { isNormalised: true, tieBreak3: "" }) }))!;
    await t.db.insert(criteria).values([
      { editionId: source.id, position: 1, title: "Prevention", guidance: "How it prevents crime.", weight: 2, scaleMin: 0, scaleMax: 5 },
      { editionId: source.id, position: 2, title: "Innovation" },
    ]);
    const editor = await createUser(t.db, [{ role: "admin" }]);
    await t.db.insert(mailTemplates).values({ editionId: source.id, kind: "jury-reminder", subject: "Scores due {{deadline}}", body: "Dear {{name}},\n{{link}}", version: 4, updatedByUserId: editor.id });
    await t.db.update(editions).set({ phase: "published", publishedAt: new Date(), juryStatement: "Old statement" }).where(eq(editions.id, source.id));
    const copied = (await copyEdition({ db: t.db, actor: admin, editionId: source.id, year: 2171 }))!;
    expect(copied).toMatchObject({ year: 2171, criterionCount: 2 });
    const copy = (await getEditionSettings({ db: t.db, editionId: copied.id }))!;
    expect(copy).toMatchObject({
      phase: "draft",
      version: 1,
      theme: "Theme 2170",
      isNormalised: true,
      tieBreakChain: ["median", "criterion:1"],
      nationalCallOpensOn: "2171-03-01",
      ceremonyStartsOn: "2171-12-03",
      ceremonyEndsOn: "2171-12-04",
      juryMeetingOn: "2171-11-20",
      publishedAt: null,
      criterionTitles: ["Prevention", "Innovation"],
    });
    expect(formatLocalDateTime(copy.submissionDeadline, "Europe/Brussels")).toBe("2171-09-30T23:59");
    expect(formatLocalDateTime(copy.eligibilityDeadline!, "Europe/Brussels")).toBe("2171-10-15T17:00");
    const rubric = await t.db.select().from(criteria).where(eq(criteria.editionId, copied.id)).orderBy(asc(criteria.position));
    expect(rubric[0]).toMatchObject({ title: "Prevention", guidance: "How it prevents crime.", weight: 2, scaleMin: 0, scaleMax: 5 });
    expect((await t.db.select().from(prizes).where(eq(prizes.editionId, copied.id))).length).toBe(3);
    // The edited message comes along as the new edition's first version, by whoever made the copy.
    const templates = await t.db.select().from(mailTemplates).where(eq(mailTemplates.editionId, copied.id));
    expect(templates).toEqual([expect.objectContaining({ kind: "jury-reminder", subject: "Scores due {{deadline}}", body: "Dear {{name}},\n{{link}}", version: 1, updatedByUserId: admin.id })]);
    expect((await t.db.select().from(mailTemplates).where(eq(mailTemplates.editionId, source.id)))[0]!.version).toBe(4);
    const [row] = await t.db.select({ juryStatement: editions.juryStatement }).from(editions).where(eq(editions.id, copied.id));
    expect(row!.juryStatement).toBe("");
    expect((await auditOf(source.id)).map((a) => a.action)).toContain("edition.copy");
    expect((await auditOf(copied.id))[0]).toMatchObject({ action: "edition.created", data: { copiedFromEditionId: source.id } });
  });

  it("refuses a copy to a year that exists, saying so", async () => {
    const admin = await createUser(t.db, [{ role: "admin" }]);
    const source = await createEdition(t.db, { year: 2172 });
    await createEdition(t.db, { year: 2173 });
    await expect(copyEdition({ db: t.db, actor: admin, editionId: source.id, year: 2173 })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "An edition for 2173 already exists. Open it from the editions list, or choose another year.",
    });
  });

  it("deletes a draft edition and keeps its audit trail; refuses a stale version and any later phase", async () => {
    const admin = await createUser(t.db, [{ role: "admin" }]);
    const draft = (await createEditionCommand({ db: t.db, actor: admin, year: 2174, settings: settingsFor(2174) }))!;
    expect(await codeOf(deleteEdition({ db: t.db, actor: admin, editionId: draft.id, version: 7 }))).toBe("CONFLICT");
    await t.db.insert(jobs).values({ kind: "publication", key: `edition:${draft.id}`, payload: { editionId: draft.id, embargoAt: "2174-12-04T18:00:00.000Z" } });
    await deleteEdition({ db: t.db, actor: admin, editionId: draft.id, version: 1 });
    expect(await t.db.select().from(jobs).where(eq(jobs.key, `edition:${draft.id}`))).toEqual([]);
    expect(await t.db.select().from(editions).where(eq(editions.id, draft.id))).toEqual([]);
    expect((await auditOf(draft.id)).map((a) => a.action)).toEqual(["edition.created", "edition.delete"]);

    const open = await createEdition(t.db, { phase: "nominations_open" });
    await expect(deleteEdition({ db: t.db, actor: admin, editionId: open.id, version: 1 })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("Only a draft edition can be deleted"),
    });
    expect((await t.db.select().from(editions).where(eq(editions.id, open.id))).length).toBe(1);
  });

  it("counts the assigned sheets not submitted yet, each juror's own", async () => {
    const { edition, jurors, dossiers } = await setUpScoringEdition(t.db, { jurors: ["DE", "FR"], dossiers: ["AT", "BE"] });
    await insertSheet(t.db, { editionId: edition.id, nominationId: dossiers.AT!, jurorUserId: jurors.DE!.id, state: "submitted" });
    await insertSheet(t.db, { editionId: edition.id, nominationId: dossiers.BE!, jurorUserId: jurors.DE!.id, state: "draft" });
    await insertSheet(t.db, { editionId: edition.id, nominationId: dossiers.BE!, jurorUserId: jurors.FR!.id, state: "submitted" });
    // Open: DE's draft on BE and FR's missing sheet on AT. Another juror's submitted sheet covers nobody else's.
    expect((await getPhaseReadiness({ db: t.db, editionId: edition.id })).openSheetCount).toBe(2);
  });

  it("gathers what blocks the next phase", async () => {
    const edition = await createEdition(t.db, { phase: "eligibility" });
    await createNomination(t.db, { editionId: edition.id, countryCode: "DK", state: "submitted" });
    await createNomination(t.db, { editionId: edition.id, countryCode: "FR", state: "accepted" });
    const readiness = await getPhaseReadiness({ db: t.db, editionId: edition.id });
    expect(readiness).toMatchObject({ undecidedNominationCount: 1, submittedCompetingCount: 2, acceptedCompetingCount: 1, votingJurorCount: 0, openSheetCount: 0, isFrozen: false });
    await createUser(t.db, [{ role: "juror", countryCode: "DE", editionId: edition.id }]);
    expect((await getPhaseReadiness({ db: t.db, editionId: edition.id })).votingJurorCount).toBe(1);
    const sealed = await createEdition(t.db, { phase: "deliberation" });
    await t.db.insert(frozenResults).values({ editionId: sealed.id, snapshot: {}, fingerprint: "x" });
    expect((await getPhaseReadiness({ db: t.db, editionId: sealed.id })).isFrozen).toBe(true);
  });
});
