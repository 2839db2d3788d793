import { eq } from "drizzle-orm";
import { memberships } from "../../db/schema";
import { runEditionCommand } from "../kernel/edition-command";
import { clearJuryChair, getJuryMemberForUpdate, type JuryMemberChange } from "./member-rows";

/** Makes a member the chair; the previous chair stops being chair in the same transaction (one chair per edition). */
export async function setJuryChair({ db, actor, editionId, membershipId }: JuryMemberChange) {
  return runEditionCommand({ db, actor, editionId, action: "jury.manage" }, async ({ tx, audit }) => {
    const member = await getJuryMemberForUpdate(tx, editionId, membershipId);
    if (member.isChair) return { name: member.name, isChanged: false };
    const previousChairId = await clearJuryChair(tx, editionId);
    await tx.update(memberships).set({ isChair: true }).where(eq(memberships.id, membershipId));
    await audit({ action: "jury.chair_changed", entity: "membership", id: membershipId, data: { userId: member.userId, previousChairId } });
    return { name: member.name, isChanged: true };
  });
}
