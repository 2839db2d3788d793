import type { Executor } from "../client";
import { ensureAward, ensureCompetingNomination, ensureCriteria, ensureEdition } from "./ensure";

interface ArchiveWinner {
  year: number;
  theme: string;
  presidency: string;
  countryCode: string;
  title: string;
  /** False when the real title is not known and the title is a stand-in. */
  isTitleKnown?: boolean;
}

/** Past winners for the archive (DOMAIN.md): only the year, theme, presidency, winning country and title are known. */
export const ARCHIVE_WINNERS: readonly ArchiveWinner[] = [
  { year: 2016, theme: "crimes against elderly people", presidency: "SK", countryCode: "CZ", title: "Senior Academy" },
  {
    year: 2017,
    theme: "cyber safety",
    presidency: "EE",
    countryCode: "EE",
    title: "Winning project of Estonia",
    isTitleKnown: false,
  },
  { year: 2018, theme: "community policing", presidency: "AT", countryCode: "FI", title: "Forssa approach" },
  { year: 2019, theme: "drug-related youth crime", presidency: "FI", countryCode: "SE", title: "Sofielund Approach" },
  { year: 2021, theme: "bullying and violence among minors", presidency: "SI", countryCode: "HU", title: "Ask for help" },
  { year: 2022, theme: "particularly vulnerable victims", presidency: "CZ", countryCode: "SE", title: "RRI" },
  {
    year: 2023,
    theme: "trafficking in human beings (labour exploitation)",
    presidency: "ES",
    countryCode: "PT",
    title: "Human Merchandise 4",
  },
  { year: 2024, theme: "prevention of reoffending", presidency: "HU", countryCode: "CZ", title: "RUBIKON" },
];

function describeWinner(winner: ArchiveWinner): string {
  const known = winner.isTitleKnown === false ? "does not record its title" : "records only its title";
  return `Winner of the ${winner.year} European Crime Prevention Award on "${winner.theme}". The demo archive ${known}.`;
}

/** The published archive editions, each with its winner as the only competing entry and award. */
export async function seedArchive(db: Executor): Promise<void> {
  for (const winner of ARCHIVE_WINNERS) {
    const editionId = await ensureEdition(db, {
      year: winner.year,
      theme: winner.theme,
      presidencyCountryCode: winner.presidency,
      phase: "published",
      submissionDeadline: new Date(`${winner.year}-09-30T22:00:00Z`),
      juryDeadline: new Date(`${winner.year}-11-15T23:00:00Z`),
      ceremonyStartsOn: `${winner.year}-12-05`,
      publishedAt: new Date(`${winner.year}-12-05T17:00:00Z`),
    });
    await ensureCriteria(db, editionId);
    const nominationId = await ensureCompetingNomination(db, {
      editionId,
      countryCode: winner.countryCode,
      state: "awarded",
      title: winner.title,
      description: describeWinner(winner),
      reference: `ECPA-${winner.year}-${winner.countryCode}`,
      isOngoing: false,
      submittedAt: new Date(`${winner.year}-09-30T12:00:00Z`),
    });
    await ensureAward(db, { editionId, rank: 1, nominationId });
  }
}
