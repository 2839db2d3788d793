import { mkdir, readdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { sql } from "drizzle-orm";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import postgres from "postgres";
import { getPgliteDir, openConnection, type Connection, type Database } from "../../db/client";
import * as schema from "../../db/schema";
import type { FileStorage } from "../storage";
import { restoreAnnexes } from "./restore-annexes";
import { readManifest, type BackupManifest } from "./manifest";
import { compareMigrationLevels, getCodeMigrationLevel, getDatabaseMigrationLevel } from "./migration-level";
import { runPgTool } from "./pg-tools";
import { sha256Hex } from "./stored-files";
import { compareFingerprints, getDatabaseFingerprint } from "./table-checksums";

/** Where a backup goes: a PostgreSQL database by URL, or an embedded database by its DATA_DIR. */
export type RestoreTarget = { engine: "postgres"; url: string } | { engine: "pglite"; dataDir: string };

/** What a restore found; the restore succeeded only when `problems` is empty. */
export interface RestoreReport {
  manifest: BackupManifest;
  tables: number;
  rows: number;
  annexes: number;
  problems: string[];
  notes: string[];
}

const ENGINE_NAMES = { postgres: "the PostgreSQL server", pglite: "the embedded database (PGlite)" } as const;

function refuseNonEmpty(what: string, holding: string): never {
  throw new Error(`${what} is not empty (${holding}). Restoring would replace it: pass --force to do so, or restore into a new, empty database.`);
}

async function prepareServer(url: string, force: boolean): Promise<void> {
  const client = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const schemas = await client<{ name: string; tables: number }[]>`
      select n.nspname as name, (select count(*)::int from pg_class c where c.relnamespace = n.oid and c.relkind in ('r', 'p', 'v', 'm', 'S')) as tables
      from pg_namespace n where n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\\_%'`;
    const holding = schemas.filter((schema) => schema.tables > 0);
    if (holding.length === 0) return;
    const database = new URL(url).pathname.slice(1);
    if (!force) refuseNonEmpty(`The database "${database}"`, holding.map((schema) => `${schema.tables} relations in schema ${schema.name}`).join(", "));
    for (const schema of schemas) await client.unsafe(`drop schema "${schema.name.replaceAll('"', '""')}" cascade`);
    await client.unsafe("create schema public");
  } finally {
    await client.end({ timeout: 5 });
  }
}

async function prepareEmbedded(dataDir: string, force: boolean): Promise<string> {
  const dir = getPgliteDir(dataDir);
  const entries = await readdir(dir).catch(() => []);
  if (entries.length > 0) {
    if (!force) refuseNonEmpty(`The embedded database in ${dir}`, `${entries.length} files`);
    await rm(dir, { recursive: true, force: true });
  }
  await mkdir(dir, { recursive: true });
  return dir;
}

/** Puts the dump in place and returns a connection to the restored database. */
async function restoreDatabase(target: RestoreTarget, databasePath: string, databaseBytes: Uint8Array, force: boolean): Promise<Connection> {
  if (target.engine === "postgres") {
    await prepareServer(target.url, force);
    await runPgTool("pg_restore", target.url, ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", databasePath]);
    return openConnection({ url: target.url, max: 1 });
  }
  const dir = await prepareEmbedded(target.dataDir, force);
  // The instance that loaded the files checks them too: opening a PGlite costs seconds, and it holds the same directory.
  const client = new PGlite(dir, { loadDataDir: new Blob([databaseBytes as Uint8Array<ArrayBuffer>]) });
  await client.waitReady;
  return { db: drizzlePglite(client, { schema }) as unknown as Database, engine: "pglite", close: () => client.close(), destroy: () => client.close() };
}

/**
 * Restores a backup made by createBackup into an empty database (or, with force, over a non-empty one), then checks
 * it against the manifest: migration level, every table's row count and checksum, every sequence, and each annex
 * against the SHA-256 its row records, both in the backup and once written to storage.
 */
export async function restoreBackup({ backupDir, target, storage, force = false }: { backupDir: string; target: RestoreTarget; storage: FileStorage; force?: boolean }): Promise<RestoreReport> {
  const manifest = await readManifest(backupDir);
  if (manifest.engine !== target.engine) {
    throw new Error(`This backup was made from ${ENGINE_NAMES[manifest.engine]} and can only be restored into ${ENGINE_NAMES[manifest.engine]}.`);
  }
  const databasePath = path.join(backupDir, manifest.database.file);
  const databaseBytes = new Uint8Array(await readFile(databasePath));
  // Checked before the target is touched: a damaged dump must not replace anything.
  if (sha256Hex(databaseBytes) !== manifest.database.sha256) {
    throw new Error(`${databasePath} does not match its SHA-256 in the manifest: the backup is damaged, nothing was restored.`);
  }
  const connection = await restoreDatabase(target, databasePath, databaseBytes, force);
  try {
    const levels = compareMigrationLevels(manifest.migrations, await getDatabaseMigrationLevel(connection.db), await getCodeMigrationLevel());
    const fingerprint = await getDatabaseFingerprint(connection.db);
    const rows = await connection.db.select({ id: schema.annexes.id, storageKey: schema.annexes.storageKey, sha256: schema.annexes.sha256 }).from(schema.annexes);
    const annexProblems = await restoreAnnexes({ backupDir, manifest, rows, storage, force });
    await connection.db.execute(sql`analyze`);
    return {
      manifest,
      tables: Object.keys(fingerprint.tables).length,
      rows: Object.values(fingerprint.tables).reduce((sum, table) => sum + table.rows, 0),
      annexes: rows.length,
      problems: [...levels.problems, ...compareFingerprints(manifest, fingerprint), ...annexProblems],
      notes: levels.notes,
    };
  } finally {
    await connection.close();
  }
}
