import { chmod, mkdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { PGlite } from "@electric-sql/pglite";
import { sql } from "drizzle-orm";
import type { Connection, Executor } from "../../db/client";
import { annexes } from "../../db/schema";
import packageJson from "../../package.json";
import type { FileStorage } from "../storage";
import { ANNEX_DIR, DATABASE_FILES, MANIFEST_FILE, type BackupManifest } from "./manifest";
import { getDatabaseMigrationLevel } from "./migration-level";
import { runPgTool } from "./pg-tools";
import { readStoredFile, sha256Hex } from "./stored-files";
import { getDatabaseFingerprint, queryRows } from "./table-checksums";

type DatabaseState = Omit<BackupManifest, "format" | "formatVersion" | "appVersion" | "createdAt" | "engine" | "database" | "annexes"> & {
  annexRows: { id: string; storageKey: string; sha256: string; sizeBytes: number }[];
};

/** Everything the manifest says about the database, read in the caller's transaction or snapshot. */
async function readDatabaseState(db: Executor): Promise<DatabaseState> {
  const migrations = await getDatabaseMigrationLevel(db);
  if (migrations.applied === 0) throw new Error("This database was never migrated: it holds no Palmarès data to back up.");
  const [version] = await queryRows<{ server_version: string }>(db, sql`show server_version`);
  const annexRows = await db
    .select({ id: annexes.id, storageKey: annexes.storageKey, sha256: annexes.sha256, sizeBytes: annexes.sizeBytes })
    .from(annexes)
    .orderBy(annexes.storageKey);
  const fingerprint = await getDatabaseFingerprint(db);
  return { serverVersion: version!.server_version, migrations, ...fingerprint, annexRows };
}

/**
 * pg_dump in custom format, made in the snapshot of a repeatable-read transaction that also reads the manifest's
 * counts and checksums, so the dump and the manifest describe the same instant while the app keeps writing.
 */
async function dumpServer(connection: Connection, databaseUrl: string, file: string): Promise<DatabaseState> {
  return connection.db.transaction(
    async (tx) => {
      const [row] = await queryRows<{ snapshot: string }>(tx, sql`select pg_export_snapshot() as snapshot`);
      await runPgTool("pg_dump", databaseUrl, ["--format=custom", "--no-owner", "--no-privileges", `--snapshot=${row!.snapshot}`, `--file=${file}`]);
      await chmod(file, 0o600);
      return readDatabaseState(tx);
    },
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );
}

/**
 * PGlite's own copy of its data directory. PGlite serves one process and runs one statement at a time, so after a
 * checkpoint nothing moves between reading the manifest and copying the files (sequences included).
 */
async function dumpEmbedded(connection: Connection, file: string): Promise<DatabaseState> {
  const client = (connection.db as unknown as { $client: PGlite }).$client;
  await client.exec("checkpoint");
  const state = await readDatabaseState(connection.db);
  const tarball = await client.dumpDataDir("none");
  // Node's zlib is several times faster than PGlite's own gzip option; PGlite reads either back.
  await writeFile(file, gzipSync(new Uint8Array(await tarball.arrayBuffer())), { mode: 0o600 });
  return state;
}

/**
 * Writes one backup directory: the database (a snapshot), then every annex the snapshot names, then manifest.json.
 * An annex uploaded after the snapshot is simply not in it; one the snapshot names but storage lacks, or whose bytes
 * no longer match the SHA-256 recorded at upload, fails the backup. Written under `<dir>.partial` and renamed at the
 * end, so a directory with the final name is always complete.
 */
export async function createBackup({ connection, databaseUrl, storage, dir, now = new Date() }: { connection: Connection; databaseUrl?: string; storage: FileStorage; dir: string; now?: Date }) {
  const finalDir = path.resolve(dir);
  if (await stat(finalDir).catch(() => null)) throw new Error(`${finalDir} already exists: choose a new name for the backup.`);
  const workDir = `${finalDir}.partial`;
  await rm(workDir, { recursive: true, force: true });
  await mkdir(path.join(workDir, ANNEX_DIR), { recursive: true, mode: 0o700 });
  try {
    const databaseFile = DATABASE_FILES[connection.engine];
    const databasePath = path.join(workDir, databaseFile);
    let state: DatabaseState;
    if (connection.engine === "postgres") {
      if (!databaseUrl) throw new Error("Backing up the PostgreSQL server needs its URL (DATABASE_URL).");
      state = await dumpServer(connection, databaseUrl, databasePath);
    } else {
      state = await dumpEmbedded(connection, databasePath);
    }
    const problems: string[] = [];
    const annexEntries: BackupManifest["annexes"] = [];
    for (const annex of state.annexRows) {
      const bytes = await readStoredFile(storage, annex.storageKey);
      if (!bytes) problems.push(`annex ${annex.id} (${annex.storageKey}) is missing from storage`);
      else if (sha256Hex(bytes) !== annex.sha256) problems.push(`annex ${annex.id} (${annex.storageKey}) no longer matches the SHA-256 recorded at upload`);
      else {
        const file = path.posix.join(ANNEX_DIR, annex.storageKey);
        await writeFile(path.join(workDir, file), bytes, { mode: 0o600 });
        annexEntries.push({ ...annex, file });
      }
    }
    if (problems.length > 0) throw new Error(`The backup is incomplete, nothing was kept:\n  ${problems.join("\n  ")}`);
    const databaseBytes = await readFile(databasePath);
    const manifest: BackupManifest = {
      format: "palmares-backup",
      formatVersion: 1,
      appVersion: packageJson.version,
      createdAt: now.toISOString(),
      engine: connection.engine,
      serverVersion: state.serverVersion,
      database: { file: databaseFile, sha256: sha256Hex(databaseBytes), bytes: databaseBytes.byteLength },
      migrations: state.migrations,
      tables: state.tables,
      sequences: state.sequences,
      annexes: annexEntries,
    };
    await writeFile(path.join(workDir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });
    await rename(workDir, finalDir);
    return { dir: finalDir, manifest };
  } catch (error) {
    await rm(workDir, { recursive: true, force: true });
    throw error;
  }
}
