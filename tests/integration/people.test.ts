import { and, desc, eq, sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { accountTokens, auditEvents, mailOutbox, memberships, users } from "@/db/schema";
import type { Database } from "@/db/client";
import { getCoordinatorCountries } from "@/lib/access/policy";
import { authorizeCredentials } from "@/lib/auth/options";
import { hashPassword } from "@/lib/auth/password";
import type { SessionUser } from "@/lib/auth/session-user";
import { PASSWORD_IS_PERSONAL, PASSWORD_TOO_COMMON } from "@/lib/domain/password-rules";
import { MASKED_TOKEN } from "@/lib/mail/account-links";
import { resendInvitationMail } from "@/lib/mail/resend-invitation";
import { acceptInvitation, getInvitation, INVALID_INVITATION_MESSAGE } from "@/lib/people/account-tokens";
import { getPerson, listPeople } from "@/lib/people/directory-queries";
import { invitePerson } from "@/lib/people/invite";
import { getPasswordReset, INVALID_RESET_MESSAGE, requestPasswordReset, RESET_REQUESTED_MESSAGE, RESET_THROTTLED_MESSAGE, resetPassword } from "@/lib/people/password-reset";
import { getSessionUser } from "@/lib/people/queries";
import { replaceCoordinator } from "@/lib/people/replace-coordinator";
import { resendPersonInvitation } from "@/lib/people/resend-invitation";
import { setAccountActive } from "@/lib/people/set-account-active";
import { peopleFiltersSchema } from "@/lib/validation/people";
import { createEdition, createNomination, createUser } from "../fixtures/factory";
import { describeEachEngine, type TestDatabase } from "../helpers/db";

const APP_URL = "https://awards.example.org";
const PASSWORD = "sea otters juggle lanterns";
const INVITATION_LINK = /\/invitation\/([A-Za-z0-9_-]{43})/;
const RESET_LINK = /\/password\/reset\/([A-Za-z0-9_-]{43})/;

let counter = 0;
function uniqueEmail(label: string): string {
  counter += 1;
  return `${label}.${Date.now()}.${counter}@people.invalid`;
}

async function getMailTo(db: Database, email: string) {
  return db
    .select({ id: mailOutbox.id, kind: mailOutbox.kind, subject: mailOutbox.subject, body: mailOutbox.body, lastError: mailOutbox.lastError })
    .from(mailOutbox)
    .where(eq(sql`lower(${mailOutbox.toAddress})`, email.toLowerCase()))
    .orderBy(mailOutbox.id);
}

async function readLastToken(db: Database, email: string, link: RegExp): Promise<string> {
  const mails = await getMailTo(db, email);
  const token = link.exec(mails.at(-1)?.body ?? "")?.[1];
  expect(token, "the last message holds a live link").toBeTruthy();
  return token!;
}

async function withPassword(t: TestDatabase, user: SessionUser, password = PASSWORD) {
  await t.db.update(users).set({ passwordHash: await hashPassword(password) }).where(eq(users.id, user.id));
  return user;
}

describeEachEngine("people: inviting to every role", (t) => {
  it("invites a new email to each role; the link shows the role, sets the password once, and signs in", async () => {
    const admin = await createUser(t.db, [{ role: "admin" }]);
    const edition = await createEdition(t.db, { phase: "nominations_open" });
    const cases = [
      { role: "admin", countryCode: "", editionId: null, expected: { role: "admin" } },
      { role: "coordinator", countryCode: "BE", editionId: edition.id, expected: { role: "coordinator", year: edition.year, countryName: "Belgium" } },
      { role: "coordinator", countryCode: "NL", editionId: null, expected: { role: "coordinator", year: null, countryName: "Netherlands" } },
      { role: "juror", countryCode: "FR", editionId: edition.id, expected: { role: "juror", isVoting: true, isChair: false } },
      { role: "chair", countryCode: "DE", editionId: edition.id, expected: { role: "juror", isChair: true } },
      { role: "expert", countryCode: "IT", editionId: edition.id, expected: { role: "juror", isVoting: false } },
    ] as const;
    for (const c of cases) {
      const email = uniqueEmail(`invite-${c.role}`);
      // Mixed case in the form: the account is found and stored by its lowercase email.
      const result = await invitePerson({ db: t.db, actor: admin, appUrl: APP_URL, email: email.toUpperCase(), name: `New ${c.role}`, role: c.role, countryCode: c.countryCode, editionId: c.editionId });
      expect(result).toMatchObject({ isInvited: true, isNewUser: true });
      const token = await readLastToken(t.db, email, INVITATION_LINK);
      const invitation = await getInvitation({ db: t.db, token });
      expect(invitation?.email).toBe(email);
      expect(invitation?.roles).toEqual([expect.objectContaining(c.expected)]);
      expect(await authorizeCredentials({ email, password: PASSWORD }, t.db)).toBeNull();
      expect(await acceptInvitation({ db: t.db, token, password: PASSWORD })).toEqual({ email });
      expect(await authorizeCredentials({ email, password: PASSWORD }, t.db)).not.toBeNull();
      await expect(acceptInvitation({ db: t.db, token, password: "another sea otter song" })).rejects.toMatchObject({ code: "NOT_FOUND", message: INVALID_INVITATION_MESSAGE });
    }
    const granted = await t.db.select({ action: auditEvents.action }).from(auditEvents).where(and(eq(auditEvents.actorUserId, admin.id), eq(auditEvents.action, "people.role_granted")));
    expect(granted).toHaveLength(3);
  });

  it("adds a role to an existing email (any case) without a new account or a new link", async () => {
    const admin = await createUser(t.db, [{ role: "admin" }]);
    const edition = await createEdition(t.db);
    const juror = await withPassword(t, await createUser(t.db, [{ role: "juror", countryCode: "FR", editionId: edition.id }]));
    const before = await t.db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(users);
    const result = await invitePerson({ db: t.db, actor: admin, appUrl: APP_URL, email: juror.email.toUpperCase(), name: "", role: "coordinator", countryCode: "FR", editionId: null });
    expect(result).toEqual({ userId: juror.id, name: juror.name, isInvited: false, isNewUser: false });
    expect(await t.db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(users)).toEqual(before);
    const [mail] = (await getMailTo(t.db, juror.email)).slice(-1);
    expect(mail).toMatchObject({ kind: "people.role_added" });
    expect(mail!.body).not.toMatch(INVITATION_LINK);
    const session = await getSessionUser({ db: t.db, userId: juror.id });
    expect(getCoordinatorCountries(session!, edition.id)).toEqual(["FR"]);
    // The same role twice is refused, and says so.
    await expect(invitePerson({ db: t.db, actor: admin, appUrl: APP_URL, email: juror.email, name: "", role: "coordinator", countryCode: "FR", editionId: null })).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });

  it("asks for a name for a new email, and refuses a disabled account", async () => {
    const admin = await createUser(t.db, [{ role: "admin" }]);
    await expect(invitePerson({ db: t.db, actor: admin, appUrl: APP_URL, email: uniqueEmail("nameless"), name: " ", role: "admin", countryCode: "", editionId: null })).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { name: [expect.any(String)] },
    });
    const disabled = await createUser(t.db, []);
    await t.db.update(users).set({ isActive: false }).where(eq(users.id, disabled.id));
    await expect(invitePerson({ db: t.db, actor: admin, appUrl: APP_URL, email: disabled.email, name: "X", role: "admin", countryCode: "", editionId: null })).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });

  it("refuses the new password rules' failures on an invitation, naming every reason", async () => {
    const admin = await createUser(t.db, [{ role: "admin" }]);
    const email = uniqueEmail("rules");
    await invitePerson({ db: t.db, actor: admin, appUrl: APP_URL, email, name: "Rita Rules", role: "admin", countryCode: "", editionId: null });
    const token = await readLastToken(t.db, email, INVITATION_LINK);
    await expect(acceptInvitation({ db: t.db, token, password: "qwerty123456" })).rejects.toMatchObject({ code: "INVALID", fieldErrors: { password: [PASSWORD_TOO_COMMON] } });
    await expect(acceptInvitation({ db: t.db, token, password: "rita rules the world" })).rejects.toMatchObject({ fieldErrors: { password: [PASSWORD_IS_PERSONAL] } });
    // A refused password uses nothing up: the link still works.
    expect(await acceptInvitation({ db: t.db, token, password: PASSWORD })).toEqual({ email });
  });

  it("resends an invitation for any role: the old link stops working, the waiting old message is set aside", async () => {
    const admin = await createUser(t.db, [{ role: "admin" }]);
    const email = uniqueEmail("resend");
    const { userId } = await invitePerson({ db: t.db, actor: admin, appUrl: APP_URL, email, name: "Rosa Resend", role: "coordinator", countryCode: "PT", editionId: null });
    const oldToken = await readLastToken(t.db, email, INVITATION_LINK);
    await resendPersonInvitation({ db: t.db, actor: admin, userId, appUrl: APP_URL });
    const newToken = await readLastToken(t.db, email, INVITATION_LINK);
    expect(newToken).not.toBe(oldToken);
    expect(await getInvitation({ db: t.db, token: oldToken })).toBeUndefined();
    await expect(acceptInvitation({ db: t.db, token: oldToken, password: PASSWORD })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const [first] = await getMailTo(t.db, email);
    expect(first!.body).toContain(`/invitation/${MASKED_TOKEN}`);
    expect(first!.lastError).toMatch(/^Replaced by message \d+/);
    expect(await acceptInvitation({ db: t.db, token: newToken, password: PASSWORD })).toEqual({ email });
    await expect(resendPersonInvitation({ db: t.db, actor: admin, userId, appUrl: APP_URL })).rejects.toMatchObject({ code: "CONFLICT" });
  });
});

