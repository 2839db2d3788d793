import { and, asc, count, eq, sql } from "drizzle-orm";
import { expect, it } from "vitest";
import type { Database } from "@/db/client";
import { accountTokens, assignments, auditEvents, mailOutbox, memberships, scoreSheets, users } from "@/db/schema";
import { authorizeCredentials } from "@/lib/auth/options";
import type { SessionUser } from "@/lib/auth/session-user";
import { acceptInvitation, getInvitation, hashToken, INVALID_INVITATION_MESSAGE } from "@/lib/people/account-tokens";
import { addJuryMember } from "@/lib/jury/add-member";
import { removeJuryMember } from "@/lib/jury/remove-member";
import { resendJuryInvitation } from "@/lib/jury/resend-invitation";
import { setJuryChair } from "@/lib/jury/set-chair";
import { setJuryRole } from "@/lib/jury/set-role";
import { updateVotingCap } from "@/lib/jury/update-voting-cap";
import { listJuryMembers } from "@/lib/jury/member-queries";
import { AppError } from "@/lib/errors";
import type { AddJuryMember } from "@/lib/validation/jury-member";
import { createEdition, createNomination, createUser } from "../fixtures/factory";
import { describeEachEngine } from "../helpers/db";

const APP_URL = "https://awards.example.org";
const PASSWORD = "a long enough password";

async function outcomeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "ok";
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
}

let counter = 0;
function newPerson(overrides: Partial<AddJuryMember> = {}): Omit<AddJuryMember, "editionId" | "locale"> & { locale?: AddJuryMember["locale"] } {
  counter += 1;
  return {
    email: `new.juror.${Date.now()}.${counter}@test.invalid`,
    name: `New Juror ${counter}`,
    countryCode: "FI",
    role: "voting",
    isChair: false,
    ...overrides,
  };
}

async function setUp(db: Database, overrides: Parameters<typeof createEdition>[1] = {}) {
  const admin = await createUser(db, [{ role: "admin" }]);
  const edition = await createEdition(db, overrides);
  const add = (person: Omit<AddJuryMember, "editionId" | "locale"> & { locale?: AddJuryMember["locale"] }, actor: SessionUser = admin) =>
    addJuryMember({ db, actor, editionId: edition.id, appUrl: APP_URL, ...person });
  return { admin, edition, add };
}

async function getMailTo(db: Database, email: string) {
  return db
    .select({ kind: mailOutbox.kind, subject: mailOutbox.subject, body: mailOutbox.body, editionId: mailOutbox.editionId })
    .from(mailOutbox)
    .where(eq(mailOutbox.toAddress, email))
    .orderBy(asc(mailOutbox.id));
}

function readToken(body: string): string {
  const match = /\/invitation\/([A-Za-z0-9_-]{43})$/m.exec(body);
  if (!match) throw new Error(`No invitation link in: ${body}`);
  return match[1]!;
}

async function countChairs(db: Database, editionId: number) {
  const [row] = await db.select({ n: count() }).from(memberships).where(and(eq(memberships.editionId, editionId), eq(memberships.isChair, true)));
  return row!.n;
}

async function countAudit(db: Database, editionId: number, action: string) {
  const [row] = await db
    .select({ n: count() })
    .from(auditEvents)
    .where(and(eq(auditEvents.editionId, editionId), eq(auditEvents.action, action)));
  return row!.n;
}

