import { readFile } from "node:fs/promises";
import path from "node:path";
import type { FileStorage } from "../storage";
import type { BackupManifest } from "./manifest";
import { readStoredFile, sha256Hex } from "./stored-files";

/**
 * Writes each restored annex row's file from the backup into storage under its own key, and reads it back. A file whose
 * bytes differ from the SHA-256 its row records is never stored: the problem is reported instead. A key already in
 * storage with the same bytes is left as it is; with other bytes it is replaced only with force.
 */
export async function restoreAnnexes({ backupDir, manifest, rows, storage, force }: {
  backupDir: string;
  manifest: BackupManifest;
  rows: { id: string; storageKey: string; sha256: string }[];
  storage: FileStorage;
  force: boolean;
}): Promise<string[]> {
  const problems: string[] = [];
  const inBackup = new Map(manifest.annexes.map((annex) => [annex.storageKey, annex]));
  const restoredKeys = new Set(rows.map((row) => row.storageKey));
  for (const annex of manifest.annexes) {
    if (!restoredKeys.has(annex.storageKey)) problems.push(`annex ${annex.id} is in the manifest but not in the restored database`);
  }
  for (const row of rows) {
    const entry = inBackup.get(row.storageKey);
    if (!entry) {
      problems.push(`annex ${row.id} is in the restored database but its file is not in the backup`);
      continue;
    }
    const bytes = await readFile(path.join(backupDir, entry.file)).catch(() => null);
    if (!bytes) {
      problems.push(`annex ${row.id}: ${entry.file} is missing from the backup`);
      continue;
    }
    const hash = sha256Hex(bytes);
    if (hash !== row.sha256 || hash !== entry.sha256) {
      problems.push(`annex ${row.id}: ${entry.file} does not match its stored SHA-256 (not written to storage)`);
      continue;
    }
    const existing = await readStoredFile(storage, row.storageKey);
    if (existing && sha256Hex(existing) !== row.sha256) {
      if (!force) {
        problems.push(`annex ${row.id}: storage already holds other bytes under ${row.storageKey} (pass --force to replace them)`);
        continue;
      }
      await storage.delete(row.storageKey);
    }
    if (!existing || sha256Hex(existing) !== row.sha256) await storage.put(row.storageKey, bytes);
    const stored = await readStoredFile(storage, row.storageKey);
    if (!stored || sha256Hex(stored) !== row.sha256) problems.push(`annex ${row.id}: the copy in storage does not match its stored SHA-256`);
  }
  return problems;
}
