import { and, asc, eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { assignments, auditEvents, users } from "@/db/schema";
import { readAuditCsv } from "@/lib/audit/csv";
import { listAuditEvents } from "@/lib/audit/queries";
import { authorizeCredentials } from "@/lib/auth/options";
import { hashPassword } from "@/lib/auth/password";
import { recordAudit } from "@/lib/kernel/audit";
import { digestEmail } from "@/lib/privacy/email-digest";
import { listRubric } from "@/lib/scoring/queries";
import { reopenScoreSheet } from "@/lib/scoring/reopen-sheet";
import { saveScoreSheet } from "@/lib/scoring/save-sheet";
import { parseAuditFilter } from "@/lib/validation/audit-filter";
import { getCommentFieldName, getScoreFieldName } from "@/lib/validation/score-sheet";
import { createEdition, createNomination, createUser } from "../fixtures/factory";
import { describeEachEngine } from "../helpers/db";

describeEachEngine("the audit viewer", (t) => {
  async function setUp(count: number) {
    const admin = await createUser(t.db, [{ role: "admin" }]);
    const edition = await createEdition(t.db, { phase: "draft" });
    // One transaction: every entry gets the same `at`, so the order rests on the id tie-break.
    await t.db.transaction(async (tx) => {
      for (let i = 0; i < count; i++) {
        await recordAudit(tx, { actorUserId: admin.id, editionId: edition.id, action: i % 2 ? "criterion.updated" : "criterion.added", entityType: "criterion", entityId: i });
      }
    });
    return { admin, edition };
  }

  it("pages newest first by keyset, stable when entries are added between pages", async () => {
    const { admin, edition } = await setUp(7);
    const filter = parseAuditFilter({ year: String(edition.year) });
    const first = await listAuditEvents({ db: t.db, viewer: admin, filter, limit: 3 });
    expect(first.rows.map((r) => r.entityId)).toEqual(["6", "5", "4"]);
    await recordAudit(t.db, { actorUserId: admin.id, editionId: edition.id, action: "criterion.added", entityType: "criterion", entityId: 99 });
    const second = await listAuditEvents({ db: t.db, viewer: admin, filter: { ...filter, before: first.nextCursor! }, limit: 3 });
    expect(second.rows.map((r) => r.entityId)).toEqual(["3", "2", "1"]);
    const third = await listAuditEvents({ db: t.db, viewer: admin, filter: { ...filter, before: second.nextCursor! }, limit: 3 });
    expect(third.rows.map((r) => r.entityId)).toEqual(["0"]);
    expect(third.nextCursor).toBeNull();
    const fresh = await listAuditEvents({ db: t.db, viewer: admin, filter, limit: 3 });
    expect(fresh.rows[0]!.entityId).toBe("99");
  });

  it("filters by edition, person (email or #id), action, record and days in Europe/Brussels", async () => {
    const { admin, edition } = await setUp(4);
    const other = await createUser(t.db, [{ role: "admin" }]);
    await recordAudit(t.db, { actorUserId: other.id, editionId: edition.id, action: "criterion.removed", entityType: "criterion", entityId: 2 });
    const list = async (params: Record<string, string>) =>
      (await listAuditEvents({ db: t.db, viewer: admin, filter: parseAuditFilter({ year: String(edition.year), ...params }) })).rows;

    expect(await list({ action: "criterion.added" })).toHaveLength(2);
    expect((await list({ person: `#${other.id}` })).map((r) => r.action)).toEqual(["criterion.removed"]);
    expect((await list({ person: other.email.toUpperCase() })).map((r) => r.action)).toEqual(["criterion.removed"]);
    expect(await list({ person: "nobody@test.invalid" })).toEqual([]);
    expect((await list({ entityType: "criterion", entityId: "2" })).map((r) => r.action)).toEqual(["criterion.removed", "criterion.added"]);
    expect(await list({ year: "2999" })).toEqual([]);

    // 23:30 UTC on 1 March is 00:30 on 2 March in Brussels.
    await t.db.insert(auditEvents).values({ at: new Date("2030-03-01T23:30:00Z"), actorUserId: admin.id, editionId: edition.id, action: "edition.dated", entityType: "edition", entityId: String(edition.id) });
    expect(await list({ action: "edition.dated", from: "2030-03-02", to: "2030-03-02" })).toHaveLength(1);
    expect(await list({ action: "edition.dated", to: "2030-03-01" })).toHaveLength(0);
    expect(await list({ action: "edition.dated", from: "2030-03-03" })).toHaveLength(0);
  });

  it("writes the filtered trail as CSV with quoting and formulas defused", async () => {
    const { admin, edition } = await setUp(0);
    await t.db.update(users).set({ name: "=HYPERLINK(\"http://evil\")" }).where(eq(users.id, admin.id));
    await recordAudit(t.db, { actorUserId: admin.id, editionId: edition.id, action: "criterion.updated", entityType: "criterion", entityId: 1, data: { title: 'Say "hi", then\nleave' } });
    const csv = await readAuditCsv({ db: t.db, viewer: admin, filter: parseAuditFilter({ year: String(edition.year) }) });
    expect(csv.startsWith("\uFEFFEntry,Time (UTC),")).toBe(true);
    expect(csv.match(/\uFEFF/g)).toHaveLength(1);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(csv).toContain(`"title: Say ""hi"", then\nleave"`);
    expect(csv).toContain("changed a criterion");
    expect(csv.trimEnd().split("\r\n")).toHaveLength(2);
  });

  it("refuses anyone but the active secretariat, for the page and the CSV", async () => {
    const edition = await createEdition(t.db, { phase: "draft" });
    const coordinator = await createUser(t.db, [{ role: "coordinator", countryCode: "BE" }]);
    const juror = await createUser(t.db, [{ role: "juror", countryCode: "FR", editionId: edition.id }]);
    const disabledAdmin = await createUser(t.db, [{ role: "admin" }], { isActive: false });
    for (const viewer of [coordinator, juror, disabledAdmin]) {
      await expect(listAuditEvents({ db: t.db, viewer, filter: {} as never })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(readAuditCsv({ db: t.db, viewer, filter: parseAuditFilter({}) })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
  });

  it("keeps a score sheet's history across submission, reopening and a new submission, one entry per save", async () => {
    const admin = await createUser(t.db, [{ role: "admin" }]);
    const edition = await createEdition(t.db, { phase: "jury_scoring" });
    const nomination = await createNomination(t.db, { editionId: edition.id, countryCode: "DK", state: "accepted" });
    const juror = await createUser(t.db, [{ role: "juror", countryCode: "FR", editionId: edition.id }]);
    await t.db.insert(assignments).values({ editionId: edition.id, jurorUserId: juror.id, nominationId: nomination.id, source: "manual" });
    const rubric = await listRubric({ db: t.db, editionId: edition.id });
    const sheet = (values: number[]) =>
      Object.fromEntries([["overallComment", ""], ...rubric.flatMap((c, i) => [[getScoreFieldName(c.id), String(values[i])], [getCommentFieldName(c.id), ""]])]);
    const save = (version: number, intent: "draft" | "submit", values: number[]) =>
      saveScoreSheet({ db: t.db, user: juror, nominationId: nomination.id, version, intent, values: sheet(values) });

    await save(0, "draft", [7, 7, 7, 7, 7]);
    await save(1, "draft", [7, 7, 7, 7, 7]); // unchanged: no entry
    await save(2, "submit", [7, 8, 7, 7, 7]);
    await reopenScoreSheet({ db: t.db, user: juror, nominationId: nomination.id, version: 3 });
    await save(4, "submit", [7, 8, 7, 7, 9]);

    const [row] = await t.db.select({ id: auditEvents.entityId }).from(auditEvents).where(and(eq(auditEvents.editionId, edition.id), eq(auditEvents.action, "sheet.reopen")));
    const history = await listAuditEvents({ db: t.db, viewer: admin, filter: parseAuditFilter({ entityType: "score_sheet", entityId: row!.id }) });
    expect(history.rows.map((r) => r.action)).toEqual(["sheet.submit", "sheet.reopen", "sheet.submit", "sheet.save"]);
    const [resubmit, reopen, submit, draft] = history.rows;
    const [c1, c2, , , c5] = rubric.map((c) => c.id);
    expect(draft!.data).toEqual({ nominationId: nomination.id, version: 1, scoreChanges: rubric.map((c) => ({ criterionId: c.id, before: null, after: 7 })) });
    expect(submit!.data.scoreChanges).toEqual([{ criterionId: c2, before: 7, after: 8 }]);
    expect(reopen!.data.submittedScores).toMatchObject({ [String(c1)]: 7, [String(c2)]: 8 });
    expect(resubmit!.data.scoreChanges).toEqual([{ criterionId: c5, before: 7, after: 9 }]);
  });

  it("records a comment-only draft save as one entry that names no score change", async () => {
    const edition = await createEdition(t.db, { phase: "jury_scoring" });
    const nomination = await createNomination(t.db, { editionId: edition.id, countryCode: "DK", state: "accepted" });
    const juror = await createUser(t.db, [{ role: "juror", countryCode: "FR", editionId: edition.id }]);
    await t.db.insert(assignments).values({ editionId: edition.id, jurorUserId: juror.id, nominationId: nomination.id, source: "manual" });
    const [first] = await listRubric({ db: t.db, editionId: edition.id });
    const values = (comment: string) => ({ overallComment: "", [getScoreFieldName(first!.id)]: "6", [getCommentFieldName(first!.id)]: comment });
    await saveScoreSheet({ db: t.db, user: juror, nominationId: nomination.id, version: 0, intent: "draft", values: values("") });
    await saveScoreSheet({ db: t.db, user: juror, nominationId: nomination.id, version: 1, intent: "draft", values: values("Strong partners") });
    const entries = await t.db.select({ data: auditEvents.data }).from(auditEvents).where(and(eq(auditEvents.editionId, edition.id), eq(auditEvents.action, "sheet.save"))).orderBy(asc(auditEvents.id));
    expect(entries.map((e) => e.data)).toEqual([
      { nominationId: nomination.id, version: 1, scoreChanges: [{ criterionId: first!.id, before: null, after: 6 }] },
      { nominationId: nomination.id, version: 2, scoreChanges: [], commentsChanged: true },
    ]);
    expect(JSON.stringify(entries)).not.toContain("Strong partners");
  });

  it("records sign-ins, successful and failed, with the address and never a password or a typed unknown email", async () => {
    const user = await createUser(t.db, [{ role: "coordinator", countryCode: "BE" }]);
    await t.db.update(users).set({ passwordHash: await hashPassword("right-password-123") }).where(eq(users.id, user.id));
    const admin = await createUser(t.db, [{ role: "admin" }]);
    await authorizeCredentials({ email: user.email, password: "right-password-123" }, t.db, "203.0.113.7");
    await authorizeCredentials({ email: user.email, password: "wrong-password-456" }, t.db, "203.0.113.8");
    const typed = `Someone.${user.id}@Example.org`;
    await authorizeCredentials({ email: typed, password: "guess-789" }, t.db, "203.0.113.9");

    const byAccount = await listAuditEvents({ db: t.db, viewer: admin, filter: parseAuditFilter({ entityType: "user", entityId: String(user.id) }) });
    expect(byAccount.rows.map((r) => [r.action, r.actorUserId, r.data])).toEqual([
      ["auth.sign_in_failed", null, { reason: "wrong_password", clientAddress: "203.0.113.8" }],
      ["auth.sign_in", user.id, { clientAddress: "203.0.113.7" }],
    ]);
    const unknown = await listAuditEvents({ db: t.db, viewer: admin, filter: parseAuditFilter({ entityType: "sign_in", entityId: digestEmail(typed) }) });
    expect(unknown.rows).toHaveLength(1);
    expect(unknown.rows[0]!.data).toEqual({ reason: "unknown_account", clientAddress: "203.0.113.9", emailDigest: digestEmail(typed) });
    const everything = JSON.stringify(await t.db.select({ data: auditEvents.data, entityId: auditEvents.entityId }).from(auditEvents));
    for (const secret of ["right-password-123", "wrong-password-456", "guess-789", typed, typed.toLowerCase()]) expect(everything).not.toContain(secret);
    expect(await t.db.select().from(users).where(eq(users.email, typed))).toEqual([]);
  });
});
