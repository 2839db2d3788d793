import { and, eq, sql } from "drizzle-orm";
import type { Executor } from "../../../../db/client";
import { memberships, users } from "../../../../db/schema";
import { hashPassword } from "../../../../lib/auth/password";
import { SPEC_ACCOUNTS, SPEC_PASSWORD, type SpecAccount } from "../../support/spec-accounts";

export type SpecRole =
  | { role: "admin" }
  | { role: "coordinator"; countryCode: string; editionId: number | null }
  | { role: "juror"; countryCode: string; editionId: number; isChair?: boolean };

// scrypt is slow on purpose: one hash serves every spec account of a run.
let passwordHash: Promise<string> | undefined;

/**
 * Creates a spec's account with its roles unless the email exists; a coordinator is scoped to the spec's edition,
 * so its pages list no other edition. Returns the user id.
 */
export async function ensureSpecAccount(db: Executor, account: SpecAccount, roles: readonly SpecRole[]): Promise<number> {
  const { email, name } = SPEC_ACCOUNTS[account];
  const [existing] = await db.select({ id: users.id }).from(users).where(eq(sql`lower(${users.email})`, email));
  if (existing) return existing.id;
  passwordHash ??= hashPassword(SPEC_PASSWORD);
  const [created] = await db.insert(users).values({ email, name, passwordHash: await passwordHash }).returning({ id: users.id });
  const userId = created!.id;
  for (const role of roles) {
    await db.insert(memberships).values({
      userId,
      role: role.role,
      editionId: role.role === "admin" ? null : role.editionId,
      countryCode: role.role === "admin" ? null : role.countryCode,
      isChair: role.role === "juror" ? (role.isChair ?? false) : false,
    });
  }
  return userId;
}

/** The id of an account the demo seed made (e.g. the secretariat), for rows that name who did something. */
export async function getUserId(db: Executor, email: string): Promise<number> {
  const [row] = await db.select({ id: users.id }).from(users).where(and(eq(sql`lower(${users.email})`, email.toLowerCase())));
  if (!row) throw new Error(`No user ${email}: the demo seed runs first.`);
  return row.id;
}
