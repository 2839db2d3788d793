import { logUnexpectedError } from "../log";
import { randomUUID } from "node:crypto";
import { count, eq } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { annexes } from "../../db/schema";
import type { SessionUser } from "../auth/session-user";
import { ANNEX_MESSAGES, findPdfProblem, MAX_ANNEX_BYTES, MAX_ANNEXES_PER_NOMINATION, PDF_CONTENT_TYPE, toSafePdfFileName } from "../domain/pdf-file";
import { AppError } from "../errors";
import { runEditionCommand, type EditionCommandContext } from "../kernel/edition-command";
import type { FileStorage } from "../storage/file-storage";
import { annexSummaryColumns } from "./annex-queries";
import { findDossierEdition, loadDossier, type LoadedDossier } from "./dossier-command";
import { NOT_FOUND_MESSAGE } from "./queries";
import { sayFieldMessage } from "./request-language";
import { explainClosedWindow } from "./submission-window";

/** Runs an annex change on the user's own-country draft while it takes changes (by the database clock). */
export function runAnnexCommand<T>(
  request: { db: Executor; user: SessionUser; nominationId: string; lock?: "update" | "share" },
  command: (context: EditionCommandContext & { dossier: LoadedDossier }) => Promise<T>,
): Promise<T> {
  const { db, user, nominationId, lock } = request;
  return runEditionCommand(
    { db, actor: user, editionId: findDossierEdition(nominationId), action: "nomination.edit", lock, load: loadDossier(nominationId), notFound: NOT_FOUND_MESSAGE, isHiddenWhenForbidden: true },
    async (context) => {
      if (!context.resource.dossier.isAcceptingSubmissions) throw await explainClosedWindow(context.resource.dossier);
      return command({ ...context, dossier: context.resource.dossier });
    },
  );
}

async function refuseWhenFull(db: Executor, nominationId: string): Promise<void> {
  const [row] = await db.select({ total: count() }).from(annexes).where(eq(annexes.nominationId, nominationId));
  if ((row?.total ?? 0) >= MAX_ANNEXES_PER_NOMINATION) throw new AppError("CONFLICT", ANNEX_MESSAGES.tooMany);
}

/** Throws unless the user may add an annex now; routes call it before reading the upload. createAnnex checks again. */
export async function assertCanAddAnnex({ db, user, nominationId }: { db: Executor; user: SessionUser; nominationId: string }) {
  await runAnnexCommand({ db, user, nominationId, lock: "share" }, ({ tx }) => refuseWhenFull(tx, nominationId));
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
    throw new AppError(problem === "tooLarge" ? "TOO_LARGE" : "INVALID", message, { file: [await sayFieldMessage(message)] });
  }
  const safeName = toSafePdfFileName(fileName);
  const storageKey = randomUUID();
  // The size and hash recorded are those the storage measured while writing, not a second reading of the bytes.
  const { sizeBytes, sha256 } = await storage.put(storageKey, bytes, { maxBytes: MAX_ANNEX_BYTES });
  try {
    // The dossier's row lock makes two uploads at once count one after the other.
    return await runAnnexCommand({ db, user, nominationId, lock: "share" }, async ({ tx, audit }) => {
      await refuseWhenFull(tx, nominationId);
      const [annex] = await tx
        .insert(annexes)
        .values({ nominationId, storageKey, fileName: safeName, contentType: PDF_CONTENT_TYPE, sizeBytes, sha256, uploadedBy: user.id })
        .returning(annexSummaryColumns);
      await audit({ action: "annex.uploaded", entity: "nomination", id: nominationId, data: { annexId: annex!.id, fileName: safeName, sizeBytes, sha256 } });
      return annex!;
    });
  } catch (error) {
    await storage.delete(storageKey).catch((cleanupError) => logUnexpectedError("removing an unrecorded upload", cleanupError));
    throw error;
  }
}
