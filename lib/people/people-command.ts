import type { Executor, Transaction } from "../../db/client";
import { authorizeGlobal } from "../access/policy";
import type { SessionUser } from "../auth/session-user";
import { AppError, getViolatedConstraint } from "../errors";
import { recordAudit } from "../kernel/audit";
import { runEditionCommand, type CommandAuditEntry } from "../kernel/edition-command";

export interface PeopleCommandContext {
  tx: Transaction;
  audit: (entry: Required<Pick<CommandAuditEntry, "action">> & CommandAuditEntry) => Promise<void>;
}

/**
 * The one shape of a change to people's roles and accounts. A role of one edition (its coordinators) goes through
 * the edition kernel as "coordinators.manage", so it waits for and is audited with that edition; everything else
 * (the secretariat, standing coordinators, accounts) is the global right "people.manage", checked before the
 * transaction opens. Two people racing to create the same email meet the database's unique index.
 */
export async function runPeopleCommand<T>(
  { db, actor, editionId }: { db: Executor; actor: SessionUser; editionId: number | null },
  command: (context: PeopleCommandContext) => Promise<T>,
): Promise<T> {
  try {
    if (editionId !== null) {
      return await runEditionCommand({ db, actor, editionId, action: "coordinators.manage" }, ({ tx, audit }) => command({ tx, audit }));
    }
    const decision = authorizeGlobal(actor, "people.manage");
    if (!decision.ok) throw new AppError(decision.code, decision.reason);
    return await db.transaction((tx) =>
      command({
        tx,
        audit: (entry) => recordAudit(tx, { actorUserId: actor.id, editionId: null, action: entry.action, entityType: entry.entity, entityId: entry.id, data: entry.data }),
      }),
    );
  } catch (error) {
    if (getViolatedConstraint(error) === "users_email_lower_idx") {
      throw new AppError("CONFLICT", "Someone else invited this email meanwhile. Reload the page and try again.");
    }
    throw error;
  }
}
