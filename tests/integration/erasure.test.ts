import { and, eq, sql } from "drizzle-orm";
import { expect, it } from "vitest";
import type { Database } from "@/db/client";
import { accountTokens, auditEvents, awards, editions, frozenResults, mailOutbox, memberships, nominations, personErasures, scoreSheets, scores, signInAttempts, users } from "@/db/schema";
import { listAuditEvents } from "@/lib/audit/queries";
import { hashPassword } from "@/lib/auth/password";
import { consumeSignInAttempt, getAccountAttemptKey } from "@/lib/auth/sign-in-throttle";
import { fingerprint } from "@/lib/domain/fingerprint";
import { JOB_KINDS } from "@/lib/jobs/kinds";
import { ensureJob } from "@/lib/jobs/queue";
import { runDueJobs } from "@/lib/jobs/runner";
import { recordAudit } from "@/lib/kernel/audit";
import { enqueueMail } from "@/lib/mail/outbox";
import { createInvitationToken } from "@/lib/people/account-tokens";
import { getPerson, listPeople } from "@/lib/people/directory-queries";
import { ERASED_MAIL_BODY, erasePerson } from "@/lib/people/erase";
import { applyContactRetention } from "@/lib/people/retention";
import { REDACTED } from "@/lib/privacy/placeholder";
import { freezeResult, getResultSeal } from "@/lib/results/freeze";
import { buildResultSnapshot } from "@/lib/results/snapshot";
import { parseAuditFilter } from "@/lib/validation/audit-filter";
import { peopleFiltersSchema } from "@/lib/validation/people";
import { createEdition, createNomination, createUser } from "../fixtures/factory";
import { insertSheet, setUpScoringEdition } from "../fixtures/jury";
import { describeEachEngine } from "../helpers/db";

const JURORS = ["IT", "GR", "LV"];
const DOSSIERS = ["DK", "FR", "RO", "SE"];

/** A sealed edition: three jurors scored every dossier but their own country's, three places awarded, frozen. */
async function setUpSealedEdition(db: Database) {
  const setup = await setUpScoringEdition(db, { jurors: JURORS, dossiers: DOSSIERS });
  const { edition, jurors, dossiers, admin } = setup;
  const base: Record<string, number> = { DK: 9, FR: 8, RO: 6, SE: 4 };
  for (const [index, jurorCountry] of JURORS.entries()) {
    for (const dossierCountry of DOSSIERS) {
      const value = base[dossierCountry]! - (index === 1 ? 1 : 0);
      await insertSheet(db, { editionId: edition.id, nominationId: dossiers[dossierCountry]!, jurorUserId: jurors[jurorCountry]!.id, state: "submitted", value });
    }
  }
  await db.update(editions).set({ phase: "deliberation", juryClosedAt: new Date() }).where(eq(editions.id, edition.id));
  await db.insert(awards).values(["DK", "FR", "RO"].map((country, i) => ({ editionId: edition.id, rank: i + 1, nominationId: dossiers[country]!, prize: "EUR 5,000", juryReason: `Reason ${country}` })));
  const seal = await freezeResult({ db, user: admin, editionId: edition.id });
  return { ...setup, seal };
}

/** The tables (other than the append-only audit trail) whose rows, as JSON, contain the text. */
async function listTablesHolding(db: Database, text: string): Promise<string[]> {
  const tables = await db.execute<{ table_name: string }>(
    sql`select table_name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name`,
  );
  const rows = Array.isArray(tables) ? tables : (tables as { rows: { table_name: string }[] }).rows;
  const holding: string[] = [];
  for (const { table_name: name } of rows) {
    const found = await db.execute<{ n: number }>(sql`select count(*)::int as n from ${sql.identifier(name)} x where lower(row_to_json(x)::text) like ${`%${text.toLowerCase()}%`}`);
    const count = (Array.isArray(found) ? found : (found as { rows: { n: number }[] }).rows)[0]!.n;
    if (count > 0) holding.push(name);
  }
  return holding;
}

