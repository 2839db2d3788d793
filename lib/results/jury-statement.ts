import { eq } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { editions } from "../../db/schema";
import type { SessionUser } from "../auth/session-user";
import { AppError } from "../errors";
import { runEditionCommand } from "../kernel/edition-command";
import { afterPublicChange } from "./public-invalidation";

/** The jury's statement of an edition, as the chair or the secretariat last saved it ("" when none). */
export async function getJuryStatement({ db, editionId }: { db: Executor; editionId: number }): Promise<string> {
  const [row] = await db.select({ juryStatement: editions.juryStatement }).from(editions).where(eq(editions.id, editionId));
  if (!row) throw new AppError("NOT_FOUND", "This edition does not exist.");
  return row.juryStatement;
}

/** Saves the jury's statement during deliberation, through the edition-command kernel. */
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
  return afterPublicChange(runEditionCommand({ db, actor, editionId, action: "jury-statement.write" }, async ({ tx, audit }) => {
    const [before] = await tx.select({ juryStatement: editions.juryStatement }).from(editions).where(eq(editions.id, editionId));
    const text = statement.trim();
    await tx.update(editions).set({ juryStatement: text }).where(eq(editions.id, editionId));
    await audit({ action: "jury-statement.saved", entity: "edition", id: editionId, data: { length: text.length, wasEmpty: before?.juryStatement === "" } });
    return { length: text.length };
  }));
}
