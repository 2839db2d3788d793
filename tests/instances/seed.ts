/**
 * The data scripts/test-instances.mjs needs on a migrated database: the countries, a secretariat account, the annexes, sign-in and ceremony specs' own
 * editions and accounts, one Dutch draft to attach an annex to, and a batch of due jobs for both instances to
 * race for. Prints the draft's id as one JSON line.
 */
import { eq } from "drizzle-orm";
import { openConnection } from "../../db/client";
import { editions, jobs, memberships, nominations, users } from "../../db/schema";
import { seedCountries } from "../../db/seed/countries";
import { hashPassword } from "../../lib/auth/password";
import { JOB_KINDS } from "../../lib/jobs/kinds";
import { getEnv } from "../../lib/env";
import seedAnnexes from "../e2e/seed/annexes.seed";
import seedAuth from "../e2e/seed/auth.seed";
import seedCeremony from "../e2e/seed/ceremony.seed";
import { getUserId } from "../e2e/seed/support/accounts";
import { SPEC_ACCOUNTS, SPEC_PASSWORD, SPEC_YEARS } from "../e2e/support/spec-accounts";

/** The secretariat who presents the ceremony in the test; the specs' one password. */
const ADMIN_EMAIL = "instances.admin@e2e.test";

/** How many due jobs wait for the two instances when they start; each must run exactly once. */
const RACED_JOBS = Number(process.env.INSTANCES_RACED_JOBS ?? 200);

async function main() {
  const connection = openConnection({ url: getEnv().DATABASE_URL, max: 1 });
  try {
    const { db } = connection;
    await seedCountries(db);
    const [admin] = await db.insert(users).values({ email: ADMIN_EMAIL, name: "Instances Secretariat", passwordHash: await hashPassword(SPEC_PASSWORD) }).returning({ id: users.id });
    await db.insert(memberships).values({ userId: admin!.id, role: "admin" });
    await seedAnnexes(db);
    await seedAuth(db);
    await seedCeremony(db);
    const [edition] = await db.select({ id: editions.id }).from(editions).where(eq(editions.year, SPEC_YEARS.annexes));
    const createdBy = await getUserId(db, SPEC_ACCOUNTS.annexesCoordinatorNl.email);
    const [draft] = await db
      .insert(nominations)
      .values({ editionId: edition!.id, countryCode: "NL", kind: "competing", state: "draft", title: "Instances draft", createdBy })
      .returning({ id: nominations.id });
    // The contact-retention job is idempotent and cheap: a fair stand-in for any job that must not run twice.
    await db.insert(jobs).values(
      Array.from({ length: RACED_JOBS }, (_, index) => ({ kind: JOB_KINDS.contactRetention, key: `instances-race:${index}`, payload: {}, maxAttempts: 1 })),
    );
    console.log(JSON.stringify({ nominationId: draft!.id, racedJobs: RACED_JOBS }));
  } finally {
    await connection.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