describeEachEngine("jury: members of an edition's jury", (t) => {

  it("gives a voting juror who joins during jury scoring their dossiers at once, never their own country's", async () => {
    const { edition, add } = await setUp(t.db, { phase: "jury_scoring" });
    const finnish = await createNomination(t.db, { editionId: edition.id, countryCode: "FI", state: "accepted" });
    const danish = await createNomination(t.db, { editionId: edition.id, countryCode: "DK", state: "accepted" });
    const added = await add(newPerson({ countryCode: "FI" }));
    const rows = await t.db
      .select({ nominationId: assignments.nominationId })
      .from(assignments)
      .where(eq(assignments.jurorUserId, added.userId));
    expect(rows.map((r) => r.nominationId)).toEqual([danish.id]);
    expect(rows.map((r) => r.nominationId)).not.toContain(finnish.id);
  });
  it("adds an existing account by email (any case) with its country, and tells them by email", async () => {
    const { admin, edition, add } = await setUp(t.db);
    const person = await createUser(t.db, [{ role: "coordinator", countryCode: "SE" }]);
    await t.db.update(users).set({ passwordHash: "scrypt$set" }).where(eq(users.id, person.id));
    const added = await add({ email: person.email.toUpperCase(), name: "", countryCode: "SE", role: "voting", isChair: false });
    expect(added).toMatchObject({ userId: person.id, isInvited: false, isNewUser: false });

    const [member] = (await listJuryMembers({ db: t.db, viewer: admin, editionId: edition.id })).filter((m) => m.userId === person.id);
    expect(member).toMatchObject({ countryCode: "SE", countryName: "Sweden", isVoting: true, isChair: false, status: "active" });
    expect(member).not.toHaveProperty("passwordHash");
    expect(await getMailTo(t.db, person.email)).toEqual([expect.objectContaining({ kind: "jury.added", editionId: edition.id })]);
    expect(await countAudit(t.db, edition.id, "jury.member_added")).toBe(1);
  });

  it("invites a new person in the language the secretariat chose, which their account keeps; an existing account keeps its own", async () => {
    const { edition, add } = await setUp(t.db);
    const person = newPerson({ locale: "fr" });
    const added = await add(person);
    const [user] = await t.db.select({ locale: users.locale }).from(users).where(eq(users.id, added.userId));
    expect(user!.locale).toBe("fr");
    const [mail] = await getMailTo(t.db, person.email);
    expect(mail).toMatchObject({ kind: "jury.invitation", subject: `ECPA ${edition.year} : invitation au jury` });

    // Someone who already signs in in English is told in English, whatever the form said.
    const existing = await createUser(t.db, [{ role: "coordinator", countryCode: "SE" }]);
    await t.db.update(users).set({ passwordHash: "scrypt$set", locale: "en" }).where(eq(users.id, existing.id));
    await add({ email: existing.email, name: "", countryCode: "SE", role: "voting", isChair: false, locale: "fr" });
    const [told] = await getMailTo(t.db, existing.email);
    expect(told).toMatchObject({ kind: "jury.added" });
    expect(told!.subject).not.toContain(" : ");
  });

  it("invites a new person: an account without a password, a hashed token and the email, together", async () => {
    const { admin, edition, add } = await setUp(t.db);
    const person = newPerson({ role: "expert" });
    const added = await add(person);
    expect(added).toMatchObject({ isInvited: true, isNewUser: true, name: person.name });

    const [user] = await t.db.select({ passwordHash: users.passwordHash, email: users.email }).from(users).where(eq(users.id, added.userId));
    expect(user).toEqual({ passwordHash: null, email: person.email });
    const [mail] = await getMailTo(t.db, person.email);
    expect(mail).toMatchObject({ kind: "jury.invitation", editionId: edition.id, subject: `ECPA ${edition.year}: invitation to the jury` });
    expect(mail!.body).toContain(`${APP_URL}/invitation/`);
    const token = readToken(mail!.body);
    const tokens = await t.db
      .select({
        tokenHash: accountTokens.tokenHash,
        purpose: accountTokens.purpose,
        usedAt: accountTokens.usedAt,
        days: sql<number>`round(extract(epoch from ${accountTokens.expiresAt} - now()) / 86400)`.mapWith(Number),
      })
      .from(accountTokens)
      .where(eq(accountTokens.userId, added.userId));
    // Only the SHA-256 of the token is stored: the token itself exists in the email alone.
    expect(tokens).toEqual([{ tokenHash: hashToken(token), purpose: "invitation", usedAt: null, days: 14 }]);
    expect(tokens[0]!.tokenHash).not.toContain(token);

    const [member] = (await listJuryMembers({ db: t.db, viewer: admin, editionId: edition.id })).filter((m) => m.userId === added.userId);
    expect(member).toMatchObject({ status: "invited", isVoting: false, countryCode: "FI" });
  });

  it("writes the invitation's account, token and email in the caller's transaction: a rollback leaves none", async () => {
    const { admin, edition } = await setUp(t.db);
    const person = newPerson();
    const rollback = new Error("roll back");
    await expect(
      t.db.transaction(async (tx) => {
        await addJuryMember({ db: tx, actor: admin, editionId: edition.id, appUrl: APP_URL, ...person });
        throw rollback;
      }),
    ).rejects.toBe(rollback);
    expect(await t.db.select({ id: users.id }).from(users).where(eq(users.email, person.email))).toEqual([]);
    expect(await getMailTo(t.db, person.email)).toEqual([]);
  });

  it("asks for a name when the email has no account, and refuses someone already on the jury", async () => {
    const { add } = await setUp(t.db);
    const nameless = add(newPerson({ name: "" }));
    await expect(nameless).rejects.toMatchObject({ code: "INVALID", fieldErrors: { name: [expect.stringContaining("enter the person's name")] } });
    const person = newPerson();
    await add(person);
    await expect(add({ ...person, name: "" })).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("already on the") });
  });

  it("keeps exactly one chair: a new chair takes over from the previous one", async () => {
    const { admin, edition, add } = await setUp(t.db);
    const first = await add(newPerson({ isChair: true }));
    const second = await add(newPerson({ isChair: true }));
    const chairOf = async () =>
      (await t.db.select({ id: memberships.id }).from(memberships).where(and(eq(memberships.editionId, edition.id), eq(memberships.isChair, true))))[0]?.id;
    expect(await chairOf()).toBe(second.membershipId);
    expect(await countChairs(t.db, edition.id)).toBe(1);

    expect(await setJuryChair({ db: t.db, actor: admin, editionId: edition.id, membershipId: first.membershipId })).toMatchObject({ isChanged: true });
    expect(await chairOf()).toBe(first.membershipId);
    expect(await countChairs(t.db, edition.id)).toBe(1);
    expect(await countAudit(t.db, edition.id, "jury.chair_changed")).toBe(1);
  });

  it("refuses the ninth voting member under the default cap of 8, but takes them as an expert", async () => {
    const { admin, edition, add } = await setUp(t.db);
    for (let i = 0; i < 8; i++) await add(newPerson());
    const ninth = add(newPerson());
    await expect(ninth).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("already has 8 voting members") });
    const expert = await add(newPerson({ role: "expert" }));
    const promote = setJuryRole({ db: t.db, actor: admin, editionId: edition.id, membershipId: expert.membershipId, role: "voting" });
    await expect(promote).rejects.toMatchObject({ code: "CONFLICT" });

    const lower = updateVotingCap({ db: t.db, actor: admin, editionId: edition.id, maxVotingJurors: 7 });
    await expect(lower).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("has 8 voting members") });
    await updateVotingCap({ db: t.db, actor: admin, editionId: edition.id, maxVotingJurors: 9 });
    await setJuryRole({ db: t.db, actor: admin, editionId: edition.id, membershipId: expert.membershipId, role: "voting" });
    const members = await listJuryMembers({ db: t.db, viewer: admin, editionId: edition.id });
    expect(members.filter((m) => m.isVoting)).toHaveLength(9);
    expect(await countAudit(t.db, edition.id, "edition.voting_cap_changed")).toBe(1);
  });

  it("gives the last voting seat to one of two admins adding at once", async () => {
    const { edition, add } = await setUp(t.db, { maxVotingJurors: 1 });
    const other = await createUser(t.db, [{ role: "admin" }]);
    const outcomes = await Promise.all([outcomeOf(add(newPerson())), outcomeOf(add(newPerson(), other))]);
    expect(outcomes.sort()).toEqual(["CONFLICT", "ok"]);
    const [row] = await t.db.select({ n: count() }).from(memberships).where(and(eq(memberships.editionId, edition.id), eq(memberships.isVoting, true)));
    expect(row!.n).toBe(1);
  });

  it("refuses to remove a member who submitted a sheet, and removes one with only a draft and assignments", async () => {
    const { admin, edition, add } = await setUp(t.db, { phase: "jury_scoring" });
    const nomination = await createNomination(t.db, { editionId: edition.id, countryCode: "DK", state: "accepted" });
    const scorer = await add(newPerson());
    const drafter = await add(newPerson());
    await t.db.insert(scoreSheets).values([
      { editionId: edition.id, nominationId: nomination.id, jurorUserId: scorer.userId, state: "submitted", submittedAt: new Date() },
      { editionId: edition.id, nominationId: nomination.id, jurorUserId: drafter.userId, state: "draft" },
    ]);
    // Joining during scoring may already have assigned the dossier; make sure the assignment exists either way.
    await t.db
      .insert(assignments)
      .values({ editionId: edition.id, jurorUserId: drafter.userId, nominationId: nomination.id })
      .onConflictDoNothing();

    const refused = removeJuryMember({ db: t.db, actor: admin, editionId: edition.id, membershipId: scorer.membershipId });
    await expect(refused).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringMatching(/submitted 1 score sheet .*non-voting expert instead/),
    });
    await removeJuryMember({ db: t.db, actor: admin, editionId: edition.id, membershipId: drafter.membershipId });
    const remaining = await listJuryMembers({ db: t.db, viewer: admin, editionId: edition.id });
    expect(remaining.map((m) => m.userId)).toEqual([scorer.userId]);
    expect(await t.db.select({ id: scoreSheets.id }).from(scoreSheets).where(eq(scoreSheets.jurorUserId, drafter.userId))).toEqual([]);
    expect(await t.db.select({ id: assignments.id }).from(assignments).where(eq(assignments.jurorUserId, drafter.userId))).toEqual([]);
    const [audit] = await t.db
      .select({ data: auditEvents.data })
      .from(auditEvents)
      .where(and(eq(auditEvents.editionId, edition.id), eq(auditEvents.action, "jury.member_removed")));
    expect(audit!.data).toMatchObject({ userId: drafter.userId, removedAssignmentCount: 1, removedDraftSheetCount: 1 });
  });

  it("refuses every jury change from anyone but an active admin (FORBIDDEN)", async () => {
    const { admin, edition, add } = await setUp(t.db);
    const member = await add(newPerson());
    const people: SessionUser[] = [
      await createUser(t.db, [{ role: "coordinator", countryCode: "DK" }]),
      await createUser(t.db, [{ role: "juror", countryCode: "DE", editionId: edition.id }]),
      await createUser(t.db, [{ role: "juror", countryCode: "NL", editionId: edition.id, isChair: true }]),
      { ...admin, isActive: false },
    ];
    for (const actor of people) {
      const target = { db: t.db, actor, editionId: edition.id, membershipId: member.membershipId };
      expect(await outcomeOf(add(newPerson(), actor))).toBe("FORBIDDEN");
      expect(await outcomeOf(setJuryChair(target))).toBe("FORBIDDEN");
      expect(await outcomeOf(setJuryRole({ ...target, role: "expert" }))).toBe("FORBIDDEN");
      expect(await outcomeOf(removeJuryMember(target))).toBe("FORBIDDEN");
      expect(await outcomeOf(resendJuryInvitation({ ...target, appUrl: APP_URL }))).toBe("FORBIDDEN");
      expect(await outcomeOf(updateVotingCap({ db: t.db, actor, editionId: edition.id, maxVotingJurors: 12 }))).toBe("FORBIDDEN");
      if (!actor.isAdmin) expect(await outcomeOf(listJuryMembers({ db: t.db, viewer: actor, editionId: edition.id }))).toBe("FORBIDDEN");
    }
    // The refused juror and chair are members themselves (made by the factory); nobody's seat changed.
    const members = await listJuryMembers({ db: t.db, viewer: admin, editionId: edition.id });
    expect(members.map((m) => [m.isVoting, m.isChair])).toEqual([
      [true, true],
      [true, false],
      [true, false],
    ]);
    expect(members.find((m) => m.membershipId === member.membershipId)).toMatchObject({ isVoting: true, isChair: false });
    expect(await countAudit(t.db, edition.id, "jury.member_added")).toBe(1);
  });
});