describeEachEngine("people: the outbox resends a role invitation", (t) => {
  it("renews the link of a people invitation from the outbox too", async () => {
    const admin = await createUser(t.db, [{ role: "admin" }]);
    const email = uniqueEmail("outbox");
    await invitePerson({ db: t.db, actor: admin, appUrl: APP_URL, email, name: "Otto Outbox", role: "admin", countryCode: "", editionId: null });
    const [message] = await getMailTo(t.db, email);
    const oldToken = await readLastToken(t.db, email, INVITATION_LINK);
    const resent = await resendInvitationMail({ db: t.db, actor: admin, messageId: message!.id, appUrl: APP_URL });
    const newToken = await readLastToken(t.db, email, INVITATION_LINK);
    expect(resent.messageId).toBeGreaterThan(message!.id);
    expect(await getInvitation({ db: t.db, token: oldToken })).toBeUndefined();
    expect(await getInvitation({ db: t.db, token: newToken })).toMatchObject({ roles: [expect.objectContaining({ role: "admin" })] });
  });
});

describeEachEngine("people: replacing a coordinator", (t) => {
  it("moves the country's role to the new person in one change; the dossier stays with the country", async () => {
    const admin = await createUser(t.db, [{ role: "admin" }]);
    const edition = await createEdition(t.db, { phase: "nominations_open" });
    const old = await createUser(t.db, [{ role: "coordinator", countryCode: "SE", editionId: edition.id }]);
    const otherCountry = await createUser(t.db, [{ role: "coordinator", countryCode: "FI", editionId: edition.id }]);
    const nomination = await createNomination(t.db, { editionId: edition.id, countryCode: "SE" });
    const email = uniqueEmail("successor");
    const result = await replaceCoordinator({ db: t.db, actor: admin, appUrl: APP_URL, email, name: "Sara Successor", countryCode: "SE", editionId: edition.id });
    expect(result.previousUserIds).toEqual([old.id]);

    const oldNow = await getSessionUser({ db: t.db, userId: old.id });
    expect(getCoordinatorCountries(oldNow!, edition.id)).toEqual([]);
    const [successor] = await t.db.select({ id: users.id }).from(users).where(eq(users.email, email));
    const successorNow = await getSessionUser({ db: t.db, userId: successor!.id });
    expect(getCoordinatorCountries(successorNow!, edition.id)).toEqual(["SE"]);
    expect(getCoordinatorCountries((await getSessionUser({ db: t.db, userId: otherCountry.id }))!, edition.id)).toEqual(["FI"]);
    expect((await t.db.query.nominations.findFirst({ where: (n, { eq }) => eq(n.id, nomination.id) }))?.countryCode).toBe("SE");
    const [audit] = await t.db.select({ data: auditEvents.data, editionId: auditEvents.editionId }).from(auditEvents).where(eq(auditEvents.action, "people.coordinator_replaced")).orderBy(desc(auditEvents.id));
    expect(audit).toMatchObject({ editionId: edition.id, data: { previousUserIds: [old.id], newUserId: successor!.id } });
    expect((await getMailTo(t.db, email))[0]?.body).toMatch(INVITATION_LINK);
  });

  it("replaces the standing coordinators and leaves an edition's own ones alone", async () => {
    const admin = await createUser(t.db, [{ role: "admin" }]);
    const edition = await createEdition(t.db);
    const standing = await createUser(t.db, [{ role: "coordinator", countryCode: "DK" }]);
    const forEdition = await createUser(t.db, [{ role: "coordinator", countryCode: "DK", editionId: edition.id }]);
    const successor = await withPassword(t, await createUser(t.db, []));
    await replaceCoordinator({ db: t.db, actor: admin, appUrl: APP_URL, email: successor.email, name: "", countryCode: "DK", editionId: null });
    expect((await t.db.select().from(memberships).where(eq(memberships.userId, standing.id))).length).toBe(0);
    expect((await t.db.select().from(memberships).where(eq(memberships.userId, forEdition.id))).length).toBe(1);
    expect((await getMailTo(t.db, successor.email)).at(-1)?.kind).toBe("people.role_added");
    // Replacing them by themselves changes nothing and says so.
    await expect(replaceCoordinator({ db: t.db, actor: admin, appUrl: APP_URL, email: successor.email, name: "", countryCode: "DK", editionId: null })).rejects.toMatchObject({ code: "CONFLICT" });
  });
});

