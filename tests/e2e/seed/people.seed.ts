import type { Database } from "../../../db/client";
import { SPEC_YEARS } from "../support/spec-accounts";
import { ensureSpecAccount } from "./support/accounts";
import { seedSpecEdition } from "./support/edition";

/**
 * people.spec.ts invites a coordinator for Estonia to its own 2044 edition, resets the password of its own
 * coordinator (so no other spec's signed-in state changes), disables and enables its own coordinator, and signs in
 * a person with two roles to see the chooser.
 */
export default async function seedPeople(db: Database) {
  const edition = await seedSpecEdition(db, { year: SPEC_YEARS.people, phase: "nominations_open" });
  await ensureSpecAccount(db, "peopleResetCoordinator", [{ role: "coordinator", countryCode: "EE", editionId: edition.id }]);
  await ensureSpecAccount(db, "peopleJurorCoordinator", [
    { role: "coordinator", countryCode: "LV", editionId: edition.id },
    { role: "juror", countryCode: "LV", editionId: edition.id },
  ]);
  await ensureSpecAccount(db, "peopleDisabled", [{ role: "coordinator", countryCode: "LT", editionId: edition.id }]);
}
