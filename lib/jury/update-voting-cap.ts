import { eq } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { editions } from "../../db/schema";
import type { SessionUser } from "../auth/session-user";
import { AppError } from "../errors";
import { runEditionCommand } from "../kernel/edition-command";
import { countVotingMembers, describeVotingCount, getJurySettings } from "./member-rows";

/** Sets how many voting members the edition's jury may have; never below the number it has now. */
export async function updateVotingCap(request: { db: Executor; actor: SessionUser; editionId: number; maxVotingJurors: number }) {
  const { db, actor, editionId, maxVotingJurors } = request;
  return runEditionCommand({ db, actor, editionId, action: "jury.manage" }, async ({ tx, audit }) => {
    const before = await getJurySettings(tx, editionId);
    const votingCount = await countVotingMembers(tx, editionId);
    if (maxVotingJurors < votingCount) {
      const message = `The jury has ${describeVotingCount(votingCount)}: make some of them non-voting experts before lowering the cap to ${maxVotingJurors}.`;
      throw new AppError("CONFLICT", message, { maxVotingJurors: [message] });
    }
    if (maxVotingJurors === before.maxVotingJurors) return { maxVotingJurors, isChanged: false };
    await tx.update(editions).set({ maxVotingJurors }).where(eq(editions.id, editionId));
    await audit({ action: "edition.voting_cap_changed", entity: "edition", id: editionId, data: { from: before.maxVotingJurors, to: maxVotingJurors } });
    return { maxVotingJurors, isChanged: true };
  });
}
