import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { memberships } from "../../db/schema";
import type { SessionUser } from "../auth/session-user";
import { AppError } from "../errors";
import { text } from "../i18n/server-text";
import type { ReplaceCoordinator } from "../validation/people";
import { findOrCreatePerson, grantRole } from "./grant-role";
import { runPeopleCommand } from "./people-command";

/**
 * Replaces a country's coordinators for one edition (or its standing ones) by one person, in one transaction with
 * its audit entry: the new person gets the role (invited if they have no password), the others lose it. Dossiers
 * belong to the country, not to a coordinator, so the country's nominations stay where they are for the new one.
 */
export async function replaceCoordinator(request: ReplaceCoordinator & { db: Executor; actor: SessionUser; appUrl: string }) {
  const { db, actor, countryCode, editionId, appUrl } = request;
  return runPeopleCommand({ db, actor, editionId }, async ({ tx, audit }) => {
    const current = await tx
      .select({ id: memberships.id, userId: memberships.userId })
      .from(memberships)
      .where(
        and(
          eq(memberships.role, "coordinator"),
          eq(memberships.countryCode, countryCode),
          editionId === null ? isNull(memberships.editionId) : eq(memberships.editionId, editionId),
        ),
      )
      .for("update");
    const person = await findOrCreatePerson(tx, request.email, request.name);
    const others = current.filter((m) => m.userId !== person.id);
    const isAlreadyCoordinator = current.length > others.length;
    if (isAlreadyCoordinator && others.length === 0) {
      throw new AppError("CONFLICT", text("{name} is already this country's only coordinator here.", { name: person.name }));
    }
    if (others.length > 0) await tx.delete(memberships).where(inArray(memberships.id, others.map((m) => m.id)));
    const granted = isAlreadyCoordinator ? null : await grantRole(tx, { person, role: { role: "coordinator", countryCode, editionId }, appUrl });
    await audit({
      action: "people.coordinator_replaced",
      entity: "country",
      id: countryCode,
      data: { editionId, newUserId: person.id, newMembershipId: granted?.membershipId ?? null, previousUserIds: others.map((m) => m.userId), isNewUser: person.isNew },
    });
    return { userId: person.id, name: person.name, previousUserIds: others.map((m) => m.userId), isInvited: granted?.isInvited ?? false };
  });
}