describeEachEngine("people: disabling and enabling accounts", (t) => {
  it("ends the sessions and refuses sign-in once disabled; enabling lets the person sign in again", async () => {
    const admin = await createUser(t.db, [{ role: "admin" }]);
    const person = await withPassword(t, await createUser(t.db, [{ role: "coordinator", countryCode: "BE" }]));
    const signedIn = await authorizeCredentials({ email: person.email, password: PASSWORD }, t.db);
    expect(signedIn).not.toBeNull();
    const sessionVersion = signedIn!.sessionVersion;
    expect(await getSessionUser({ db: t.db, userId: person.id, sessionVersion })).not.toBeNull();

    expect(await setAccountActive({ db: t.db, actor: admin, userId: person.id, isActive: false })).toMatchObject({ isChanged: true });
    const [row] = await t.db.select({ sessionVersion: users.sessionVersion, isActive: users.isActive }).from(users).where(eq(users.id, person.id));
    expect(row).toEqual({ sessionVersion: sessionVersion + 1, isActive: false });
    expect(await getSessionUser({ db: t.db, userId: person.id, sessionVersion })).toBeNull();
    expect(await authorizeCredentials({ email: person.email, password: PASSWORD }, t.db)).toBeNull();

    await setAccountActive({ db: t.db, actor: admin, userId: person.id, isActive: true });
    // The old session stays ended; a fresh sign-in works.
    expect(await getSessionUser({ db: t.db, userId: person.id, sessionVersion })).toBeNull();
    expect(await authorizeCredentials({ email: person.email, password: PASSWORD }, t.db)).not.toBeNull();
    const actions = await t.db.select({ action: auditEvents.action }).from(auditEvents).where(and(eq(auditEvents.entityType, "user"), eq(auditEvents.entityId, String(person.id)))).orderBy(auditEvents.id);
    // Sign-ins are audited on the same record; the account's own changes are the disable and the enable.
    expect(actions.map((a) => a.action)).toEqual(["auth.sign_in", "user.disabled", "auth.sign_in_failed", "user.enabled", "auth.sign_in"]);
  });

  it("never disables yourself nor the last active admin", async () => {
    const admin = await createUser(t.db, [{ role: "admin" }]);
    await expect(setAccountActive({ db: t.db, actor: admin, userId: admin.id, isActive: false })).rejects.toMatchObject({ code: "CONFLICT" });
    // Every other admin of the shared database disabled: `admin` and `second` are the only active ones.
    await t.db
      .update(users)
      .set({ isActive: false })
      .where(sql`${users.id} in (select ${memberships.userId} from ${memberships} where ${memberships.role} = 'admin') and ${users.id} <> ${admin.id}`);
    const second = await createUser(t.db, [{ role: "admin" }]);
    // `second` disables `admin` while `admin`'s request, read as active, disables `second`: the last admin stays.
    expect(await setAccountActive({ db: t.db, actor: second, userId: admin.id, isActive: false })).toMatchObject({ isChanged: true });
    await expect(setAccountActive({ db: t.db, actor: admin, userId: second.id, isActive: false })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("last active admin"),
    });
    const [row] = await t.db.select({ isActive: users.isActive }).from(users).where(eq(users.id, second.id));
    expect(row!.isActive).toBe(true);
    expect(await setAccountActive({ db: t.db, actor: second, userId: admin.id, isActive: true })).toMatchObject({ isChanged: true });
  });
});

