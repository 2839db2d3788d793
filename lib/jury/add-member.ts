import type { Locale } from "../i18n/locales";
import { and, eq, sql } from "drizzle-orm";
import type { Executor, Transaction } from "../../db/client";
import { countries, memberships, users } from "../../db/schema";
import type { SessionUser } from "../auth/session-user";
import { AppError, getViolatedConstraint } from "../errors";
import { msg, text } from "../i18n/server-text";
import { runEditionCommand } from "../kernel/edition-command";
import { composeJuryAddedMail, composeJuryInvitationMail } from "../mail/jury-mail";
import { enqueueMail } from "../mail/outbox";
import { getEditionTemplate } from "../mail/template-queries";
import { toMailLocale } from "../mail/recipient-locale";
import { formatCountryName } from "../format/country-name";
import { createInvitationToken } from "../people/account-tokens";
import type { AddJuryMember } from "../validation/jury-member";
import { generateAssignmentsWithin } from "./generate-assignments";
import { clearJuryChair, countVotingMembers, getJurySettings, toInvitationUrl } from "./member-rows";

export interface AddJuryMemberRequest extends Omit<AddJuryMember, "locale"> {
  db: Executor;
  actor: SessionUser;
  /** The app's public address, for the invitation link. */
  appUrl: string;
  /** The language of a person invited now (their invitation and later mail); an existing account keeps its own. */
  locale?: Locale;
}

/**
 * Puts a person on an edition's jury with their country, as a voting member or an expert, in one transaction
 * with its audit entry and email. Someone without an account (or who never accepted an earlier invitation)
 * gets a new invitation link; someone who can already sign in is told they joined.
 */
export async function addJuryMember(request: AddJuryMemberRequest) {
  const { db, actor, editionId, role, isChair } = request;
  const email = request.email.trim().toLowerCase();
  const isVoting = role === "voting";
  try {
    return await runEditionCommand({ db, actor, editionId, action: "jury.manage" }, async ({ tx, edition, audit }) => {
      const { theme, maxVotingJurors } = await getJurySettings(tx, editionId);
      const [country] = await tx.select({ name: countries.name }).from(countries).where(eq(countries.code, request.countryCode));
      if (!country) throw new AppError("INVALID", "Choose the juror's country from the list.", { countryCode: ["Choose the juror's country from the list."] });
      const [existing] = await tx
        .select({ id: users.id, name: users.name, locale: users.locale, isActive: users.isActive, hasPassword: sql<boolean>`(${users.passwordHash} is not null)` })
        .from(users)
        .where(eq(sql`lower(${users.email})`, email));
      if (!existing && !request.name.trim()) {
        const message = msg("No account uses this email yet: enter the person's name to invite them.");
        throw new AppError("INVALID", message, { name: [message] });
      }
      if (existing && !existing.isActive) {
        throw new AppError("CONFLICT", text("The account of {name} is disabled, so it cannot join the jury.", { name: existing.name }));
      }
      if (existing) {
        const [already] = await tx
          .select({ id: memberships.id })
          .from(memberships)
          .where(and(eq(memberships.userId, existing.id), eq(memberships.editionId, editionId), eq(memberships.role, "juror")));
        if (already) throw new AppError("CONFLICT", text("{name} is already on the {year} jury.", { name: existing.name, year: edition.year }));
      }
      if (isVoting && (await countVotingMembers(tx, editionId)) >= maxVotingJurors) {
        throw new AppError(
          "CONFLICT",
          maxVotingJurors === 1
            ? text("The {year} jury already has 1 voting member, its cap. Add this person as a non-voting expert, or raise the cap first.", { year: edition.year })
            : text("The {year} jury already has {count} voting members, its cap. Add this person as a non-voting expert, or raise the cap first.", {
                year: edition.year,
                count: maxVotingJurors,
              }),
        );
      }
      const previousChairId = isChair ? await clearJuryChair(tx, editionId) : null;
      const person = existing ?? (await createInvitedUser(tx, email, request.name.trim(), request.locale));
      const [membership] = await tx
        .insert(memberships)
        .values({ userId: person.id, role: "juror", editionId, countryCode: request.countryCode, isChair, isVoting })
        .returning({ id: memberships.id });

      // A voting juror who joins while the jury scores gets their share of dossiers at once, like the others did.
      if (isVoting && edition.phase === "jury_scoring" && !edition.juryClosedAt) {
        await generateAssignmentsWithin({ tx, actorId: actor.id, editionId });
      }

      const isInvited = !person.hasPassword;
      // The mail goes out in the person's own language, or the one the secretariat chose for a new account.
      const locale = toMailLocale(existing ? existing.locale : request.locale);
      const countryName = formatCountryName(request.countryCode, country.name, locale);
      const mailInput = { name: person.name, email, year: edition.year, theme, countryName, isVoting, isChair, locale };
      const mail = isInvited
        ? composeJuryInvitationMail(
            { ...mailInput, url: toInvitationUrl(request.appUrl, await createInvitationToken(tx, person.id)) },
            await getEditionTemplate(tx, editionId, "jury-invitation", locale),
          )
        : composeJuryAddedMail(
            { ...mailInput, signInUrl: `${request.appUrl.replace(/\/+$/, "")}/signin` },
            await getEditionTemplate(tx, editionId, "jury-added", locale),
          );
      await enqueueMail(tx, { editionId, kind: isInvited ? "jury.invitation" : "jury.added", to: email, ...mail });
      await audit({
        action: "jury.member_added",
        entity: "membership",
        id: membership!.id,
        data: { userId: person.id, countryCode: request.countryCode, isVoting, isChair, previousChairId, isNewUser: !existing, isInvited },
      });
      return { membershipId: membership!.id, userId: person.id, name: person.name, isInvited, isNewUser: !existing };
    });
  } catch (error) {
    // Two secretaries adding the same new email at once: the database's unique email index decides.
    if (getViolatedConstraint(error) === "users_email_lower_idx" || getViolatedConstraint(error) === "memberships_juror_once_idx") {
      throw new AppError("CONFLICT", "Someone else added this person meanwhile. Reload the page to see the jury.");
    }
    throw error;
  }
}

async function createInvitedUser(tx: Transaction, email: string, name: string, locale: Locale | undefined) {
  // No password: the person cannot sign in until they accept the invitation and choose one.
  const [user] = await tx.insert(users).values({ email, name, passwordHash: null, locale: locale ?? null }).returning({ id: users.id, name: users.name });
  return { ...user!, isActive: true, hasPassword: false };
}
