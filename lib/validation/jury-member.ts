import { z } from "zod";
import { LOCALES } from "../i18n/locales";
import { msg } from "../i18n/server-text";
import { singleLineText } from "./text";
import { checkboxInput } from "./rubric";

/** The range the secretariat may set for an edition's voting jurors (the award's default is 8). */
export const MIN_VOTING_CAP = 1;
export const MAX_VOTING_CAP = 20;

const editionId = z.coerce.number().int().positive();
const membershipId = z.coerce.number().int().positive();

export const JURY_ROLES = ["voting", "expert"] as const;
export type JuryRole = (typeof JURY_ROLES)[number];

export const JURY_ROLE_LABELS: Record<JuryRole, string> = {
  voting: "Voting member",
  expert: "Non-voting expert",
};

/**
 * Adds a person to an edition's jury: an existing account by email, or a new person, who is invited by email
 * (the name is then required; the data layer says so, because only it knows whether the email exists).
 */
export const addJuryMemberSchema = z.object({
  editionId,
  email: singleLineText({ required: msg("Enter the juror's email address."), max: 320, tooLong: msg("Keep the email address under 320 characters.") })
    .toLowerCase()
    .pipe(z.email(msg("Enter a valid email address, e.g. name@example.org."))),
  name: singleLineText({ max: 200, tooLong: msg("Keep the name under 200 characters.") }),
  countryCode: singleLineText()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, msg("Choose the juror's country.")),
  role: z.enum(JURY_ROLES, msg("Choose voting member or non-voting expert.")),
  isChair: checkboxInput,
  // The language of the invitation and of every mail after it, for an account made now (an existing one keeps its own).
  locale: z.enum(LOCALES).default("en"),
});

export const juryMemberTargetSchema = z.object({ editionId, membershipId });
export const setJuryRoleSchema = z.object({ editionId, membershipId, role: z.enum(JURY_ROLES) });

const capMessage = msg("The cap must be a whole number from 1 to 20.");
export const votingCapSchema = z.object({
  editionId,
  maxVotingJurors: z.coerce.number(capMessage).int(capMessage).min(MIN_VOTING_CAP, capMessage).max(MAX_VOTING_CAP, capMessage),
});

export type AddJuryMemberInput = z.input<typeof addJuryMemberSchema>;
export type AddJuryMember = z.output<typeof addJuryMemberSchema>;
export type JuryMemberTargetInput = z.input<typeof juryMemberTargetSchema>;
export type SetJuryRoleInput = z.input<typeof setJuryRoleSchema>;
export type VotingCapInput = z.input<typeof votingCapSchema>;
export type VotingCap = z.output<typeof votingCapSchema>;