describeEachEngine("people: password reset by email", (t) => {
  async function requestFor(email: string, address = `10.0.0.${++counter % 250}`) {
    return requestPasswordReset({ db: t.db, email, address, appUrl: APP_URL });
  }

  it("mails a one-hour link that works once and ends the other sessions", async () => {
    const person = await withPassword(t, await createUser(t.db, [{ role: "coordinator", countryCode: "BE" }]), "the old long password");
    const before = await authorizeCredentials({ email: person.email, password: "the old long password" }, t.db);
    expect(await requestFor(person.email.toUpperCase())).toEqual({ ok: true, message: RESET_REQUESTED_MESSAGE });
    const token = await readLastToken(t.db, person.email, RESET_LINK);
    const [row] = await t.db.select({ minutes: sql<number>`extract(epoch from ${accountTokens.expiresAt} - ${accountTokens.createdAt}) / 60`.mapWith(Number) }).from(accountTokens).where(and(eq(accountTokens.userId, person.id), eq(accountTokens.purpose, "password_reset")));
    expect(Math.round(row!.minutes)).toBe(60);
    expect(await getPasswordReset({ db: t.db, token })).toEqual({ name: person.name, email: person.email });
    // An invitation page does not take a reset token, nor the reverse.
    expect(await getInvitation({ db: t.db, token })).toBeUndefined();

    expect(await resetPassword({ db: t.db, token, password: PASSWORD })).toEqual({ email: person.email });
    expect(await authorizeCredentials({ email: person.email, password: "the old long password" }, t.db)).toBeNull();
    expect(await authorizeCredentials({ email: person.email, password: PASSWORD }, t.db)).not.toBeNull();
    expect(await getSessionUser({ db: t.db, userId: person.id, sessionVersion: before!.sessionVersion })).toBeNull();

    // Reused: refused with the one message.
    await expect(resetPassword({ db: t.db, token, password: "a third long passphrase" })).rejects.toMatchObject({ code: "NOT_FOUND", message: INVALID_RESET_MESSAGE });
    expect(await getPasswordReset({ db: t.db, token })).toBeUndefined();
  });

  it("refuses an expired link and a forged one with the same message", async () => {
    const person = await withPassword(t, await createUser(t.db, [{ role: "admin" }]));
    await requestFor(person.email);
    const token = await readLastToken(t.db, person.email, RESET_LINK);
    await t.db.update(accountTokens).set({ expiresAt: sql`now() - interval '1 second'` }).where(eq(accountTokens.userId, person.id));
    expect(await getPasswordReset({ db: t.db, token })).toBeUndefined();
    await expect(resetPassword({ db: t.db, token, password: "a brand new passphrase" })).rejects.toMatchObject({ message: INVALID_RESET_MESSAGE });
    for (const forged of ["A".repeat(43), `${token.slice(0, 42)}${token.endsWith("A") ? "B" : "A"}`, "short", ""]) {
      await expect(resetPassword({ db: t.db, token: forged, password: "a brand new passphrase" })).rejects.toMatchObject({ code: "NOT_FOUND", message: INVALID_RESET_MESSAGE });
    }
    expect(await authorizeCredentials({ email: person.email, password: PASSWORD }, t.db)).not.toBeNull();
  });

  it("answers an unknown email the same and sends nothing", async () => {
    const email = uniqueEmail("nobody");
    const before = await t.db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(mailOutbox);
    expect(await requestFor(email)).toEqual({ ok: true, message: RESET_REQUESTED_MESSAGE });
    expect(await t.db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(mailOutbox)).toEqual(before);
    expect(await getMailTo(t.db, email)).toEqual([]);
  });

  it("throttles requests per email, known or not, and per address", async () => {
    const person = await withPassword(t, await createUser(t.db, [{ role: "admin" }]));
    for (let i = 0; i < 3; i++) expect((await requestFor(person.email)).ok).toBe(true);
    expect(await requestFor(person.email)).toEqual({ ok: false, message: RESET_THROTTLED_MESSAGE });
    expect((await getMailTo(t.db, person.email)).length).toBe(3);
    const unknown = uniqueEmail("unknown-throttled");
    for (let i = 0; i < 3; i++) expect((await requestFor(unknown)).ok).toBe(true);
    expect(await requestFor(unknown)).toEqual({ ok: false, message: RESET_THROTTLED_MESSAGE });
    const address = "192.0.2.77";
    for (let i = 0; i < 10; i++) expect((await requestFor(uniqueEmail("spray"), address)).ok).toBe(true);
    expect(await requestFor(uniqueEmail("spray"), address)).toEqual({ ok: false, message: RESET_THROTTLED_MESSAGE });
  });
});

