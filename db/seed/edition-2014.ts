import type { Executor } from "../client";
import { makePastJuror, seedAccounts, type DemoAccount } from "./accounts";
import { ENTRIES_2014, JURY_REASONS_2014 } from "./edition-2014-entries";
import {
  RUNNER_UP_PRIZE,
  WINNER_PRIZE,
  ensureAward,
  ensureCompetingNomination,
  ensureCriteria,
  ensureEdition,
  ensurePrizes,
  ensureOwnCountryConflict,
  ensureSubmittedSheet,
} from "./ensure";

/**
 * The jury: the presidencies before, during and after 2014 (Greece, Italy, Latvia, Luxembourg). A juror's bias
 * makes them stricter or more lenient than the others, as real jurors are.
 */
const JURY_2014 = [
  { account: makePastJuror(2014, "IT", "Italy", true), countryCode: "IT", bias: 0 },
  { account: makePastJuror(2014, "GR", "Greece"), countryCode: "GR", bias: 1 },
  { account: makePastJuror(2014, "LV", "Latvia"), countryCode: "LV", bias: -1 },
  { account: makePastJuror(2014, "LU", "Luxembourg"), countryCode: "LU", bias: 0 },
] as const;

export const JURORS_2014: readonly DemoAccount[] = JURY_2014.map((juror) => juror.account);

/** The awarded places, in rank order: the ranking computed from the seeded sheets must give the same. */
export const AWARDED_2014 = ["DK", "FR", "RO"] as const;

const SUBMITTED_AT = new Date("2014-09-26T10:00:00Z");
const SCORED_AT = new Date("2014-11-10T12:00:00Z");

/**
 * One juror's score on one criterion: the dossier's profile, the juror's bias and a small spread that differs
 * by criterion and juror. Profiles stay within 3–8, so every score stays within 1–10.
 */
function getScore(profile: readonly number[], criterionIndex: number, jurorIndex: number, bias: number): number {
  const spread = ((criterionIndex + jurorIndex) % 3) - 1;
  return profile[criterionIndex]! + bias + spread;
}

/** The published 2014 edition (Italy, Rome) with its entries, jury, submitted score sheets and awards. */
export async function seedEdition2014(db: Executor): Promise<void> {
  const editionId = await ensureEdition(db, {
    year: 2014,
    theme: "prevention of trafficking in human beings",
    presidencyCountryCode: "IT",
    phase: "published",
    submissionDeadline: new Date("2014-09-30T22:00:00Z"),
    juryDeadline: new Date("2014-11-15T23:00:00Z"),
    ceremonyStartsOn: "2014-12-04",
    ceremonyEndsOn: "2014-12-05",
    ceremonyPlace: "Rome",
    publishedAt: new Date("2014-12-05T17:00:00Z"),
  });
  const rubric = await ensureCriteria(db, editionId);
  await ensurePrizes(db, editionId);

  const nominationIds = new Map<string, string>();
  for (const entry of ENTRIES_2014) {
    const id = await ensureCompetingNomination(db, {
      ...entry.values,
      editionId,
      countryCode: entry.countryCode,
      state: entry.state,
      reference: `ECPA-2014-${entry.countryCode}`,
      isOngoing: false,
      submittedAt: SUBMITTED_AT,
    });
    nominationIds.set(entry.countryCode, id);
  }

  const jurorIds = await seedAccounts(db, JURORS_2014, new Map([[2014, editionId]]));
  for (const [jurorIndex, juror] of JURY_2014.entries()) {
    for (const entry of ENTRIES_2014) {
      const nominationId = nominationIds.get(entry.countryCode)!;
      const jurorUserId = jurorIds.get(juror.account.email)!;
      // A juror never scores their own country's dossier: it is recorded as a conflict instead.
      if (entry.countryCode === juror.countryCode) {
        await ensureOwnCountryConflict(db, { editionId, nominationId, jurorUserId });
        continue;
      }
      const values = rubric.map((_, criterionIndex) => getScore(entry.profile, criterionIndex, jurorIndex, juror.bias));
      await ensureSubmittedSheet(
        db,
        {
          editionId,
          nominationId,
          jurorUserId,
          submittedAt: SCORED_AT,
        },
        rubric,
        values,
      );
    }
  }

  for (const [index, countryCode] of AWARDED_2014.entries()) {
    await ensureAward(db, {
      editionId,
      rank: index + 1,
      nominationId: nominationIds.get(countryCode)!,
      prize: index === 0 ? WINNER_PRIZE : RUNNER_UP_PRIZE,
      juryReason: JURY_REASONS_2014[countryCode] ?? "",
    });
  }
}
