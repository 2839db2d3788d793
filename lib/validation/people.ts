import { LOCALES } from "../i18n/locales";
import { z } from "zod";
import { INVITE_ROLES } from "../people/role-labels";
import { msg } from "../i18n/server-text";
import { singleLineText } from "./text";

const userId = z.coerce.number().int().positive();
const email = singleLineText({ required: msg("Enter the person's email address."), max: 320, tooLong: msg("Keep the email address under 320 characters.") })
  .toLowerCase()
  .pipe(z.email(msg("Enter a valid email address, e.g. name@example.org.")));
const countryCode = singleLineText().toUpperCase();
// An edition by id, or "" for a coordinator who holds for every edition (standing).
const editionChoice = z.union([z.literal(""), z.coerce.number().int().positive()]).transform((value) => (value === "" ? null : value));

const JURY_ROLES = ["juror", "chair", "expert"];

/**
 * Inviting someone by email to a role: the secretariat, a country's coordinators (for one edition or standing), or
 * an edition's jury. The name is needed only for an email no account uses; the data layer says so.
 */
export const invitePersonSchema = z
  .object({
    email,
    name: singleLineText({ max: 200, tooLong: msg("Keep the name under 200 characters.") }),
    role: z.enum(INVITE_ROLES, msg("Choose a role.")),
    countryCode: countryCode.default(""),
    editionId: editionChoice.default(null),
    // The language of the invitation and of every mail after it, for an account made now (an existing one keeps its own).
    locale: z.enum(LOCALES).default("en"),
  })
  .superRefine((value, ctx) => {
    const needsCountry = value.role !== "admin";
    if (needsCountry && !/^[A-Z]{2}$/.test(value.countryCode)) ctx.addIssue({ code: "custom", path: ["countryCode"], message: msg("Choose the country.") });
    if (JURY_ROLES.includes(value.role) && value.editionId === null) {
      ctx.addIssue({ code: "custom", path: ["editionId"], message: msg("Choose the edition whose jury the person joins.") });
    }
  });

export type InvitePersonInput = z.input<typeof invitePersonSchema>;
export type InvitePerson = z.output<typeof invitePersonSchema>;

/** Replacing a country's coordinators (for one edition, or the standing ones) by one person. */
export const replaceCoordinatorSchema = z.object({
  email,
  name: singleLineText({ max: 200, tooLong: msg("Keep the name under 200 characters.") }),
  countryCode: countryCode.regex(/^[A-Z]{2}$/, msg("Choose the country.")),
  editionId: editionChoice.default(null),
});

export type ReplaceCoordinatorInput = z.input<typeof replaceCoordinatorSchema>;
export type ReplaceCoordinator = z.output<typeof replaceCoordinatorSchema>;

export const personTargetSchema = z.object({ userId });
export const setAccountActiveSchema = z.object({ userId, isActive: z.boolean() });

export type PersonTargetInput = z.input<typeof personTargetSchema>;
export type SetAccountActiveInput = z.input<typeof setAccountActiveSchema>;

export const PEOPLE_PAGE_SIZE = 25;
export const PEOPLE_STATUSES = ["active", "invited", "disabled", "erased"] as const;
export type PeopleStatus = (typeof PEOPLE_STATUSES)[number];

/** The directory's filters, read from the URL; anything malformed falls back to no filter. */
export const peopleFiltersSchema = z.object({
  q: z.string().trim().max(200).catch(""),
  role: z.enum(INVITE_ROLES).optional().catch(undefined),
  status: z.enum(PEOPLE_STATUSES).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

export type PeopleFilters = z.output<typeof peopleFiltersSchema>;
