import type { Executor } from "../../db/client";
import packageJson from "../../package.json";
import type { Actor } from "../access/policy";
import { AppError } from "../errors";
import { text } from "../i18n/server-text";
import { runEditionCommand } from "../kernel/edition-command";
import type { FileStorage } from "../storage";
import { buildArchive, sha256Hex } from "./archive";
import { annexFilePath } from "./format";
import { readEditionRows } from "./read-edition";

export const APP_VERSION: string = packageJson.version;

/** The bytes stored under a key, or null when the file is missing. */
export async function readStoredFile(storage: FileStorage, key: string): Promise<Uint8Array | null> {
  const stream = await storage.get(key);
  return stream ? new Uint8Array(await new Response(stream).arrayBuffer()) : null;
}

/**
 * The whole edition as one zip (lib/portability/archive.ts), through the edition-command kernel (rule
 * edition.export, the secretariat in any phase), with its audit entry. An annex whose stored bytes no longer match
 * their SHA-256 is refused: the archive would carry a file nobody uploaded.
 */
export async function exportEdition({ db, actor, editionId, storage, now = new Date() }: { db: Executor; actor: Actor; editionId: number; storage: FileStorage; now?: Date }) {
  return runEditionCommand({ db, actor, editionId, action: "edition.export", lock: "share" }, async ({ tx, edition, audit }) => {
    const document = await readEditionRows({ db: tx, editionId });
    const files: Record<string, Uint8Array> = {};
    for (const annex of document.annexes) {
      const bytes = await readStoredFile(storage, annex.storageKey);
      if (!bytes) throw new AppError("CONFLICT", text('The file of annex "{file}" is missing from storage: the edition cannot be exported whole.', { file: String(annex.fileName) }));
      if (sha256Hex(bytes) !== annex.sha256) {
        throw new AppError("CONFLICT", text('The file of annex "{file}" no longer matches its SHA-256: the edition cannot be exported.', { file: String(annex.fileName) }));
      }
      files[annexFilePath(annex.id)] = bytes;
    }
    const archive = buildArchive({ document, files, appVersion: APP_VERSION, now });
    await audit({ action: "edition.exported", entity: "edition", id: editionId, data: { counts: archive.manifest.counts } });
    return { bytes: archive.bytes, manifest: archive.manifest, fileName: `palmares-${edition.year}-edition.zip` };
  });
}
