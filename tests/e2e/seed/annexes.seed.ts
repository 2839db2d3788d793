import type { Database } from "../../../db/client";
import { SPEC_YEARS } from "../support/spec-accounts";
import { ensureSpecAccount } from "./support/accounts";
import { seedSpecEdition } from "./support/edition";

/** annexes.spec.ts: an edition open for nominations, the Dutch coordinator who adds annexes and a Belgian one who may not see them. */
export default async function seedAnnexes(db: Database) {
  const edition = await seedSpecEdition(db, { year: SPEC_YEARS.annexes, phase: "nominations_open", theme: "Annexes end-to-end theme" });
  await ensureSpecAccount(db, "annexesCoordinatorNl", [{ role: "coordinator", countryCode: "NL", editionId: edition.id }]);
  await ensureSpecAccount(db, "annexesCoordinatorBe", [{ role: "coordinator", countryCode: "BE", editionId: edition.id }]);
}
