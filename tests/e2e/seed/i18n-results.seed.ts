import { eq } from "drizzle-orm";
import type { Database } from "../../../db/client";
import { ceremonies, users } from "../../../db/schema";
import { getSessionUser } from "../../../lib/people/queries";
import { freezeResult } from "../../../lib/results/freeze";
import { SPEC_YEARS } from "../support/spec-accounts";
import { seedAwardedEntries } from "./support/awards";
import { ensureSpecAccount } from "./support/accounts";
import { seedSpecEdition } from "./support/edition";

const JURY = { chair: "i18nResultsChair", juror: "i18nResultsJuror" } as const;

/**
 * i18n-results.spec.ts: a secretariat account that chose French; an edition in deliberation (2074) whose rehearsal
 * stands at the third place; a published edition (2075) whose result that account sealed, for the certificates, the
 * verify page and the good practices.
 */
export default async function seedResultsLanguages(db: Database) {
  const adminId = await ensureSpecAccount(db, "i18nResultsAdmin", [{ role: "admin" }]);
  await db.update(users).set({ locale: "fr" }).where(eq(users.id, adminId));

  const show = await seedSpecEdition(db, { year: SPEC_YEARS.resultsLanguages, phase: "deliberation", theme: "Prévenir la criminalité dans les espaces publics", presidencyCountryCode: "FR" });
  await seedAwardedEntries(
    db,
    show,
    JURY,
    [
      { countryCode: "BE", title: "Médiateurs de nuit", values: [9, 9, 9, 9, 9], juryReason: "Une approche évaluée que d’autres villes peuvent reprendre." },
      { countryCode: "LU", title: "Chemins éclairés vers l’école", values: [8, 8, 8, 8, 8], juryReason: "Un éclairage simple demandé par les parents." },
      { countryCode: "DE", title: "Night buses with mediators", values: [7, 7, 7, 7, 8], juryReason: "Mediators who make the last bus home feel safe." },
      { countryCode: "NL", title: "Neighbourhood watch online", values: [6, 6, 6, 6, 6] },
    ],
    { awarded: "accepted", participant: "accepted" },
  );
  // Steps: title, nominees, 3rd, 2nd, winner: the rehearsal stands at the third place (index 2, rank 3).
  await db.insert(ceremonies).values({ editionId: show.id, mode: "rehearsal", step: 2, stepRank: 3 }).onConflictDoNothing();

  const published = await seedSpecEdition(db, { year: SPEC_YEARS.resultsLanguagesPublished, phase: "published", theme: "Protéger les victimes de la traite", presidencyCountryCode: "BE" });
  await seedAwardedEntries(
    db,
    published,
    JURY,
    [
      { countryCode: "FR", title: "Un réseau d’hébergement sûr", values: [9, 9, 8, 9, 8], juryReason: "Un réseau qui dure." },
      { countryCode: "BE", title: "Accompagner les victimes", values: [7, 7, 7, 8, 8], juryReason: "Un accompagnement au plus près." },
      { countryCode: "RO", title: "Campagne pour les adolescents", values: [7, 6, 8, 7, 7], juryReason: "Une campagne que les adolescents suivent." },
    ],
    { awarded: "awarded", participant: "participant" },
  );
  const admin = await getSessionUser({ db, userId: adminId });
  await freezeResult({ db, user: admin!, editionId: published.id }).catch((error: unknown) => {
    // A second seed run finds the result sealed already.
    if (!(error instanceof Error && error.message.startsWith("The result is already frozen"))) throw error;
  });
}
