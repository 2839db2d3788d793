import type { Database } from "../../../db/client";
import { SPEC_YEARS } from "../support/spec-accounts";
import { seedAwardedEntries } from "./support/awards";
import { seedSpecEdition } from "./support/edition";

/**
 * ceremony.spec.ts: an edition in deliberation with its jury closed and its three places chosen (Belgium wins with a
 * mean of 8.20, the score the public must never see), not yet sealed: the spec seals it before the live show.
 */
export default async function seedCeremony(db: Database) {
  const edition = await seedSpecEdition(db, {
    year: SPEC_YEARS.ceremony,
    phase: "deliberation",
    theme: "Ceremony end-to-end theme: safer night-time streets",
    presidencyCountryCode: "IE",
  });
  await seedAwardedEntries(
    db,
    edition,
    { chair: "ceremonyChair", juror: "ceremonyJuror" },
    [
      { countryCode: "BE", title: `Safe Streets Belgium ${edition.year}`, values: [9, 8, 9, 7, 8], juryReason: "A neighbourhood approach that others can copy." },
      { countryCode: "FR", title: "Night buses with mediators", values: [7, 7, 7, 8, 8], juryReason: "Mediators who make the last bus home feel safe." },
      { countryCode: "RO", title: "Lit paths to school", values: [7, 6, 8, 7, 7], juryReason: "Simple lighting that parents asked for." },
      { countryCode: "SE", title: "Neighbourhood night walkers", values: [6, 6, 6, 6, 6] },
    ],
    { awarded: "accepted", participant: "accepted" },
  );
}
