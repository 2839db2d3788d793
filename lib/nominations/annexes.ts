import { createHash, randomUUID } from "node:crypto";
import { asc, count, eq } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { annexes, editions, nominations, users } from "../../db/schema";
import { can } from "../access/policy";
import type { SessionUser } from "../auth/session-user";
import { ANNEX_MESSAGES, findPdfProblem, MAX_ANNEXES_PER_NOMINATION, PDF_CONTENT_TYPE, toSafePdfFileName } from "../domain/pdf-file";
import { AppError } from "../errors";
import { logUnexpectedError } from "../log";
import type { FileStorage } from "../storage/file-storage";
import { recordAudit } from "../kernel/audit";
import { getDossierForJuror } from "../jury/dossiers";
import { getNominationForCoordinator, NOT_FOUND_MESSAGE } from "./nominations";
import { explainClosedWindow, toAccessResource } from "./submission-window";

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const ANNEX_NOT_FOUND_MESSAGE = "This annex does not exist or you may not see it.";
const LOCKED_MESSAGE = "This dossier has been submitted, so its annexes can no longer change.";

const annexSummaryColumns = {
  id: annexes.id,
  fileName: annexes.fileName,
  sizeBytes: annexes.sizeBytes,
  uploadedAt: annexes.uploadedAt,
};

export type AnnexSummary = NonNullable<Awaited<ReturnType<typeof listAnnexes>>>[number];

/**
 * Whether the user may see the dossier, by the same lookups its pages use: the admin, the dossier's own
 * coordinators, and jurors allowed by getDossierForJuror (accepted competing, other country, no conflict, jury phase).
 */
async function isNominationVisible({ db, user, nominationId }: { db: Executor; user: SessionUser; nominationId: string }) {
  if (!user.isActive || !UUID_PATTERN.test(nominationId)) return false;
  if (user.isAdmin) {
    const [row] = await db
      .select({ editionId: editions.id, phase: editions.phase, countryCode: nominations.countryCode, kind: nominations.kind, state: nominations.state })
      .from(nominations)
      .innerJoin(editions, eq(editions.id, nominations.editionId))
      .where(eq(nominations.id, nominationId));
    if (row && can(user, "nomination.view", toAccessResource(row, row))) return true;
  }
  const own = await getNominationForCoordinator({ db, id: nominationId, user });
  if (own && own.phase !== "draft" && can(user, "nomination.view", toAccessResource(own, own))) return true;
  const juried = await getDossierForJuror({ db, nominationId, user });
  // Conflicts are already excluded by getDossierForJuror's WHERE clause.
  return juried !== undefined && can(user, "nomination.view", toAccessResource({ editionId: juried.editionId, phase: juried.edition.phase }, juried));
}

/** The dossier's annexes, oldest first, or undefined when the user may not see the dossier. */
export async function listAnnexes({ db, user, nominationId }: { db: Executor; user: SessionUser; nominationId: string }) {
  if (!(await isNominationVisible({ db, user, nominationId }))) return undefined;
  return db
    .select({ ...annexSummaryColumns, uploadedByName: users.name })
    .from(annexes)
    .leftJoin(users, eq(users.id, annexes.uploadedBy))
    .where(eq(annexes.nominationId, nominationId))
    .orderBy(asc(annexes.uploadedAt), asc(annexes.id));
}

/** An annex's stored file and name, or undefined when it does not exist or the user may not see its dossier. */
export async function getAnnexForDownload({ db, user, annexId }: { db: Executor; user: SessionUser; annexId: string }) {
  if (!UUID_PATTERN.test(annexId)) return undefined;
  const [annex] = await db
    .select({ ...annexSummaryColumns, nominationId: annexes.nominationId, storageKey: annexes.storageKey, contentType: annexes.contentType })
    .from(annexes)
    .where(eq(annexes.id, annexId));
  if (!annex || !(await isNominationVisible({ db, user, nominationId: annex.nominationId }))) return undefined;
  return annex;
}

/** The user's own-country draft while it takes changes; throws the reason otherwise (other dossiers: not found). */
async function getEditableNomination({ db, user, nominationId, isLocking = false }: { db: Executor; user: SessionUser; nominationId: string; isLocking?: boolean }) {
  const dossier = await getNominationForCoordinator({ db, id: nominationId, user, isLocking });
  if (!dossier || dossier.phase === "draft") throw new AppError("NOT_FOUND", NOT_FOUND_MESSAGE);
  if (dossier.state !== "draft") throw new AppError("CONFLICT", LOCKED_MESSAGE);
  // The database clock decides, deadline plus grace period, as for saving the text.
  if (!dossier.isAcceptingSubmissions) throw explainClosedWindow(dossier);
  if (!can(user, "nomination.edit", toAccessResource(dossier, dossier))) throw new AppError("NOT_FOUND", NOT_FOUND_MESSAGE);
  return dossier;
}