describeEachEngine("people: the directory and the rights", (t) => {
  it("lists people with their roles, searches, filters by role and status, and pages in SQL", async () => {
    const admin = await createUser(t.db, [{ role: "admin" }]);
    const edition = await createEdition(t.db);
    const tag = `zq${Date.now()}`;
    await invitePerson({ db: t.db, actor: admin, appUrl: APP_URL, email: `${tag}.a@people.invalid`, name: `Alma ${tag}`, role: "coordinator", countryCode: "BE", editionId: edition.id });
    await invitePerson({ db: t.db, actor: admin, appUrl: APP_URL, email: `${tag}.b@people.invalid`, name: `Bert ${tag}`, role: "chair", countryCode: "FR", editionId: edition.id });
    const filters = (query: Record<string, string>) => peopleFiltersSchema.parse(query);

    const all = await listPeople({ db: t.db, viewer: admin, filters: filters({ q: tag }) });
    expect(all.total).toBe(2);
    expect(all.people.map((p) => [p.name, p.status, p.memberships.map((m) => m.role)])).toEqual([
      [`Alma ${tag}`, "invited", ["coordinator"]],
      [`Bert ${tag}`, "invited", ["juror"]],
    ]);
    expect((await listPeople({ db: t.db, viewer: admin, filters: filters({ q: tag.toUpperCase(), role: "chair" }) })).people.map((p) => p.name)).toEqual([`Bert ${tag}`]);
    expect((await listPeople({ db: t.db, viewer: admin, filters: filters({ q: `${tag}.a@` }) })).total).toBe(1);
    expect((await listPeople({ db: t.db, viewer: admin, filters: filters({ q: tag, status: "active" }) })).total).toBe(0);
    // A wildcard typed in the search is a plain character.
    expect((await listPeople({ db: t.db, viewer: admin, filters: filters({ q: "%" }) })).total).toBe(0);
    const paged = await listPeople({ db: t.db, viewer: admin, filters: filters({ page: "999" }) });
    expect(paged.page).toBe(paged.pageCount);
    expect(JSON.stringify(all)).not.toMatch(/scrypt|password/i);

    const person = await getPerson({ db: t.db, viewer: admin, userId: all.people[0]!.id });
    expect(person).toMatchObject({ status: "invited", invitation: { isUsable: true } });
  });

  it("refuses every admin command and read to anyone but an active admin", async () => {
    const edition = await createEdition(t.db);
    const target = await createUser(t.db, [{ role: "coordinator", countryCode: "BE", editionId: edition.id }]);
    const outsiders = [
      await createUser(t.db, [{ role: "coordinator", countryCode: "BE" }]),
      await createUser(t.db, [{ role: "juror", countryCode: "FR", editionId: edition.id, isChair: true }]),
      { ...(await createUser(t.db, [{ role: "admin" }])), isActive: false },
    ];
    for (const actor of outsiders) {
      const commands = [
        () => invitePerson({ db: t.db, actor, appUrl: APP_URL, email: uniqueEmail("x"), name: "X", role: "admin", countryCode: "", editionId: null }),
        () => invitePerson({ db: t.db, actor, appUrl: APP_URL, email: uniqueEmail("x"), name: "X", role: "coordinator", countryCode: "BE", editionId: edition.id }),
        () => invitePerson({ db: t.db, actor, appUrl: APP_URL, email: uniqueEmail("x"), name: "X", role: "coordinator", countryCode: "BE", editionId: null }),
        () => invitePerson({ db: t.db, actor, appUrl: APP_URL, email: uniqueEmail("x"), name: "X", role: "juror", countryCode: "DE", editionId: edition.id }),
        () => replaceCoordinator({ db: t.db, actor, appUrl: APP_URL, email: uniqueEmail("x"), name: "X", countryCode: "BE", editionId: edition.id }),
        () => replaceCoordinator({ db: t.db, actor, appUrl: APP_URL, email: uniqueEmail("x"), name: "X", countryCode: "BE", editionId: null }),
        () => setAccountActive({ db: t.db, actor, userId: target.id, isActive: false }),
        () => resendPersonInvitation({ db: t.db, actor, userId: target.id, appUrl: APP_URL }),
        () => listPeople({ db: t.db, viewer: actor, filters: peopleFiltersSchema.parse({}) }),
        () => getPerson({ db: t.db, viewer: actor, userId: target.id }),
      ];
      for (const command of commands) await expect(command()).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    const [row] = await t.db.select({ isActive: users.isActive }).from(users).where(eq(users.id, target.id));
    expect(row!.isActive).toBe(true);
    expect(await t.db.select().from(memberships).where(eq(memberships.userId, target.id))).toHaveLength(1);
  });
});
