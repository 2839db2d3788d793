import type { nominations } from "../schema";

/** A 2014 competing entry and the score it typically gets on each of the five criteria (see edition-2014.ts). */
export interface Entry2014 {
  countryCode: string;
  state: "awarded" | "participant";
  values: Partial<typeof nominations.$inferInsert> & { title: string };
  profile: readonly [number, number, number, number, number];
}

function makeDemoEntry(countryCode: string, countryName: string, title: string, profile: Entry2014["profile"]): Entry2014 {
  return {
    countryCode,
    state: "participant",
    values: {
      title: `Demo entry: ${title}`,
      organisation: `Demo organisation (${countryName})`,
      description:
        `Demo entry: an invented project that shows how a participating dossier looks. ` +
        `It does not describe a real project from ${countryName}.`,
      answerPrevention: "Demo answer: how the project prevents trafficking in human beings.",
      answerEvaluation: "Demo answer: the project's objectives and how it was evaluated.",
      answerInnovation: "Demo answer: what is new in the project.",
      answerPartners: "Demo answer: the partners and their roles.",
      answerReplication: "Demo answer: how other member states could replicate it, its costs and funding.",
    },
    profile,
  };
}

// The three awarded entries are real (DOMAIN.md); only what is known about them is written here.
export const ENTRIES_2014: readonly Entry2014[] = [
  {
    countryCode: "DK",
    state: "awarded",
    values: {
      title: "HopeNow – Empowering trafficked people",
      organisation: "HopeNow (NGO)",
      description:
        "HopeNow is an NGO offering holistic, human-rights-based support to people who have been trafficked. " +
        "It detects victims in the streets, in the asylum system and in prison, and offers legal aid, therapy " +
        "and social activities.",
      answerPrevention: "Detection of victims in the streets, in the asylum system and in prison.",
    },
    profile: [8, 7, 8, 8, 8],
  },
  {
    countryCode: "FR",
    state: "awarded",
    values: {
      title: "Ac.Sé",
      organisation: "Ac.Sé network of NGOs and shelters",
      description:
        "Ac.Sé is a safe-shelter scheme: it moves victims of trafficking to shelters far from where they were " +
        "exploited, through a network of about 70 NGOs and shelters, and runs a resource centre for professionals.",
      answerPartners: "A national network of about 70 NGOs and shelters.",
    },
    profile: [7, 7, 7, 8, 8],
  },
  {
    countryCode: "RO",
    state: "awarded",
    values: {
      title: "NO",
      organisation: "ADPARE and eLiberare, with the National Agency Against Trafficking in Persons",
      description:
        "NO is a national awareness campaign for the public and teenagers, \"Use your talent against human " +
        "trafficking\", run by the NGOs ADPARE and eLiberare with the National Agency Against Trafficking in " +
        "Persons and funded by the bank Bancpost.",
      answerPartners:
        "The NGOs ADPARE and eLiberare, the National Agency Against Trafficking in Persons, and the bank Bancpost as funder.",
    },
    profile: [7, 6, 8, 7, 7],
  },
  makeDemoEntry("NL", "the Netherlands", "Training for labour inspectors", [6, 6, 6, 7, 6]),
  makeDemoEntry("BE", "Belgium", "Awareness training for hotel staff", [6, 5, 6, 6, 6]),
  makeDemoEntry("GB", "the United Kingdom", "Supply-chain checks for local councils", [6, 6, 5, 5, 6]),
  makeDemoEntry("DE", "Germany", "Multilingual helpline for victims", [5, 5, 6, 5, 5]),
  makeDemoEntry("GR", "Greece", "Outreach at ports of arrival", [5, 5, 5, 5, 5]),
];

/** Short reasons restating what is known about each awarded project; not the jury's published wording. */
export const JURY_REASONS_2014: Record<string, string> = {
  DK:
    "Holistic, human-rights-based support that reaches victims of trafficking in the streets, in the asylum " +
    "system and in prison, and stays with them through legal aid, therapy and social activities.",
  FR:
    "A safe-shelter scheme that moves victims far from where they were exploited, built on a network of about " +
    "70 NGOs and shelters and a resource centre for professionals.",
  RO:
    "A national awareness campaign for the public and teenagers, run by NGOs together with the national " +
    "anti-trafficking agency and funded by a private partner.",
};
