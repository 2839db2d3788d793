import { eq } from "drizzle-orm";
import type { JWT } from "next-auth/jwt";
import { decode, encode } from "next-auth/jwt";
import { beforeAll, expect, it } from "vitest";
import { users } from "@/db/schema";
import { authorizeCredentials, getAuthOptions, readSessionClaims } from "@/lib/auth/options";
import { hashPassword } from "@/lib/auth/password";
import { acceptInvitation, createInvitationToken } from "@/lib/people/account-tokens";
import { getSessionUser } from "@/lib/people/queries";
import { createUser } from "../fixtures/factory";
import { describeEachEngine } from "../helpers/db";

const SECRET = "session-version-test-secret-0123456789abcdef";

describeEachEngine("ending sessions", (t) => {
  const password = "right-password";
  let passwordHash = "";

  beforeAll(async () => {
    passwordHash = await hashPassword(password);
  });

  async function createSignedInUser() {
    const user = await createUser(t.db, [{ role: "coordinator", countryCode: "BE" }]);
    await t.db.update(users).set({ passwordHash }).where(eq(users.id, user.id));
    const signedIn = await authorizeCredentials({ email: user.email, password }, t.db);
    expect(signedIn).not.toBeNull();
    // The real callback and the real cookie format: what the browser holds after sign-in.
    const jwt = getAuthOptions({ db: t.db }).callbacks!.jwt!;
    const claims = (await jwt({ token: {}, user: { id: signedIn!.id, sessionVersion: signedIn!.sessionVersion }, account: null })) as JWT;
    const cookie = await encode({ token: claims, secret: SECRET });
    return { user, cookie };
  }

  /** What getCurrentUser does with a cookie on the next request. */
  async function openSession(cookie: string) {
    const claims = readSessionClaims(await decode({ token: cookie, secret: SECRET }));
    return claims ? getSessionUser({ db: t.db, ...claims }) : null;
  }

  it("refuses a token copied before sign-out, and a fresh sign-in works again", async () => {
    const { user, cookie } = await createSignedInUser();
    expect((await openSession(cookie))?.id).toBe(user.id);
    const token = await decode({ token: cookie, secret: SECRET });
    await getAuthOptions({ db: t.db }).events!.signOut!({ token: token!, session: null as never });
    expect(await openSession(cookie)).toBeNull();
    const again = await createSignedInUser();
    expect((await openSession(again.cookie))?.id).toBe(again.user.id);
  });

  it("refuses a token made before the password changed, whoever changed it", async () => {
    const { cookie } = await createSignedInUser();
    const claims = readSessionClaims(await decode({ token: cookie, secret: SECRET }))!;
    await t.db.update(users).set({ passwordHash: await hashPassword("another-password") }).where(eq(users.id, claims.userId));
    expect(await openSession(cookie)).toBeNull();
  });

  it("refuses a token made before the password was set through an invitation link", async () => {
    const { user, cookie } = await createSignedInUser();
    const invitation = await t.db.transaction((tx) => createInvitationToken(tx, user.id));
    await acceptInvitation({ db: t.db, token: invitation, password: "a-new-long-password" });
    expect(await openSession(cookie)).toBeNull();
  });

  it("refuses a token made before the account was disabled, even once it is enabled again", async () => {
    const { user, cookie } = await createSignedInUser();
    await t.db.update(users).set({ isActive: false }).where(eq(users.id, user.id));
    await t.db.update(users).set({ isActive: true }).where(eq(users.id, user.id));
    expect(await openSession(cookie)).toBeNull();
  });

  it("keeps the session when something else about the person changes", async () => {
    const { user, cookie } = await createSignedInUser();
    await t.db.update(users).set({ name: "Renamed" }).where(eq(users.id, user.id));
    expect((await openSession(cookie))?.name).toBe("Renamed");
  });
});
