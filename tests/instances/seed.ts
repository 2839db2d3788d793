/**
 * The data scripts/test-instances.mjs needs, after the demo seed: the annexes, sign-in and ceremony specs' own
 * editions and accounts, one Dutch draft to attach an annex to, and a batch of due jobs for both instances to
 * race for. Prints the draft's id as one JSON line.
 */
import { eq } from "drizzle-orm";
import { openConnection } from "../../db/client";
import { editions, jobs, nominations } from "../../db/schema";
import { JOB_KINDS } from "../../lib/jobs/kinds";
import { getEnv } from "../../lib/env";
import seedAnnexes from "../e2e/seed/annexes.seed";
import seedAuth from "../e2e/seed/auth.seed";
import seedCeremony from "../e2e/seed/ceremony.seed";
import { getUserId } from "../e2e/seed/support/accounts";
import { SPEC_ACCOUNTS, SPEC_YEARS } from "../e2e/support/spec-accounts";

/** How many due jobs wait for the two instances when they start; each must run exactly once. */
const RACED_JOBS = Number(process.env.INSTANCES_RACED_JOBS ?? 200);

async function main() {
  const connection = openConnection({ url: getEnv().DATABASE_URL, max: 1 });
  try {
    const { db } = connection;
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
