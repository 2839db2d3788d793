import type { Database } from "../../../db/client";
import { SPEC_YEARS } from "../support/spec-accounts";
import { ensureSpecAccount } from "./support/accounts";
import { seedSpecEdition } from "./support/edition";

/** autosave-dossier.spec.ts: an edition open for nominations and a Belgian coordinator who sees only it. */
export default async function seedAutosave(db: Database) {
  const edition = await seedSpecEdition(db, { year: SPEC_YEARS.autosave, phase: "nominations_open", theme: "Autosave end-to-end theme" });
  await ensureSpecAccount(db, "autosaveCoordinator", [{ role: "coordinator", countryCode: "BE", editionId: edition.id }]);
}
