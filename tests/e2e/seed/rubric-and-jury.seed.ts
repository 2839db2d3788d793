import type { Database } from "../../../db/client";
import { SPEC_YEARS } from "../support/spec-accounts";
import { ensureSpecAccount } from "./support/accounts";
import { seedSpecDossier, seedSpecEdition } from "./support/edition";
import { seedAssignment } from "./support/jury";

/** rubric-and-jury.spec.ts: an edition whose jury is scoring (so its rubric is frozen), with a chair, where the secretariat invites an expert. */
export default async function seedRubricAndJury(db: Database) {
  const edition = await seedSpecEdition(db, { year: SPEC_YEARS.rubric, phase: "jury_scoring", theme: "Rubric end-to-end theme" });
  const chair = await ensureSpecAccount(db, "rubricChair", [{ role: "juror", countryCode: "ES", editionId: edition.id, isChair: true }]);
  const belgium = await seedSpecDossier(db, edition, { countryCode: "BE", title: "Rubric dossier from Belgium", state: "accepted" });
  await seedAssignment(db, edition, chair, belgium);
}
