import { asc, eq } from "drizzle-orm";
import { expect, it } from "vitest";
import type { Database } from "@/db/client";
import { auditEvents, criteria, editions, type EditionPhase } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session-user";
import { addCriterion } from "@/lib/editions/add-criterion";
import { moveCriterion } from "@/lib/editions/move-criterion";
import { removeCriterion } from "@/lib/editions/remove-criterion";
import { getRubric, listCriteria } from "@/lib/editions/rubric-queries";
import { updateCriterion } from "@/lib/editions/update-criterion";
import { AppError } from "@/lib/errors";
import type { CriterionFields } from "@/lib/validation/rubric";
import { createEdition, createUser } from "../fixtures/factory";
import { describeEachEngine } from "../helpers/db";

/** The AppError code a promise fails with, or "ok" when it succeeds. */
async function outcomeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "ok";
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
}

const FIELDS: CriterionFields = {
  title: "Sustainability",
  guidance: "The project will go on after its funding ends.",
  weight: 1.5,
  scaleMin: 0,
  scaleMax: 5,
  isCommentRequired: true,
};

async function setUp(db: Database, phase: EditionPhase = "draft") {
  const admin = await createUser(db, [{ role: "admin" }]);
  const edition = await createEdition(db, { phase });
  const rubric = await getRubric({ db, editionId: edition.id, phase });
  return { admin, edition, rubric, base: { db, actor: admin, editionId: edition.id, rubricVersion: rubric.version } };
}

async function listTitles(db: Database, editionId: number) {
  return (await listCriteria({ db, editionId })).map((c) => `${c.position}:${c.title}`);
}

async function listAuditActions(db: Database, editionId: number) {
  const rows = await db
    .select({ action: auditEvents.action, entityType: auditEvents.entityType })
    .from(auditEvents)
    .where(eq(auditEvents.editionId, editionId))
    .orderBy(asc(auditEvents.id));
  return rows.map((row) => `${row.entityType}:${row.action}`);
}

