import { and, eq, ne } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { memberships, users } from "../../db/schema";
import type { SessionUser } from "../auth/session-user";
import { AppError } from "../errors";
import { text } from "../i18n/server-text";
import { runPeopleCommand } from "./people-command";

/**
 * Disables or re-enables an account, with its audit entry. Disabling raises the person's session version (migration
 * 0010's trigger on is_active), so their open sessions end on their next request, and their links stop working.
 * Nobody disables themselves, and the last active admin stays: the award always keeps a secretariat.
 */
export async function setAccountActive({ db, actor, userId, isActive }: { db: Executor; actor: SessionUser; userId: number; isActive: boolean }) {
  return runPeopleCommand({ db, actor, editionId: null }, async ({ tx, audit }) => {
    if (!isActive && userId === actor.id) throw new AppError("CONFLICT", "You cannot disable your own account: ask another admin.");
    // Every admin's row is locked, so two admins disabling each other at once cannot leave nobody.
    const admins = await tx
      .select({ id: users.id, isActive: users.isActive })
      .from(users)
      .innerJoin(memberships, and(eq(memberships.userId, users.id), eq(memberships.role, "admin")))
      .for("update", { of: users });
    const [person] = await tx.select({ id: users.id, name: users.name, isActive: users.isActive }).from(users).where(eq(users.id, userId)).for("update");
    if (!person) throw new AppError("NOT_FOUND", "This person does not exist.");
    if (person.isActive === isActive) return { name: person.name, isChanged: false };
    const isAdmin = admins.some((a) => a.id === userId);
    if (!isActive && isAdmin && !admins.some((a) => a.id !== userId && a.isActive)) {
      throw new AppError("CONFLICT", text("{name} is the last active admin: make someone else an admin first.", { name: person.name }));
    }
    await tx.update(users).set({ isActive }).where(and(eq(users.id, userId), ne(users.isActive, isActive)));
    await audit({ action: isActive ? "user.enabled" : "user.disabled", entity: "user", id: userId });
    return { name: person.name, isChanged: true };
  });
}
