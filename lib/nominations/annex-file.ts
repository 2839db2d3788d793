import { getDb } from "../../db/client";
import { requireUser } from "../auth/session";
import { AppError } from "../errors";
import { getLogger } from "../log";
import { getFileStorage } from "../storage";
import { ANNEX_NOT_FOUND_MESSAGE, getAnnexForDownload } from "./annex-queries";

/**
 * The signed-in person's annex and its stored bytes, for the download and the viewer alike: not found for anyone
 * the "annex.read" rule refuses, and a clear message (logged) when the row's file is missing from the storage.
 */
export async function openReadableAnnex(annexId: string) {
  const user = await requireUser();
  const annex = await getAnnexForDownload({ db: getDb(), user, annexId });
  if (!annex) throw new AppError("NOT_FOUND", ANNEX_NOT_FOUND_MESSAGE);
  const stream = await getFileStorage().get(annex.storageKey);
  if (!stream) {
    getLogger().error({ annexId: annex.id }, "An annex's row has no stored file");
    throw new AppError("NOT_FOUND", "This annex's file is missing. Ask the secretariat for help.");
  }
  return { annex, stream };
}
