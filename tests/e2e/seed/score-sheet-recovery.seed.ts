import { eq, sql } from "drizzle-orm";
import type { Database } from "../../../db/client";
import { ensureCompetingNomination, ensureCriteria, ensureEdition } from "../../../db/seed/ensure";
import { assignments, memberships, users } from "../../../db/schema";
import { hashPassword } from "../../../lib/auth/password";

/** The edition of tests/e2e/score-sheet-recovery.spec.ts: no other spec uses this year. */
export const RECOVERY_YEAR = 2041;
export const RECOVERY_JUROR = { email: "recovery.juror@example.org", password: "recovery-juror-2041", name: "Recovery Juror (France)" };
export const RECOVERY_DOSSIER_TITLE = "Recovery test: Night buses that stay lit";

/** A 2041 edition in jury scoring with one French juror of its own and one Danish dossier assigned to them. */
export default async function seedScoreSheetRecovery(db: Database): Promise<void> {
  const editionId = await ensureEdition(db, {
    year: RECOVERY_YEAR,
    theme: "Safer public transport at night (e2e)",
    presidencyCountryCode: "DK",
    phase: "jury_scoring",
    submissionDeadline: sql`now() - interval '7 days'`,
    juryDeadline: sql`now() + interval '30 days'`,
    ceremonyStartsOn: `${RECOVERY_YEAR}-12-04`,
  });
  await ensureCriteria(db, editionId);
  const nominationId = await ensureCompetingNomination(db, {
    editionId,
    countryCode: "DK",
    state: "accepted",
    submittedAt: sql`now() - interval '8 days'`,
    title: RECOVERY_DOSSIER_TITLE,
    organisation: "Copenhagen transport authority (e2e)",
    description: "An invented dossier for the score sheet's recovery test.",
  });
  // The e2e database is fresh on every run; looking first keeps a second seed harmless all the same.
  const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.email, RECOVERY_JUROR.email));
  const [juror] = existing
    ? [existing]
    : await db
        .insert(users)
        .values({ email: RECOVERY_JUROR.email, name: RECOVERY_JUROR.name, passwordHash: await hashPassword(RECOVERY_JUROR.password) })
        .returning({ id: users.id });
  await db.insert(memberships).values({ userId: juror!.id, role: "juror", editionId, countryCode: "FR" }).onConflictDoNothing();
  await db.insert(assignments).values({ editionId, jurorUserId: juror!.id, nominationId, source: "manual" }).onConflictDoNothing();
}
