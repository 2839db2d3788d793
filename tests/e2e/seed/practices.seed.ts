import { eq, sql } from "drizzle-orm";
import type { Database } from "../../../db/client";
import { nominations } from "../../../db/schema";
import { ensureAward } from "../../../db/seed/ensure";
import { PRACTICES_SECRET, PRACTICES_WORD } from "../support/practices";
import { SPEC_YEARS } from "../support/spec-accounts";
import { seedSpecDossier, seedSpecEdition } from "./support/edition";

/**
 * practices.spec.ts: a published edition with a winner, a runner-up, a participant and an additional good practice
 * (all but the runner-up mention the spec's word), and an embargoed edition whose entry mentions it too and must
 * stay hidden until the embargo's end.
 */
export default async function seedPractices(db: Database) {
  const published = await seedSpecEdition(db, {
    year: SPEC_YEARS.practices,
    phase: "published",
    theme: "Practices end-to-end theme",
    juryStatement: "The jury of 2066 admired how far each project reached.",
  });
  const details = (countryCode: string, description: string) => ({
    description,
    organisation: `Practices organisation (${countryCode})`,
    contactEmail: PRACTICES_SECRET,
    links: [`https://example.org/${countryCode.toLowerCase()}-report`],
    startDate: "2021-03-01",
    isOngoing: false,
    endDate: "2024-06-30",
  });
  const winner = await seedSpecDossier(db, published, { countryCode: "DK", title: "Harbour lanternfish patrol", state: "awarded" });
  const second = await seedSpecDossier(db, published, { countryCode: "FR", title: "Safe rooms network", state: "awarded" });
  const participant = await seedSpecDossier(db, published, { countryCode: "SE", title: "Neighbourhood walks", state: "participant" });
  await db.update(nominations).set(details("DK", `Volunteers watch the harbour at night, as ${PRACTICES_WORD} light the sea.`)).where(eq(nominations.id, winner));
  await db.update(nominations).set(details("FR", "Shelters far from the exploiters.")).where(eq(nominations.id, second));
  await db.update(nominations).set(details("SE", `Residents walk the streets with ${PRACTICES_WORD} lamps.`)).where(eq(nominations.id, participant));
  await db
    .insert(nominations)
    .values({
      editionId: published.id,
      countryCode: "DK",
      kind: "additional",
      state: "submitted",
      title: "School theatre against grooming",
      reference: `ECPA-${published.year}-DK-A1`,
      submittedAt: sql`now() - interval '20 days'`,
      ...details("DK", `Pupils act out online grooming, with a ${PRACTICES_WORD} puppet.`),
    })
    .onConflictDoNothing();
  await ensureAward(db, { editionId: published.id, rank: 1, nominationId: winner, juryReason: "It reached the harbour when nobody else did." });
  await ensureAward(db, { editionId: published.id, rank: 2, nominationId: second, juryReason: "A network that lasts." });

  const embargoed = await seedSpecEdition(db, {
    year: SPEC_YEARS.practicesEmbargoed,
    phase: "deliberation",
    theme: "Practices embargoed theme",
    embargoAt: sql`now() + interval '30 days'`,
  });
  const hidden = await seedSpecDossier(db, embargoed, { countryCode: "NL", title: "Embargoed lighthouse project", state: "accepted" });
  await db.update(nominations).set(details("NL", `A ${PRACTICES_WORD} project not yet announced.`)).where(eq(nominations.id, hidden));
  await ensureAward(db, { editionId: embargoed.id, rank: 1, nominationId: hidden, juryReason: "Not yet announced." });
}
