import { eq } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { editions, frozenResults } from "../../db/schema";
import { can } from "../access/policy";
import type { SessionUser } from "../auth/session-user";
import { AppError } from "../errors";
import { recordAudit } from "../kernel/audit";
import { isTieDecider } from "./tie-decisions";

export const STATEMENT_FROZEN_MESSAGE = "The result of this edition is frozen: the jury's statement can no longer change.";

/** The jury's statement of an edition, as the chair or the secretariat last saved it ("" when none). */
export async function getJuryStatement({ db, editionId }: { db: Executor; editionId: number }): Promise<string> {
  const [row] = await db.select({ juryStatement: editions.juryStatement }).from(editions).where(eq(editions.id, editionId));
  if (!row) throw new AppError("NOT_FOUND", "This edition does not exist.");
  return row.juryStatement;
}

/**
 * Saves the jury's statement during deliberation, with its audit entry, in one transaction. The database guards
 * frozen awards and ties itself; the statement lives on the edition, so the frozen check is made here, under the
 * edition's row lock.
 */
export async function saveJuryStatement({
  db,
  actor,
  editionId,
  statement,
}: {
  db: Executor;
  actor: SessionUser;
  editionId: number;
  statement: string;
}) {
  return db.transaction(async (tx) => {
    const [edition] = await tx
      .select({ id: editions.id, phase: editions.phase, juryStatement: editions.juryStatement })
      .from(editions)
      .where(eq(editions.id, editionId))
      .for("update");
    if (!edition) throw new AppError("NOT_FOUND", "This edition does not exist.");
    // The chair writes the statement for the jury; the secretariat may enter it on the jury's behalf.
    if (!isTieDecider(actor, edition.id)) throw new AppError("FORBIDDEN", "Only the jury chair or the secretariat can write the jury's statement.");
    if (!can(actor, "jury-statement.write", { edition })) {
      throw new AppError("CONFLICT", "The jury's statement can only be written during deliberation.");
    }
    const [frozen] = await tx.select({ editionId: frozenResults.editionId }).from(frozenResults).where(eq(frozenResults.editionId, editionId));
    if (frozen) throw new AppError("CONFLICT", STATEMENT_FROZEN_MESSAGE);

    const text = statement.trim();
    await tx.update(editions).set({ juryStatement: text }).where(eq(editions.id, editionId));
    await recordAudit(tx, {
      actorUserId: actor.id,
      editionId,
      action: "jury-statement.saved",
      entityType: "edition",
      entityId: editionId,
      data: { length: text.length, wasEmpty: edition.juryStatement === "" },
    });
    return { length: text.length };
  });
}
