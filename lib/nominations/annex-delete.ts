import { logUnexpectedError } from "../log";
import { eq } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { annexes } from "../../db/schema";
import type { SessionUser } from "../auth/session-user";
import { AppError } from "../errors";
import type { FileStorage } from "../storage/file-storage";
import { runAnnexCommand } from "./annex-create";
import { ANNEX_NOT_FOUND_MESSAGE } from "./annex-queries";
import { UUID_PATTERN } from "./queries";

/** Deletes an annex of an editable dossier with its audit entry; the file goes once the row is gone for good. */
export async function deleteAnnex({ db, storage, user, annexId }: { db: Executor; storage: FileStorage; user: SessionUser; annexId: string }) {
  if (!UUID_PATTERN.test(annexId)) throw new AppError("NOT_FOUND", ANNEX_NOT_FOUND_MESSAGE);
  const [annex] = await db.select({ nominationId: annexes.nominationId }).from(annexes).where(eq(annexes.id, annexId));
  if (!annex) throw new AppError("NOT_FOUND", ANNEX_NOT_FOUND_MESSAGE);
  const deleted = await runAnnexCommand({ db, user, nominationId: annex.nominationId, lock: "share" }, async ({ tx, audit }) => {
    const [row] = await tx
      .delete(annexes)
      .where(eq(annexes.id, annexId))
      .returning({ storageKey: annexes.storageKey, fileName: annexes.fileName, sizeBytes: annexes.sizeBytes });
    // The annex was found a moment ago, so a miss means a colleague deleted it first.
    if (!row) throw new AppError("NOT_FOUND", ANNEX_NOT_FOUND_MESSAGE);
    await audit({ action: "annex.deleted", entity: "nomination", id: annex.nominationId, data: { annexId, fileName: row.fileName, sizeBytes: row.sizeBytes } });
    return row;
  });
  // After the commit, so a failed transaction never loses the file; a failure here leaves an unreferenced file only.
  await storage.delete(deleted.storageKey).catch((error) => logUnexpectedError("removing a deleted annex's file", error));
}
