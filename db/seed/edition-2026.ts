import { sql } from "drizzle-orm";
import type { Executor } from "../client";
import { ensureCompetingNomination, ensureCriteria, ensureEdition, ensurePrizes } from "./ensure";

export const DEMO_YEAR = 2026;

/** Dossiers other countries have already submitted, so the jury has more than one to score later. */
const SUBMITTED_2026 = [
  {
    countryCode: "NL",
    countryName: "the Netherlands",
    title: "Demo entry: Mentors for young people approached by criminal networks",
  },
  { countryCode: "PL", countryName: "Poland", title: "Demo entry: School workshops on recruitment through social media" },
] as const;

/**
 * The current edition, open for nominations. Its dates are set from the database clock on the first run only,
 * so a second seed does not move the deadlines. Belgium has no nomination: the demo coordinator creates it.
 */
export async function seedEdition2026(db: Executor): Promise<number> {
  const editionId = await ensureEdition(db, {
    year: DEMO_YEAR,
    theme: "Preventing young people's involvement in organised crime (demo theme)",
    presidencyCountryCode: "IE",
    phase: "nominations_open",
    description:
      "Demo description: how member states keep young people out of the reach of organised crime, from school to the street and online.",
    // The national calls ran before the country's proposal; the secretariat decides eligibility a week after the deadline.
    nationalCallOpensOn: sql`(now() - interval '90 days')::date`,
    nationalCallClosesOn: sql`(now() + interval '7 days')::date`,
    submissionDeadline: sql`now() + interval '14 days'`,
    eligibilityDeadline: sql`now() + interval '21 days'`,
    juryDeadline: sql`now() + interval '28 days'`,
    juryMeetingOn: sql`(now() + interval '31 days')::date`,
    ceremonyStartsOn: sql`(now() + interval '35 days')::date`,
    ceremonyPlace: "Dublin (demo)",
  });
  await ensureCriteria(db, editionId);
  await ensurePrizes(db, editionId);

  for (const entry of SUBMITTED_2026) {
    await ensureCompetingNomination(db, {
      editionId,
      countryCode: entry.countryCode,
      state: "submitted",
      submittedAt: sql`now()`,
      reference: `ECPA-${DEMO_YEAR}-${entry.countryCode}`,
      title: entry.title,
      organisation: `Demo organisation (${entry.countryName})`,
      description:
        `Demo entry: an invented project that shows a submitted dossier. ` +
        `It does not describe a real project from ${entry.countryName}.`,
      answerPrevention: "Demo answer: how the project keeps young people out of organised crime.",
      answerEvaluation: "Demo answer: the project's objectives and how it was evaluated.",
      answerInnovation: "Demo answer: what is new in the project.",
      answerPartners: "Demo answer: the partners and their roles.",
      answerReplication: "Demo answer: how other member states could replicate it, its costs and funding.",
    });
  }
  return editionId;
}
