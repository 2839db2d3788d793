import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { memberships, users } from "@/db/schema";
import { authorizeCredentials } from "@/lib/auth/options";
import { hashPassword } from "@/lib/auth/password";
import { getSessionUser } from "@/lib/people/queries";
import { createUser } from "../fixtures/factory";
import { describeEachEngine } from "../helpers/db";

describeEachEngine("sign-in and the session user", (t) => {
  async function createSignableUser(password: string) {
    const user = await createUser(t.db, [{ role: "coordinator", countryCode: "BE" }]);
    await t.db.update(users).set({ passwordHash: await hashPassword(password) }).where(eq(users.id, user.id));
    return user;
  }

  it("signs in with the right password, whatever the email's case, and carries only the id and session version", async () => {
    const user = await createSignableUser("right-password");
    const result = await authorizeCredentials({ email: user.email.toUpperCase(), password: "right-password" }, t.db);
    // Setting the password raised the session version from 0 to 1.
    expect(result).toEqual({ id: String(user.id), sessionVersion: 1 });
  });

  it("answers a wrong password and an unknown email alike", async () => {
    const user = await createSignableUser("right-password");
    expect(await authorizeCredentials({ email: user.email, password: "wrong" }, t.db)).toBeNull();
    expect(await authorizeCredentials({ email: "nobody@test.invalid", password: "wrong" }, t.db)).toBeNull();
    expect(await authorizeCredentials({ email: "not-an-email", password: "" }, t.db)).toBeNull();
  });

  it("refuses a disabled user at sign-in and drops their existing session on the next request", async () => {
    const user = await createSignableUser("right-password");
    expect(await getSessionUser({ db: t.db, userId: user.id })).not.toBeNull();
    await t.db.update(users).set({ isActive: false }).where(eq(users.id, user.id));
    expect(await authorizeCredentials({ email: user.email, password: "right-password" }, t.db)).toBeNull();
    expect(await getSessionUser({ db: t.db, userId: user.id })).toBeNull();
  });

  it("reads roles fresh from the database, so a role change applies on the next request", async () => {
    const user = await createUser(t.db, [{ role: "coordinator", countryCode: "BE" }]);
    expect(user.isAdmin).toBe(false);
    await t.db.insert(memberships).values({ userId: user.id, role: "admin" });
    const again = await getSessionUser({ db: t.db, userId: user.id });
    expect(again?.isAdmin).toBe(true);
    expect(again).not.toHaveProperty("passwordHash");
  });
});
