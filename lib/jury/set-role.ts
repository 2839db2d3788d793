import { eq } from "drizzle-orm";
import { memberships } from "../../db/schema";
import { isPhaseReached } from "../domain/phases";
import { AppError } from "../errors";
import { runEditionCommand } from "../kernel/edition-command";
import type { JuryRole } from "../validation/jury-member";
import { countVotingMembers, describeVotingCount, getJuryMemberForUpdate, getJurySettings, type JuryMemberChange } from "./member-rows";

/** Makes a member a voting member (within the cap) or a non-voting expert, whose scores do not count. */
export async function setJuryRole({ db, actor, editionId, membershipId, role }: JuryMemberChange & { role: JuryRole }) {
  return runEditionCommand({ db, actor, editionId, action: "jury.manage" }, async ({ tx, edition, audit }) => {
    const member = await getJuryMemberForUpdate(tx, editionId, membershipId);
    const isVoting = role === "voting";
    if (member.isVoting === isVoting) return { name: member.name, isChanged: false };
    // Once the jury is closed, whether a scorer votes decides the ranking, so it may no longer change.
    if (isPhaseReached(edition.phase, "deliberation") && member.submittedSheetCount > 0) {
      throw new AppError(
        "CONFLICT",
        `The ${edition.year} jury is closed and ${member.name} has submitted score sheets, so whether they vote can no longer change.`,
      );
    }
    const { maxVotingJurors } = await getJurySettings(tx, editionId);
    if (isVoting && (await countVotingMembers(tx, editionId)) >= maxVotingJurors) {
      throw new AppError("CONFLICT", `The ${edition.year} jury already has ${describeVotingCount(maxVotingJurors)}, its cap. Raise the cap first.`);
    }
    await tx.update(memberships).set({ isVoting }).where(eq(memberships.id, membershipId));
    await audit({
      action: "jury.member_role_changed",
      entity: "membership",
      id: membershipId,
      data: { userId: member.userId, from: member.isVoting ? "voting" : "expert", to: role },
    });
    return { name: member.name, isChanged: true };
  });
}