describeEachEngine("erasing a person's personal data", (t) => {
  it("removes a sealed edition's juror's name, email and contact details everywhere, keeps the scores, and the seal still verifies", async () => {
    const { edition, admin, jurors, dossiers, seal } = await setUpSealedEdition(t.db);
    const juror = jurors.IT!;
    const name = `Giulia Rossi ${juror.id}`;
    const email = `giulia.rossi.${juror.id}@example.org`;
    await t.db.update(users).set({ name, email, passwordHash: await hashPassword("juror-password-1") }).where(eq(users.id, juror.id));
    await createInvitationToken(t.db, juror.id);
    await consumeSignInAttempt({ db: t.db, email, address: "198.51.100.4" });
    await enqueueMail(t.db, { editionId: edition.id, kind: "jury.added", to: email.toUpperCase(), subject: "You are on the jury", body: `Dear ${name}, welcome.` });
    const colleagueMail = await enqueueMail(t.db, { editionId: edition.id, kind: "nomination.receipt", to: "colleague@test.invalid", subject: "Receipt", body: `Submitted by ${name} (${email}).` });
    await t.db.update(nominations).set({ contactName: name, contactEmail: email, contactPhone: "+39 06 1234" }).where(eq(nominations.id, dossiers.DK!));
    await recordAudit(t.db, { actorUserId: admin.id, editionId: edition.id, action: "jury.member_added", entityType: "membership", entityId: 1, data: { userId: juror.id, email } });
    const scoresBefore = await t.db.select({ n: sql<number>`count(*)::int` }).from(scores).innerJoin(scoreSheets, eq(scoreSheets.id, scores.sheetId)).where(eq(scoreSheets.jurorUserId, juror.id));

    const report = await erasePerson({ db: t.db, actor: admin, userId: juror.id, reason: "Request by email of 3 May" });
    expect(report).toMatchObject({ userId: juror.id, name: `Erased person #${juror.id}`, clearedNominationCount: 1, redactedMessageCount: 1, removedTokenCount: 1 });

    const [after] = await t.db.select().from(users).where(eq(users.id, juror.id));
    expect(after).toMatchObject({ name: `Erased person #${juror.id}`, email: `erased-${juror.id}@erased.invalid`, passwordHash: null, isActive: false });
    // The directory tells an erased person from a merely disabled one.
    expect(await getPerson({ db: t.db, viewer: admin, userId: juror.id })).toMatchObject({ status: "erased" });
    const erasedOnes = await listPeople({ db: t.db, viewer: admin, filters: peopleFiltersSchema.parse({ q: `erased-${juror.id}@erased.invalid`, status: "erased" }) });
    expect(erasedOnes.people.map((p) => p.id)).toEqual([juror.id]);
    expect(await t.db.select().from(accountTokens).where(eq(accountTokens.userId, juror.id))).toEqual([]);
    expect(await t.db.select().from(signInAttempts).where(eq(signInAttempts.key, getAccountAttemptKey(email)))).toEqual([]);
    const [toThem] = await t.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, after!.email));
    expect(toThem).toMatchObject({ body: ERASED_MAIL_BODY, attempts: 5 });
    const [colleague] = await t.db.select({ body: mailOutbox.body }).from(mailOutbox).where(eq(mailOutbox.id, colleagueMail));
    expect(colleague!.body).toBe(`Submitted by Erased person #${juror.id} (erased-${juror.id}@erased.invalid).`);
    const [contact] = await t.db.select({ name: nominations.contactName, email: nominations.contactEmail, phone: nominations.contactPhone }).from(nominations).where(eq(nominations.id, dossiers.DK!));
    expect(contact).toEqual({ name: "", email: "", phone: "" });
    expect(await t.db.select({ id: memberships.id }).from(memberships).where(eq(memberships.userId, juror.id))).toHaveLength(1);

    // Nowhere but the append-only trail (masked when read, below) holds the name, the email or the phone.
    expect(await listTablesHolding(t.db, email)).toEqual(["audit_events"]);
    expect(await listTablesHolding(t.db, name)).toEqual([]);
    expect(await listTablesHolding(t.db, "+39 06 1234")).toEqual([]);

    // The scores stay, and the seal verifies: the stored snapshot hashes to its fingerprint and the database still gives it.
    const scoresAfter = await t.db.select({ n: sql<number>`count(*)::int` }).from(scores).innerJoin(scoreSheets, eq(scoreSheets.id, scores.sheetId)).where(eq(scoreSheets.jurorUserId, juror.id));
    expect(scoresAfter).toEqual(scoresBefore);
    expect(scoresAfter[0]!.n).toBeGreaterThan(0);
    const [stored] = await t.db.select({ fingerprint: frozenResults.fingerprint }).from(frozenResults).where(eq(frozenResults.editionId, edition.id));
    expect(stored!.fingerprint).toBe(seal.fingerprint);
    expect(fingerprint((await buildResultSnapshot({ db: t.db, editionId: edition.id })).snapshot)).toBe(seal.fingerprint);
    expect(await getResultSeal({ db: t.db, viewer: admin, editionId: edition.id })).toMatchObject({ isIntact: true, isCurrent: true });

    // The old entry's email reads as erased; the erasure's own entry holds nothing erased.
    const trail = await listAuditEvents({ db: t.db, viewer: admin, filter: parseAuditFilter({ year: String(edition.year), action: "jury.member_added" }) });
    expect(trail.rows.find((r) => r.entityId === "1")!.data).toEqual({ userId: juror.id, email: REDACTED });
    const [erasure] = await t.db.select().from(auditEvents).where(and(eq(auditEvents.action, "person.erased"), eq(auditEvents.entityId, String(juror.id))));
    expect(erasure).toMatchObject({ actorUserId: admin.id, entityType: "user", data: { cause: "request", reason: "Request by email of 3 May" } });
    expect(JSON.stringify(erasure)).not.toContain("giulia");
  });

  it("is the secretariat's alone, never on one's own account, and only once", async () => {
    const admin = await createUser(t.db, [{ role: "admin" }]);
    const coordinator = await createUser(t.db, [{ role: "coordinator", countryCode: "BE" }]);
    const target = await createUser(t.db, [{ role: "coordinator", countryCode: "NL" }]);
    await expect(erasePerson({ db: t.db, actor: coordinator, userId: target.id, reason: "x" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(erasePerson({ db: t.db, actor: admin, userId: admin.id, reason: "x" })).rejects.toMatchObject({ code: "CONFLICT" });
    await erasePerson({ db: t.db, actor: admin, userId: target.id, reason: "x" });
    await expect(erasePerson({ db: t.db, actor: admin, userId: target.id, reason: "x" })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(erasePerson({ db: t.db, actor: admin, userId: 999_999, reason: "x" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await t.db.select().from(personErasures).where(eq(personErasures.userId, target.id))).toHaveLength(1);
  });
});

describeEachEngine("contact retention after publication", (t) => {
  it("removes the contact details N months after publication, once, and keeps people with another current role", async () => {
    const edition = await createEdition(t.db, { phase: "published", publishedAt: new Date("2030-01-15T10:00:00Z"), contactRetentionMonths: 6 });
    const lapsed = await createUser(t.db, [{ role: "coordinator", countryCode: "DK", editionId: edition.id }]);
    const standing = await createUser(t.db, [{ role: "coordinator", countryCode: "FR", editionId: edition.id }, { role: "coordinator", countryCode: "FR" }]);
    const nomination = await createNomination(t.db, { editionId: edition.id, countryCode: "DK", state: "participant" });
    await t.db.update(nominations).set({ contactName: "Karen Holm", contactEmail: "karen@example.dk", contactPhone: "+45 1234" }).where(eq(nominations.id, nomination.id));
    const readContact = async () => (await t.db.select({ name: nominations.contactName }).from(nominations).where(eq(nominations.id, nomination.id)))[0]!.name;
    const countEntries = async () => (await t.db.select({ id: auditEvents.id }).from(auditEvents).where(eq(auditEvents.editionId, edition.id))).length;

    expect((await applyContactRetention({ db: t.db, now: new Date("2030-07-14T12:00:00Z") })).editionIds).not.toContain(edition.id);
    expect(await readContact()).toBe("Karen Holm");
    expect(await t.db.select().from(personErasures).where(eq(personErasures.userId, lapsed.id))).toEqual([]);

    expect((await applyContactRetention({ db: t.db, now: new Date("2030-07-16T12:00:00Z") })).editionIds).toContain(edition.id);
    expect(await readContact()).toBe("");
    const [erased] = await t.db.select({ name: users.name, isActive: users.isActive }).from(users).where(eq(users.id, lapsed.id));
    expect(erased).toEqual({ name: `Erased person #${lapsed.id}`, isActive: false });
    const [kept] = await t.db.select({ email: users.email, isActive: users.isActive }).from(users).where(eq(users.id, standing.id));
    expect(kept).toEqual({ email: standing.email, isActive: true });
    const [entry] = await t.db.select({ data: auditEvents.data, actor: auditEvents.actorUserId }).from(auditEvents).where(and(eq(auditEvents.editionId, edition.id), eq(auditEvents.action, "retention.applied")));
    expect(entry).toEqual({ actor: null, data: { clearedNominationCount: 1, erasedPersonIds: [lapsed.id] } });

    const entries = await countEntries();
    expect((await applyContactRetention({ db: t.db, now: new Date("2031-01-01T00:00:00Z") })).editionIds).not.toContain(edition.id);
    expect(await countEntries()).toBe(entries);
  });

  it("runs as a recurring job of the job runner, by the database clock", async () => {
    const edition = await createEdition(t.db, { phase: "published", publishedAt: new Date("2020-01-01T00:00:00Z"), contactRetentionMonths: 1 });
    const nomination = await createNomination(t.db, { editionId: edition.id, countryCode: "SE", state: "participant" });
    await t.db.update(nominations).set({ contactEmail: "someone@example.se" }).where(eq(nominations.id, nomination.id));
    await ensureJob({ db: t.db, kind: JOB_KINDS.contactRetention, key: JOB_KINDS.contactRetention });
    const report = await runDueJobs({ db: t.db });
    expect(report.failed).toEqual([]);
    expect((await t.db.select({ email: nominations.contactEmail }).from(nominations).where(eq(nominations.id, nomination.id)))[0]!.email).toBe("");
    await runDueJobs({ db: t.db, now: new Date(Date.now() + 7 * 3600_000) });
    const entries = await t.db.select({ id: auditEvents.id }).from(auditEvents).where(and(eq(auditEvents.editionId, edition.id), eq(auditEvents.action, "retention.applied")));
    expect(entries).toHaveLength(1);
  });
});
