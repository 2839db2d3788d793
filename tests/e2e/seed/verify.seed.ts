import { eq } from "drizzle-orm";
import type { Database } from "../../../db/client";
import { memberships } from "../../../db/schema";
import { getSessionUser } from "../../../lib/people/queries";
import { freezeResult } from "../../../lib/results/freeze";
import { SPEC_YEARS } from "../support/spec-accounts";
import { seedAwardedEntries } from "./support/awards";
import { seedSpecEdition } from "./support/edition";

/**
 * verify.spec.ts: a published edition whose result the secretariat sealed with its own function, so the public part
 * and its fingerprint are the real ones the verify page checks.
 */
export default async function seedVerify(db: Database) {
  const edition = await seedSpecEdition(db, { year: SPEC_YEARS.verify, phase: "published", theme: "Verify end-to-end theme", presidencyCountryCode: "IT" });
  await seedAwardedEntries(
    db,
    edition,
    { chair: "verifyChair", juror: "verifyJuror" },
    [
      { countryCode: "DK", title: "Verify winner from Denmark", values: [9, 9, 8, 9, 8], juryReason: "Support that reaches victims wherever they are." },
      { countryCode: "FR", title: "Verify second place from France", values: [7, 7, 7, 8, 8], juryReason: "A network of shelters far from the exploiters." },
      { countryCode: "RO", title: "Verify third place from Romania", values: [7, 6, 8, 7, 7], juryReason: "An awareness campaign that teenagers follow." },
      { countryCode: "NL", title: "Verify participant from the Netherlands", values: [6, 6, 6, 6, 6] },
    ],
    { awarded: "awarded", participant: "participant" },
  );
  const [admin] = await db.select({ userId: memberships.userId }).from(memberships).where(eq(memberships.role, "admin")).limit(1);
  await freezeResult({ db, user: (await getSessionUser({ db, userId: admin!.userId }))!, editionId: edition.id });
}