describeEachEngine("jury: accepting an invitation", (t) => {
  async function invite(db: Database) {
    const admin = await createUser(db, [{ role: "admin" }]);
    const edition = await createEdition(db);
    counter += 1;
    const person = { email: `invitee.${Date.now()}.${counter}@test.invalid`, name: "Ada Invitee", countryCode: "PT", role: "voting" as const, isChair: true };
    const added = await addJuryMember({ db, actor: admin, editionId: edition.id, appUrl: APP_URL, ...person });
    const [mail] = await getMailTo(db, person.email);
    return { admin, edition, person, added, token: readToken(mail!.body) };
  }

  it("shows who is invited to which jury, sets the password once, and lets them sign in", async () => {
    const { edition, person, token } = await invite(t.db);
    expect(await authorizeCredentials({ email: person.email, password: PASSWORD }, t.db)).toBeNull();
    expect(await getInvitation({ db: t.db, token })).toEqual({
      name: "Ada Invitee",
      email: person.email,
      roles: [{ role: "juror", year: edition.year, countryName: "Portugal", countryCode: "PT", isVoting: true, isChair: true }],
    });

    expect(await acceptInvitation({ db: t.db, token, password: PASSWORD })).toEqual({ email: person.email });
    expect(await authorizeCredentials({ email: person.email, password: PASSWORD }, t.db)).toEqual({ id: expect.any(String), sessionVersion: expect.any(Number) });
    expect(await authorizeCredentials({ email: person.email, password: "another long password" }, t.db)).toBeNull();

    // Single use: the same link neither shows nor sets anything again.
    expect(await getInvitation({ db: t.db, token })).toBeUndefined();
    const again = acceptInvitation({ db: t.db, token, password: "a different long password" });
    await expect(again).rejects.toMatchObject({ code: "NOT_FOUND", message: INVALID_INVITATION_MESSAGE });
    expect(await authorizeCredentials({ email: person.email, password: PASSWORD }, t.db)).not.toBeNull();
  });

  it("refuses an expired link with the same message, by the database clock", async () => {
    const { person, added, token } = await invite(t.db);
    await t.db.update(accountTokens).set({ expiresAt: sql`now() - interval '1 minute'` }).where(eq(accountTokens.userId, added.userId));
    expect(await getInvitation({ db: t.db, token })).toBeUndefined();
    await expect(acceptInvitation({ db: t.db, token, password: PASSWORD })).rejects.toMatchObject({ message: INVALID_INVITATION_MESSAGE });
    expect(await authorizeCredentials({ email: person.email, password: PASSWORD }, t.db)).toBeNull();
  });

  it("refuses an unknown or malformed link with the same message", async () => {
    await invite(t.db);
    for (const token of ["A".repeat(43), "not-a-token", ""]) {
      expect(await getInvitation({ db: t.db, token })).toBeUndefined();
      await expect(acceptInvitation({ db: t.db, token, password: PASSWORD })).rejects.toMatchObject({ message: INVALID_INVITATION_MESSAGE });
    }
  });

  it("accepts one of two submissions of the same link at once", async () => {
    const { person, token } = await invite(t.db);
    const outcomes = await Promise.all([
      outcomeOf(acceptInvitation({ db: t.db, token, password: PASSWORD })),
      outcomeOf(acceptInvitation({ db: t.db, token, password: "the other long password" })),
    ]);
    expect(outcomes.sort()).toEqual(["NOT_FOUND", "ok"]);
    const first = await authorizeCredentials({ email: person.email, password: PASSWORD }, t.db);
    const second = await authorizeCredentials({ email: person.email, password: "the other long password" }, t.db);
    expect([first, second].filter(Boolean)).toHaveLength(1);
  });

  it("sends a new link on request; the old one stops working", async () => {
    const { admin, edition, person, added, token } = await invite(t.db);
    await resendJuryInvitation({ db: t.db, actor: admin, editionId: edition.id, membershipId: added.membershipId, appUrl: APP_URL });
    const mails = await getMailTo(t.db, person.email);
    expect(mails.map((m) => m.kind)).toEqual(["jury.invitation", "jury.invitation"]);
    const fresh = readToken(mails[1]!.body);
    expect(await getInvitation({ db: t.db, token })).toBeUndefined();
    expect(await getInvitation({ db: t.db, token: fresh })).toMatchObject({ email: person.email });

    await acceptInvitation({ db: t.db, token: fresh, password: PASSWORD });
    const resend = resendJuryInvitation({ db: t.db, actor: admin, editionId: edition.id, membershipId: added.membershipId, appUrl: APP_URL });
    await expect(resend).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("already accepted") });
  });

  it("turns off the link of someone removed from their only jury", async () => {
    const { admin, edition, added, token } = await invite(t.db);
    await removeJuryMember({ db: t.db, actor: admin, editionId: edition.id, membershipId: added.membershipId });
    expect(await getInvitation({ db: t.db, token })).toBeUndefined();
  });

  it("refuses the link of a disabled account", async () => {
    const { added, token } = await invite(t.db);
    await t.db.update(users).set({ isActive: false }).where(eq(users.id, added.userId));
    expect(await getInvitation({ db: t.db, token })).toBeUndefined();
    await expect(acceptInvitation({ db: t.db, token, password: PASSWORD })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
