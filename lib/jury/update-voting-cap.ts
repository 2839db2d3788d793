import { eq } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { editions } from "../../db/schema";
import type { SessionUser } from "../auth/session-user";
import { AppError } from "../errors";
import { msg, text } from "../i18n/server-text";
import { runEditionCommand } from "../kernel/edition-command";
import { countVotingMembers, getJurySettings } from "./member-rows";

/** Sets how many voting members the edition's jury may have; never below the number it has now. */
export async function updateVotingCap(request: { db: Executor; actor: SessionUser; editionId: number; maxVotingJurors: number }) {
  const { db, actor, editionId, maxVotingJurors } = request;
  return runEditionCommand({ db, actor, editionId, action: "jury.manage" }, async ({ tx, audit }) => {
    const before = await getJurySettings(tx, editionId);
    const votingCount = await countVotingMembers(tx, editionId);
    if (maxVotingJurors < votingCount) {
      const message =
        votingCount === 1
          ? text("The jury has 1 voting member: make them a non-voting expert before lowering the cap to {cap}.", { cap: maxVotingJurors })
          : text("The jury has {count} voting members: make some of them non-voting experts before lowering the cap to {cap}.", { count: votingCount, cap: maxVotingJurors });
      // A field error is looked up whole, so the field's part names no number.
      throw new AppError("CONFLICT", message, { maxVotingJurors: [msg("The jury has more voting members than this cap: make some of them non-voting experts first.")] });
    }
    if (maxVotingJurors === before.maxVotingJurors) return { maxVotingJurors, isChanged: false };
    await tx.update(editions).set({ maxVotingJurors }).where(eq(editions.id, editionId));
    await audit({ action: "edition.voting_cap_changed", entity: "edition", id: editionId, data: { from: before.maxVotingJurors, to: maxVotingJurors } });
    return { maxVotingJurors, isChanged: true };
  });
}
