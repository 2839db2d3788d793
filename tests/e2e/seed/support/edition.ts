import { sql } from "drizzle-orm";
import type { PgInsertValue } from "drizzle-orm/pg-core";
import type { Executor } from "../../../../db/client";
import { editions, type EditionPhase } from "../../../../db/schema";
import { ensureCompetingNomination, ensureCriteria, ensureEdition, ensurePrizes, type SeededCriterion } from "../../../../db/seed/ensure";

export interface SpecEdition {
  id: number;
  year: number;
  rubric: SeededCriterion[];
}

/**
 * A spec's own edition in the phase the spec starts from, with the five ECPA criteria and the usual prizes. Dates
 * follow the database clock: the submission window and the jury are open until two and four weeks from now.
 */
export async function seedSpecEdition(
  db: Executor,
  values: { year: number; phase: EditionPhase; theme?: string; presidencyCountryCode?: string } & Partial<PgInsertValue<typeof editions>>,
): Promise<SpecEdition> {
  const isJuryClosed = values.phase === "deliberation" || values.phase === "published";
  const id = await ensureEdition(db, {
    theme: `End-to-end edition ${values.year}`,
    presidencyCountryCode: "IE",
    submissionDeadline: sql`now() + interval '14 days'`,
    juryDeadline: sql`now() + interval '28 days'`,
    ceremonyStartsOn: `${values.year}-12-04`,
    ceremonyPlace: `End-to-end city ${values.year}`,
    juryClosedAt: isJuryClosed ? sql`now() - interval '1 day'` : null,
    publishedAt: values.phase === "published" ? sql`now() - interval '1 hour'` : null,
    ...values,
  });
  const rubric = await ensureCriteria(db, id);
  await ensurePrizes(db, id);
  return { id, year: values.year, rubric };
}

/** A complete competing dossier of a spec's edition, in the given state, with the reference ECPA-<year>-<country>. */
export async function seedSpecDossier(
  db: Executor,
  edition: SpecEdition,
  values: { countryCode: string; title: string; state: "draft" | "submitted" | "accepted" | "awarded" | "participant" },
): Promise<string> {
  return ensureCompetingNomination(db, {
    editionId: edition.id,
    countryCode: values.countryCode,
    state: values.state,
    title: values.title,
    reference: `ECPA-${edition.year}-${values.countryCode}`,
    submittedAt: values.state === "draft" ? null : sql`now() - interval '20 days'`,
    organisation: `End-to-end organisation (${values.countryCode})`,
    contactName: "Test Contact",
    contactEmail: "contact@example.org",
    startDate: "2023-01-15",
    description: `An invented project of the end-to-end edition ${edition.year}.`,
    answerPrevention: "How the project prevents crime and the fear of crime within the theme.",
    answerEvaluation: "The project's objectives and how it was evaluated.",
    answerInnovation: "What is new in the project.",
    answerPartners: "The partners and their roles.",
    answerReplication: "How other member states could replicate it, its costs and funding.",
  });
}