describeEachEngine("rubric: criteria per edition", (t) => {
  it("lists the criteria in order with a version that changes with them", async () => {
    const { edition, rubric, base } = await setUp(t.db);
    expect(rubric.criteria.map((c) => c.position)).toEqual([1, 2, 3, 4, 5]);
    expect(rubric.criteria[0]).toMatchObject({ weight: 1, scaleMin: 1, scaleMax: 10, isCommentRequired: false, guidance: "" });
    expect(rubric.version).toMatch(/^[0-9a-f]{64}$/);
    expect((await getRubric({ db: t.db, editionId: edition.id, phase: "draft" })).version).toBe(rubric.version);
    expect(rubric.isFrozen).toBe(false);
    await updateCriterion({ ...base, criterionId: rubric.criteria[0]!.id, criterion: { ...FIELDS, title: "Criterion 1" } });
    expect((await getRubric({ db: t.db, editionId: edition.id, phase: "draft" })).version).not.toBe(rubric.version);
  });

  it("adds a criterion at the end, with its audit entry", async () => {
    const { edition, base } = await setUp(t.db);
    const created = await addCriterion({ ...base, criterion: FIELDS });
    expect(created.position).toBe(6);
    const [row] = await t.db.select().from(criteria).where(eq(criteria.id, created.id));
    expect(row).toMatchObject({ ...FIELDS, position: 6, editionId: edition.id });
    expect(await listAuditActions(t.db, edition.id)).toEqual(["criterion:criterion.added"]);
  });

  it("edits a criterion in place and records what it was before", async () => {
    const { edition, rubric, base } = await setUp(t.db);
    const target = rubric.criteria[2]!;
    await updateCriterion({ ...base, criterionId: target.id, criterion: FIELDS });
    expect(await listTitles(t.db, edition.id)).toEqual(["1:Criterion 1", "2:Criterion 2", "3:Sustainability", "4:Criterion 4", "5:Criterion 5"]);
    const [audit] = await t.db.select({ data: auditEvents.data }).from(auditEvents).where(eq(auditEvents.editionId, edition.id));
    expect(audit!.data).toMatchObject({ before: { title: "Criterion 3", weight: 1 }, after: { title: "Sustainability", weight: 1.5 } });
  });

  it("removes a criterion and closes the gap, so positions stay 1, 2, 3…", async () => {
    const { edition, rubric, base } = await setUp(t.db);
    await removeCriterion({ ...base, criterionId: rubric.criteria[1]!.id });
    expect(await listTitles(t.db, edition.id)).toEqual(["1:Criterion 1", "2:Criterion 3", "3:Criterion 4", "4:Criterion 5"]);
    expect(await listAuditActions(t.db, edition.id)).toEqual(["criterion:criterion.removed"]);
  });

  it("moves a criterion up and down, and refuses to move past either end", async () => {
    const { edition, rubric, base } = await setUp(t.db);
    const [first, second, , , last] = rubric.criteria;
    await moveCriterion({ ...base, criterionId: second!.id, direction: "up" });
    expect(await listTitles(t.db, edition.id)).toEqual(["1:Criterion 2", "2:Criterion 1", "3:Criterion 3", "4:Criterion 4", "5:Criterion 5"]);

    const again = await getRubric({ db: t.db, editionId: edition.id, phase: "draft" });
    const next = { ...base, rubricVersion: again.version };
    await moveCriterion({ ...next, criterionId: first!.id, direction: "down" });
    expect(await listTitles(t.db, edition.id)).toEqual(["1:Criterion 2", "2:Criterion 3", "3:Criterion 1", "4:Criterion 4", "5:Criterion 5"]);

    const latest = (await getRubric({ db: t.db, editionId: edition.id, phase: "draft" })).version;
    const atTop = moveCriterion({ ...base, rubricVersion: latest, criterionId: second!.id, direction: "up" });
    await expect(atTop).rejects.toMatchObject({ code: "INVALID", message: "This criterion is already the first." });
    const atBottom = moveCriterion({ ...base, rubricVersion: latest, criterionId: last!.id, direction: "down" });
    await expect(atBottom).rejects.toMatchObject({ code: "INVALID", message: "This criterion is already the last." });
  });

  it("refuses an eleventh criterion", async () => {
    const { edition, base } = await setUp(t.db);
    let version = base.rubricVersion;
    for (let i = 6; i <= 10; i++) {
      await addCriterion({ ...base, rubricVersion: version, criterion: { ...FIELDS, title: `Extra ${i}` } });
      version = (await getRubric({ db: t.db, editionId: edition.id, phase: "draft" })).version;
    }
    const eleventh = addCriterion({ ...base, rubricVersion: version, criterion: FIELDS });
    await expect(eleventh).rejects.toMatchObject({ code: "INVALID", message: expect.stringContaining("at most 10 criteria") });
    expect(await listCriteria({ db: t.db, editionId: edition.id })).toHaveLength(10);
  });

  it("refuses a criterion the database would not hold: the CHECKs back the form's rules", async () => {
    const { base } = await setUp(t.db);
    await expect(addCriterion({ ...base, criterion: { ...FIELDS, weight: 0 } })).rejects.toThrow();
    await expect(addCriterion({ ...base, criterion: { ...FIELDS, scaleMin: 5, scaleMax: 5 } })).rejects.toThrow();
  });

  it("refuses an edit made from a rubric someone changed meanwhile", async () => {
    const { edition, rubric, base } = await setUp(t.db);
    await updateCriterion({ ...base, criterionId: rubric.criteria[0]!.id, criterion: { ...FIELDS, title: "First admin's title" } });
    const stale = updateCriterion({ ...base, criterionId: rubric.criteria[0]!.id, criterion: { ...FIELDS, title: "Second admin's title" } });
    await expect(stale).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("changed this rubric meanwhile") });
    expect(await outcomeOf(removeCriterion({ ...base, criterionId: rubric.criteria[4]!.id }))).toBe("CONFLICT");
    expect((await listTitles(t.db, edition.id))[0]).toBe("1:First admin's title");
  });

  it("lets one of two admins saving at once win and refuses the other", async () => {
    const { edition, rubric, base } = await setUp(t.db);
    const other = await createUser(t.db, [{ role: "admin" }]);
    const outcomes = await Promise.all([
      outcomeOf(addCriterion({ ...base, criterion: FIELDS })),
      outcomeOf(moveCriterion({ ...base, actor: other, criterionId: rubric.criteria[0]!.id, direction: "down" })),
    ]);
    expect(outcomes.sort()).toEqual(["CONFLICT", "ok"]);
    expect(await listAuditActions(t.db, edition.id)).toHaveLength(1);
  });

  it.each(["jury_scoring", "deliberation", "published"] as const)("is frozen in phase %s: every change is refused", async (phase) => {
    const { edition, rubric, base } = await setUp(t.db, phase);
    expect(rubric.isFrozen).toBe(true);
    const target = rubric.criteria[0]!.id;
    const attempts = [
      () => addCriterion({ ...base, criterion: FIELDS }),
      () => updateCriterion({ ...base, criterionId: target, criterion: FIELDS }),
      () => removeCriterion({ ...base, criterionId: target }),
      () => moveCriterion({ ...base, criterionId: target, direction: "down" }),
    ];
    for (const attempt of attempts) {
      await expect(attempt()).rejects.toMatchObject({
        code: "CONFLICT",
        message: expect.stringMatching(/^The rubric is frozen because jury scoring has started \(/),
      });
    }
    expect(await listTitles(t.db, edition.id)).toEqual(["1:Criterion 1", "2:Criterion 2", "3:Criterion 3", "4:Criterion 4", "5:Criterion 5"]);
    expect(await listAuditActions(t.db, edition.id)).toEqual([]);
  });

  it("refuses a change once scoring opened after the form was loaded", async () => {
    const { edition, base } = await setUp(t.db, "eligibility");
    await t.db.update(editions).set({ phase: "jury_scoring" }).where(eq(editions.id, edition.id));
    await expect(addCriterion({ ...base, criterion: FIELDS })).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("frozen") });
  });

  it("refuses every write from anyone but an active admin (FORBIDDEN)", async () => {
    const { edition, rubric, base } = await setUp(t.db);
    const admin = base.actor;
    const people: SessionUser[] = [
      await createUser(t.db, [{ role: "coordinator", countryCode: "DK" }]),
      await createUser(t.db, [{ role: "juror", countryCode: "DE", editionId: edition.id }]),
      await createUser(t.db, [{ role: "juror", countryCode: "NL", editionId: edition.id, isChair: true }]),
      { ...admin, isActive: false },
    ];
    const target = rubric.criteria[0]!.id;
    for (const actor of people) {
      const as = { ...base, actor };
      expect(await outcomeOf(addCriterion({ ...as, criterion: FIELDS }))).toBe("FORBIDDEN");
      expect(await outcomeOf(updateCriterion({ ...as, criterionId: target, criterion: FIELDS }))).toBe("FORBIDDEN");
      expect(await outcomeOf(removeCriterion({ ...as, criterionId: target }))).toBe("FORBIDDEN");
      expect(await outcomeOf(moveCriterion({ ...as, criterionId: target, direction: "down" }))).toBe("FORBIDDEN");
    }
    expect(await listCriteria({ db: t.db, editionId: edition.id })).toHaveLength(5);
    expect(await listAuditActions(t.db, edition.id)).toEqual([]);
  });
});
