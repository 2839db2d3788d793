import type { Database } from "../../../db/client";
import { ceremonies } from "../../../db/schema";
import { SPEC_YEARS } from "../support/spec-accounts";
import { seedAwardedEntries } from "./support/awards";
import { seedSpecEdition } from "./support/edition";

/** The winner's title: three lines on a 1080p slide as it was drawn before the slides fitted their text. */
export const SCREEN_WINNER_TITLE =
  "Safer together after dark: a neighbourhood network of trained volunteers, night mediators and local police in twelve towns";
export const SCREEN_WINNER_REASON =
  "The jury praised a project that joins volunteers, mediators and the police in one evaluated approach, with results measured " +
  "over three years, and that other member states could copy at a modest cost with the manual and training it publishes.";

/**
 * ceremony-screen.spec.ts: an edition in deliberation with fourteen nominees (the long list), long awarded titles
 * and reasons, and a rehearsal already standing at the winner's step, so the audience screen opens on the fullest slide.
 */
export default async function seedCeremonyScreen(db: Database) {
  const edition = await seedSpecEdition(db, {
    year: SPEC_YEARS.ceremonyScreen,
    phase: "deliberation",
    theme: "Ceremony screen end-to-end theme: preventing crime and the fear of crime in public spaces after dark",
    presidencyCountryCode: "PT",
  });
  const others = ["AT", "CZ", "DK", "ES", "FI", "HU", "LT", "LV", "NL", "PL", "SE"].map((countryCode, i) => ({
    countryCode,
    title: `Night-time prevention in ${countryCode}: street lighting, mediators and a shared evaluation`,
    values: [6, 6, 6, 6, Math.max(1, 6 - (i % 5))],
  }));
  await seedAwardedEntries(
    db,
    edition,
    { chair: "screenChair", juror: "screenJuror" },
    [
      { countryCode: "BE", title: SCREEN_WINNER_TITLE, values: [9, 9, 9, 9, 9], juryReason: SCREEN_WINNER_REASON },
      {
        countryCode: "FR",
        title: "Mediators on the last buses home, trained with the transport company, the police and the victims' support service",
        values: [8, 8, 8, 8, 8],
        juryReason: "Mediators who make the last bus home feel safe, with an external evaluation and a plan other cities can follow.",
      },
      { countryCode: "RO", title: "Lit paths to school", values: [7, 7, 7, 7, 8], juryReason: "Simple lighting that parents asked for." },
      ...others,
    ],
    { awarded: "accepted", participant: "accepted" },
  );
  // Steps: title, nominees, 3rd, 2nd, winner: the rehearsal stands at the winner (index 4, rank 1).
  await db.insert(ceremonies).values({ editionId: edition.id, mode: "rehearsal", step: 4, stepRank: 1 }).onConflictDoNothing();
}
