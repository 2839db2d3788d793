import { randomBytes } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import type { PGlite } from "@electric-sql/pglite";
import { beforeAll, expect, it } from "vitest";
import { openConnection, type Connection, type Database } from "@/db/client";
import * as schema from "@/db/schema";
import { users } from "@/db/schema";
import { authorizeCredentials } from "@/lib/auth/options";
import { hashPassword } from "@/lib/auth/password";
import {
  ACCOUNT_FAILURES_ALLOWED,
  ADDRESS_FAILURES_ALLOWED,
  consumeSignInAttempt,
  FAILURE_WINDOW_SECONDS,
} from "@/lib/auth/sign-in-throttle";
import { createUser } from "../fixtures/factory";
import { describeEachEngine, type TestDatabase } from "../helpers/db";

function uniqueAddress(): string {
  return `198.51.100.${randomBytes(1)[0]}-${randomBytes(3).toString("hex")}`;
}

/** A second, independent handle on the same database: what another app instance would hold. */
async function openSecondHandle(t: TestDatabase): Promise<{ db: Database; close: () => Promise<void> }> {
  if (t.engine === "pglite") {
    const client = (t.db as unknown as { $client: PGlite }).$client;
    return { db: drizzlePglite(client, { schema }) as unknown as Database, close: async () => {} };
  }
  // postgres.js returns the rows themselves.
  const [row] = (await t.db.execute(sql`select current_database() as name`)) as unknown as { name: string }[];
  const url = new URL(process.env.TEST_DATABASE_URL!);
  url.pathname = `/${row!.name}`;
  const connection: Connection = openConnection({ url: url.toString(), max: 2 });
  return { db: connection.db, close: connection.close };
}

describeEachEngine("sign-in throttling", (t) => {
  const password = "right-password";
  let passwordHash = "";

  beforeAll(async () => {
    passwordHash = await hashPassword(password);
  });

  async function createSignableUser() {
    const user = await createUser(t.db, [{ role: "coordinator", countryCode: "BE" }]);
    await t.db.update(users).set({ passwordHash }).where(eq(users.id, user.id));
    return user;
  }

  /** What the sign-in route does: count the attempt, then (if allowed) check the password. */
  async function signIn(email: string, attempt: string, address: string) {
    const counted = await consumeSignInAttempt({ db: t.db, email, address });
    if (!counted.ok) return counted;
    const user = await authorizeCredentials({ email, password: attempt }, t.db, address);
    return { ok: user !== null } as const;
  }

  it(`refuses the ${ACCOUNT_FAILURES_ALLOWED + 1}th wrong attempt on one account with the seconds to wait, even with the right password`, async () => {
    const user = await createSignableUser();
    const address = uniqueAddress();
    for (let i = 0; i < ACCOUNT_FAILURES_ALLOWED; i++) expect(await signIn(user.email, "wrong", address)).toEqual({ ok: false });
    const refused = await signIn(user.email.toUpperCase(), password, uniqueAddress());
    expect(refused.ok).toBe(false);
    const wait = (refused as { retryAfterSeconds: number }).retryAfterSeconds;
    expect(wait).toBeGreaterThan(FAILURE_WINDOW_SECONDS - 120);
    expect(wait).toBeLessThanOrEqual(FAILURE_WINDOW_SECONDS);
  });

  it("refuses an address that tries many different accounts, while other addresses still get in", async () => {
    const address = uniqueAddress();
    for (let i = 0; i < ADDRESS_FAILURES_ALLOWED; i++) {
      expect((await consumeSignInAttempt({ db: t.db, email: `nobody-${i}-${address}@test.invalid`, address })).ok).toBe(true);
    }
    const user = await createSignableUser();
    expect((await signIn(user.email, password, address)).ok).toBe(false);
    expect(await signIn(user.email, password, uniqueAddress())).toEqual({ ok: true });
  });

  it("clears the account's failures after a successful sign-in", async () => {
    const user = await createSignableUser();
    const address = uniqueAddress();
    for (let i = 0; i < ACCOUNT_FAILURES_ALLOWED - 1; i++) await signIn(user.email, "wrong", address);
    expect(await signIn(user.email, password, address)).toEqual({ ok: true });
    for (let i = 0; i < ACCOUNT_FAILURES_ALLOWED; i++) {
      expect((await consumeSignInAttempt({ db: t.db, email: user.email, address })).ok).toBe(true);
    }
    expect((await consumeSignInAttempt({ db: t.db, email: user.email, address })).ok).toBe(false);
  });

  it("shares the counts between separate connections to the database, as between app instances", async () => {
    const second = await openSecondHandle(t);
    try {
      const email = `shared-${randomBytes(4).toString("hex")}@test.invalid`;
      const address = uniqueAddress();
      for (let i = 0; i < ACCOUNT_FAILURES_ALLOWED; i++) {
        const db = i % 2 === 0 ? t.db : second.db;
        expect((await consumeSignInAttempt({ db, email, address })).ok).toBe(true);
      }
      expect((await consumeSignInAttempt({ db: second.db, email, address })).ok).toBe(false);
      expect((await consumeSignInAttempt({ db: t.db, email, address })).ok).toBe(false);
    } finally {
      await second.close();
    }
  });

  it("stores no email or address in clear", async () => {
    const email = `clear-${randomBytes(4).toString("hex")}@test.invalid`;
    await consumeSignInAttempt({ db: t.db, email, address: "203.0.113.9" });
    const rows = await t.db.select({ key: schema.signInAttempts.key }).from(schema.signInAttempts);
    expect(rows.some((r) => r.key.includes(email) || r.key.includes("203.0.113.9"))).toBe(false);
  });
});

