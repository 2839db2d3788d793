import { and, eq, isNull, sql } from "drizzle-orm";
import { hashPassword } from "../../lib/auth/password";
import type { Executor } from "../client";
import { memberships, users } from "../schema";

export type DemoRole =
  | { role: "admin" }
  | { role: "coordinator"; countryCode: string }
  | { role: "juror"; countryCode: string; year: number; isChair?: boolean };

/** A demo sign-in. The seed is the only place that creates accounts with known passwords. */
export interface DemoAccount {
  email: string;
  name: string;
  password: string;
  /** What the account may do, for the table printed at the end of the seed. */
  summary: string;
  roles: DemoRole[];
}

const JUROR_PASSWORD = "juror-demo-2026";

/** The accounts a visitor of the demo signs in with. */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    email: "admin@palmares.demo",
    name: "Demo Secretariat",
    password: "admin-demo-2026",
    summary: "admin (secretariat): runs every edition, from set-up to publication",
    roles: [{ role: "admin" }],
  },
  {
    email: "coordinator@palmares.demo",
    name: "Demo Coordinator (Belgium)",
    password: "coordinator-demo-2026",
    summary: "coordinator of Belgium: prepares and submits Belgium's 2026 nomination",
    roles: [{ role: "coordinator", countryCode: "BE" }],
  },
  {
    email: "coordinator.nl@palmares.demo",
    name: "Demo Coordinator (Netherlands)",
    password: "coordinator-demo-2026",
    summary: "coordinator of the Netherlands: sees the Dutch 2026 nomination, not Belgium's",
    roles: [{ role: "coordinator", countryCode: "NL" }],
  },
  {
    email: "juror@palmares.demo",
    name: "Demo Jury Chair (France)",
    password: JUROR_PASSWORD,
    summary: "2026 jury chair from France: scores other countries' dossiers once the jury opens",
    roles: [{ role: "juror", countryCode: "FR", year: 2026, isChair: true }],
  },
  {
    email: "juror.de@palmares.demo",
    name: "Demo Juror (Germany)",
    password: JUROR_PASSWORD,
    summary: "2026 juror from Germany",
    roles: [{ role: "juror", countryCode: "DE", year: 2026 }],
  },
];

/** A demo juror of a past edition, e.g. juror.it.2014@palmares.demo. */
export function makePastJuror(year: number, countryCode: string, countryName: string, isChair = false): DemoAccount {
  return {
    email: `juror.${countryCode.toLowerCase()}.${year}@palmares.demo`,
    name: `Demo Juror ${year} (${countryName})`,
    password: JUROR_PASSWORD,
    summary: `${year} juror from ${countryName}${isChair ? " (chair)" : ""}`,
    roles: [{ role: "juror", countryCode, year, isChair }],
  };
}

/** Creates the user unless one with that email (any case) exists; an existing password is never rehashed. */
async function ensureUser(db: Executor, account: DemoAccount): Promise<number> {
  const email = account.email.toLowerCase();
  const [existing] = await db.select({ id: users.id }).from(users).where(eq(sql`lower(${users.email})`, email));
  if (existing) return existing.id;
  const passwordHash = await hashPassword(account.password);
  const [created] = await db.insert(users).values({ email, name: account.name, passwordHash }).returning({ id: users.id });
  return created!.id;
}

async function ensureMembership(
  db: Executor,
  values: { userId: number; role: DemoRole["role"]; editionId: number | null; countryCode: string | null; isChair: boolean },
): Promise<void> {
  const [existing] = await db
    .select({ id: memberships.id })
    .from(memberships)
    .where(
      and(
        eq(memberships.userId, values.userId),
        eq(memberships.role, values.role),
        values.editionId === null ? isNull(memberships.editionId) : eq(memberships.editionId, values.editionId),
        // A person sits once on an edition's jury (a unique index), so a juror role is found without its country.
        values.role === "juror"
          ? undefined
          : values.countryCode === null
            ? isNull(memberships.countryCode)
            : eq(memberships.countryCode, values.countryCode),
      ),
    );
  if (!existing) await db.insert(memberships).values(values);
}

/** Creates the accounts and their roles; juror roles need their edition's id. Returns user ids by email. */
export async function seedAccounts(
  db: Executor,
  accounts: readonly DemoAccount[],
  editionIdByYear: ReadonlyMap<number, number>,
): Promise<Map<string, number>> {
  const userIds = new Map<string, number>();
  for (const account of accounts) {
    const userId = await ensureUser(db, account);
    userIds.set(account.email, userId);
    for (const role of account.roles) {
      if (role.role === "juror") {
        const editionId = editionIdByYear.get(role.year);
        if (editionId === undefined) throw new Error(`No edition ${role.year} for ${account.email}`);
        const isChair = role.isChair ?? false;
        await ensureMembership(db, { userId, role: "juror", editionId, countryCode: role.countryCode, isChair });
      } else {
        const countryCode = role.role === "coordinator" ? role.countryCode : null;
        await ensureMembership(db, { userId, role: role.role, editionId: null, countryCode, isChair: false });
      }
    }
  }
  return userIds;
}
