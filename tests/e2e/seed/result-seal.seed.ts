import type { Database } from "../../../db/client";
import { SPEC_YEARS } from "../support/spec-accounts";
import { seedAwardedEntries } from "./support/awards";
import { seedSpecEdition } from "./support/edition";

/**
 * result-seal.spec.ts: an edition published with its awards but never sealed, as an archive year is, for the
 * secretariat to seal and print certificates of.
 */
export default async function seedResultSeal(db: Database) {
  const edition = await seedSpecEdition(db, {
    year: SPEC_YEARS.resultSeal,
    phase: "published",
    theme: "Result seal end-to-end theme",
    presidencyCountryCode: "IT",
  });
  await seedAwardedEntries(
    db,
    edition,
    { chair: "sealChair", juror: "sealJuror" },
    [
      { countryCode: "DK", title: "Seal winner from Denmark", values: [9, 9, 8, 9, 8], juryReason: "Support that reaches victims wherever they are." },
      { countryCode: "FR", title: "Seal second place from France", values: [7, 7, 7, 8, 8], juryReason: "A network of shelters far from the exploiters." },
      { countryCode: "RO", title: "Seal third place from Romania", values: [7, 6, 8, 7, 7], juryReason: "An awareness campaign that teenagers follow." },
      { countryCode: "NL", title: "Seal participant from the Netherlands", values: [6, 6, 6, 6, 6] },
    ],
    { awarded: "awarded", participant: "participant" },
  );
}
