import type { Database } from "../../../db/client";
import { memberships, users } from "../../../db/schema";
import { hashPassword } from "../../../lib/auth/password";

/** Accounts only auth.spec.ts signs in with: signing out ends all of a person's sessions, and throttling locks one. */
export const AUTH_SPEC_ACCOUNTS = {
  signOut: { email: "sign-out.coordinator@e2e.palmares.test", password: "sign-out-e2e-2026", name: "E2e Sign-out Coordinator" },
  throttled: { email: "throttled.coordinator@e2e.palmares.test", password: "throttled-e2e-2026", name: "E2e Throttled Coordinator" },
} as const;

export default async function seedAuthSpec(db: Database): Promise<void> {
  for (const account of Object.values(AUTH_SPEC_ACCOUNTS)) {
    const [user] = await db
      .insert(users)
      .values({ email: account.email, name: account.name, passwordHash: await hashPassword(account.password) })
      .onConflictDoNothing()
      .returning({ id: users.id });
    if (user) await db.insert(memberships).values({ userId: user.id, role: "coordinator", countryCode: "BE" });
  }
}
