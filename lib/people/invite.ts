import type { Executor } from "../../db/client";
import type { SessionUser } from "../auth/session-user";
import { addJuryMember } from "../jury/add-member";
import { AppError } from "../errors";
import { msg } from "../i18n/server-text";
import type { InvitePerson } from "../validation/people";
import { findOrCreatePerson, grantRole } from "./grant-role";
import { runPeopleCommand } from "./people-command";

const JURY_NEEDS_EDITION = msg("Choose the edition whose jury the person joins.");

export interface InvitePersonRequest extends Omit<InvitePerson, "locale"> {
  /** The language of an account made now; English when not said. */
  locale?: InvitePerson["locale"];
  db: Executor;
  actor: SessionUser;
  /** The app's public address, for the invitation link. */
  appUrl: string;
}

export interface InvitePersonResult {
  userId: number;
  name: string;
  /** Whether an invitation link went out (the person had no password yet); otherwise a note of the new role. */
  isInvited: boolean;
  isNewUser: boolean;
}

/**
 * Invites anyone by email to a role, in one transaction with its audit entry and email: creates the account if no
 * account uses the email (whatever its case), adds the role, and sends an invitation link (single use, hashed) or,
 * to someone who can already sign in, a note. A jury seat is the jury's own command (cap, chair, assignments).
 */
export async function invitePerson(request: InvitePersonRequest): Promise<InvitePersonResult> {
  const { db, actor, role, appUrl } = request;
  if (role === "juror" || role === "chair" || role === "expert") {
    if (request.editionId === null) throw new AppError("INVALID", JURY_NEEDS_EDITION, { editionId: [JURY_NEEDS_EDITION] });
    const added = await addJuryMember({
      db,
      actor,
      appUrl,
      editionId: request.editionId,
      email: request.email,
      name: request.name,
      countryCode: request.countryCode,
      role: role === "expert" ? "expert" : "voting",
      isChair: role === "chair",
      locale: request.locale,
    });
    return { userId: added.userId, name: added.name, isInvited: added.isInvited, isNewUser: added.isNewUser };
  }
  const granted = { role, countryCode: role === "admin" ? null : request.countryCode, editionId: role === "admin" ? null : request.editionId };
  return runPeopleCommand({ db, actor, editionId: granted.editionId }, async ({ tx, audit }) => {
    const person = await findOrCreatePerson(tx, request.email, request.name, request.locale);
    const { membershipId, isInvited } = await grantRole(tx, { person, role: granted, appUrl });
    await audit({
      action: "people.role_granted",
      entity: "membership",
      id: membershipId,
      data: { userId: person.id, email: person.email, ...granted, isNewUser: person.isNew, isInvited },
    });
    return { userId: person.id, name: person.name, isInvited, isNewUser: person.isNew };
  });
}
