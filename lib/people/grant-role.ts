import { and, eq, isNull, sql } from "drizzle-orm";
import type { Transaction } from "../../db/client";
import { countries, editions, memberships, users } from "../../db/schema";
import { AppError } from "../errors";
import { msg, text } from "../i18n/server-text";
import { composeRoleAddedMail, composeRoleInvitationMail } from "../mail/people-mail";
import { enqueueMail } from "../mail/outbox";
import { toMailLocale } from "../mail/recipient-locale";
import { toInvitationUrl } from "../mail/resend-invitation";
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";
import { createInvitationToken, listMembershipViews } from "./account-tokens";
import { describeMembership } from "./role-labels";

/** A role of the secretariat or a coordinator's, as granted by the people pages (the jury has its own command). */
export interface GrantedRole {
  role: "admin" | "coordinator";
  countryCode: string | null;
  editionId: number | null;
}

/** The person behind an email (any case), locked; undefined when no account uses it. */
export async function findPersonByEmailForUpdate(tx: Transaction, email: string) {
  const [person] = await tx
    .select({ id: users.id, name: users.name, email: users.email, locale: users.locale, isActive: users.isActive, hasPassword: sql<boolean>`(${users.passwordHash} is not null)` })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.trim().toLowerCase()))
    .for("update");
  return person;
}

/**
 * The person an invitation is for: the account of this email, or a new one without a password (who cannot sign in
 * until they accept). A new email needs a name; a disabled account gets no new role.
 */
export async function findOrCreatePerson(tx: Transaction, email: string, name: string, locale?: Locale) {
  const existing = await findPersonByEmailForUpdate(tx, email);
  if (existing && !existing.isActive) throw new AppError("CONFLICT", text("The account of {name} is disabled: enable it first.", { name: existing.name }));
  if (existing) return { ...existing, isNew: false };
  if (!name.trim()) {
    const message = msg("No account uses this email yet: enter the person's name to invite them.");
    throw new AppError("INVALID", message, { name: [message] });
  }
  const [created] = await tx.insert(users).values({ email: email.trim().toLowerCase(), name: name.trim(), passwordHash: null, locale: locale ?? null }).returning({ id: users.id, name: users.name, email: users.email, locale: users.locale });
  return { ...created!, isActive: true, hasPassword: false, isNew: true };
}

function sameRole(userId: number, role: GrantedRole) {
  return and(
    eq(memberships.userId, userId),
    eq(memberships.role, role.role),
    role.countryCode === null ? isNull(memberships.countryCode) : eq(memberships.countryCode, role.countryCode),
    role.editionId === null ? isNull(memberships.editionId) : eq(memberships.editionId, role.editionId),
  );
}

/** "Coordinator for Belgium, the 2027 edition", read from the database's own names. */
export async function describeGrantedRole(tx: Transaction, role: GrantedRole, locale: Locale = DEFAULT_LOCALE): Promise<string> {
  const [country] = role.countryCode ? await tx.select({ name: countries.name }).from(countries).where(eq(countries.code, role.countryCode)) : [];
  if (role.countryCode && !country) throw new AppError("INVALID", msg("Choose the country from the list."), { countryCode: [msg("Choose the country from the list.")] });
  const [edition] = role.editionId ? await tx.select({ year: editions.year }).from(editions).where(eq(editions.id, role.editionId)) : [];
  if (role.editionId && !edition) throw new AppError("NOT_FOUND", "This edition does not exist.");
  return describeMembership({ role: role.role, year: edition?.year ?? null, countryName: country?.name ?? null, countryCode: role.countryCode, isChair: false, isVoting: true }, locale);
}

/**
 * Gives a person a role inside the caller's transaction and queues the email: an invitation link for someone who
 * has no password yet (earlier links stop working), a note for someone who can sign in. The caller authorises and audits.
 */
export async function grantRole(
  tx: Transaction,
  request: { person: { id: number; name: string; email: string; locale: string | null; hasPassword: boolean }; role: GrantedRole; appUrl: string },
) {
  const { person, role } = request;
  const description = await describeGrantedRole(tx, role);
  // The mail is written in the person's own language, the roles it names too.
  const locale = toMailLocale(person.locale);
  const [already] = await tx.select({ id: memberships.id }).from(memberships).where(sameRole(person.id, role));
  if (already) throw new AppError("CONFLICT", text("{name} already holds this role: {role}.", { name: person.name, role: description }));
  const [membership] = await tx
    .insert(memberships)
    .values({ userId: person.id, role: role.role, countryCode: role.countryCode, editionId: role.editionId })
    .returning({ id: memberships.id });
  const isInvited = !person.hasPassword;
  const appUrl = request.appUrl.replace(/\/+$/, "");
  const mail = isInvited
    ? composeRoleInvitationMail({
        name: person.name,
        email: person.email,
        roles: (await listMembershipViews(tx, person.id)).map((view) => describeMembership(view, locale)),
        url: toInvitationUrl(appUrl, await createInvitationToken(tx, person.id)),
        locale,
      })
    : composeRoleAddedMail({ name: person.name, role: locale === DEFAULT_LOCALE ? description : await describeGrantedRole(tx, role, locale), signInUrl: `${appUrl}/signin`, locale });
  await enqueueMail(tx, { editionId: role.editionId, kind: isInvited ? "people.invitation" : "people.role_added", to: person.email, ...mail });
  return { membershipId: membership!.id, isInvited, description };
}