async function countAnnexes(db: Executor, nominationId: string): Promise<number> {
  const [row] = await db.select({ total: count() }).from(annexes).where(eq(annexes.nominationId, nominationId));
  return row?.total ?? 0;
}

/** Throws unless the user may add an annex now; routes call it before reading the upload. createAnnex checks again. */
export async function assertCanAddAnnex({ db, user, nominationId }: { db: Executor; user: SessionUser; nominationId: string }) {
  await getEditableNomination({ db, user, nominationId });
  if ((await countAnnexes(db, nominationId)) >= MAX_ANNEXES_PER_NOMINATION) throw new AppError("CONFLICT", ANNEX_MESSAGES.tooMany);
}

/**
 * Stores a PDF under a new random key and records it with its audit entry. The count is taken with the dossier
 * row locked, so two uploads at once cannot pass the limit; if recording fails, the stored file is removed again.
 */
export async function createAnnex({
  db,
  storage,
  user,
  nominationId,
  fileName,
  bytes,
}: {
  db: Executor;
  storage: FileStorage;
  user: SessionUser;
  nominationId: string;
  fileName: string;
  bytes: Uint8Array;
}) {
  const problem = findPdfProblem(bytes);
  if (problem) {
    const message = ANNEX_MESSAGES[problem];
    throw new AppError(problem === "tooLarge" ? "TOO_LARGE" : "INVALID", message, { file: [message] });
  }
  const safeName = toSafePdfFileName(fileName);
  const storageKey = randomUUID();
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  await storage.put(storageKey, bytes);
  try {
    return await db.transaction(async (tx) => {
      const dossier = await getEditableNomination({ db: tx, user, nominationId, isLocking: true });
      if ((await countAnnexes(tx, nominationId)) >= MAX_ANNEXES_PER_NOMINATION) throw new AppError("CONFLICT", ANNEX_MESSAGES.tooMany);
      const [annex] = await tx
        .insert(annexes)
        .values({ nominationId, storageKey, fileName: safeName, contentType: PDF_CONTENT_TYPE, sizeBytes: bytes.length, sha256, uploadedBy: user.id })
        .returning(annexSummaryColumns);
      await recordAudit(tx, {
        actorUserId: user.id,
        editionId: dossier.editionId,
        action: "annex.uploaded",
        entityType: "nomination",
        entityId: nominationId,
        data: { annexId: annex!.id, fileName: safeName, sizeBytes: bytes.length, sha256 },
      });
      return annex!;
    });
  } catch (error) {
    await storage.delete(storageKey).catch((cleanupError) => logUnexpectedError("removing an unrecorded upload", cleanupError));
    throw error;
  }
}

/** Deletes an annex of an editable dossier with its audit entry; the file goes once the row is gone for good. */
export async function deleteAnnex({ db, storage, user, annexId }: { db: Executor; storage: FileStorage; user: SessionUser; annexId: string }) {
  if (!UUID_PATTERN.test(annexId)) throw new AppError("NOT_FOUND", ANNEX_NOT_FOUND_MESSAGE);
  const deleted = await db.transaction(async (tx) => {
    const [annex] = await tx.select({ nominationId: annexes.nominationId }).from(annexes).where(eq(annexes.id, annexId));
    if (!annex) throw new AppError("NOT_FOUND", ANNEX_NOT_FOUND_MESSAGE);
    const dossier = await getEditableNomination({ db: tx, user, nominationId: annex.nominationId, isLocking: true });
    const [row] = await tx
      .delete(annexes)
      .where(eq(annexes.id, annexId))
      .returning({ storageKey: annexes.storageKey, fileName: annexes.fileName, sizeBytes: annexes.sizeBytes });
    // The annex was found a moment ago, so a miss means a colleague deleted it first.
    if (!row) throw new AppError("NOT_FOUND", ANNEX_NOT_FOUND_MESSAGE);
    await recordAudit(tx, {
      actorUserId: user.id,
      editionId: dossier.editionId,
      action: "annex.deleted",
      entityType: "nomination",
      entityId: annex.nominationId,
      data: { annexId, fileName: row.fileName, sizeBytes: row.sizeBytes },
    });
    return row;
  });
  // After the commit, so a failed transaction never loses the file; a failure here leaves an unreferenced file only.
  await storage.delete(deleted.storageKey).catch((error) => logUnexpectedError("removing a deleted annex's file", error));
}
