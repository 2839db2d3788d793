import { eq } from "drizzle-orm";
import { memberships } from "../../db/schema";
import { isPhaseReached } from "../domain/phases";
import { AppError } from "../errors";
import { text } from "../i18n/server-text";
import { runEditionCommand } from "../kernel/edition-command";
import type { JuryRole } from "../validation/jury-member";
import { countVotingMembers, getJuryMemberForUpdate, getJurySettings, type JuryMemberChange } from "./member-rows";

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
        text("The {year} jury is closed and {name} has submitted score sheets, so whether they vote can no longer change.", { year: edition.year, name: member.name }),
      );
    }
    const { maxVotingJurors } = await getJurySettings(tx, editionId);
    if (isVoting && (await countVotingMembers(tx, editionId)) >= maxVotingJurors) {
      throw new AppError(
        "CONFLICT",
        maxVotingJurors === 1
          ? text("The {year} jury already has 1 voting member, its cap. Raise the cap first.", { year: edition.year })
          : text("The {year} jury already has {count} voting members, its cap. Raise the cap first.", { year: edition.year, count: maxVotingJurors }),
      );
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
