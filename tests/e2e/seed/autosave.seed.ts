import { sql } from "drizzle-orm";
import type { Database } from "../../../db/client";
import { SPEC_YEARS } from "../support/spec-accounts";
import { ensureSpecAccount } from "./support/accounts";
import { seedSpecEdition } from "./support/edition";

/**
 * autosave-dossier.spec.ts: an edition open for nominations, an edition that closed with no Belgian dossier,
 * and a Belgian coordinator who sees only those two.
 */
export default async function seedAutosave(db: Database) {
  const edition = await seedSpecEdition(db, { year: SPEC_YEARS.autosave, phase: "nominations_open", theme: "Autosave end-to-end theme" });
  const closed = await seedSpecEdition(db, {
    year: SPEC_YEARS.autosaveClosed,
    phase: "eligibility",
    theme: "Autosave closed end-to-end theme",
    submissionDeadline: sql`now() - interval '10 days'`,
  });
  await ensureSpecAccount(db, "autosaveCoordinator", [
    { role: "coordinator", countryCode: "BE", editionId: edition.id },
    { role: "coordinator", countryCode: "BE", editionId: closed.id },
  ]);
}
