import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { parseArgs, type ParseArgsConfig } from "node:util";
import { getPgliteDir, openConnection } from "../db/client";
import { createBackup } from "../lib/backup/create-backup";
import { getEnv } from "../lib/env";
import { getFileStorage } from "../lib/storage";

const USAGE = "Usage: npm run db:backup -- [--out <directory>]";

/** A new backup's path: inside --out when that is an existing directory (or ./backups by default), else --out itself. */
async function chooseBackupDir(out: string | undefined, engine: string, now: Date): Promise<string> {
  const name = `palmares-${engine}-${now.toISOString().replace(/[:.]/g, "-")}`;
  const parent = out ?? "backups";
  const isDirectory = (await stat(parent).catch(() => null))?.isDirectory() ?? false;
  if (out && !isDirectory) return path.resolve(out);
  return path.resolve(parent, name);
}

/** The command line, or an error that shows the usage. */
function parseArguments<T extends ParseArgsConfig>(config: T) {
  try {
    return parseArgs(config);
  } catch (error) {
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
}

/**
 * npm run db:backup: one directory holding the configured database (DATABASE_URL through pg_dump, or the embedded
 * one in DATA_DIR through PGlite), every annex it names, and manifest.json (lib/backup/create-backup.ts).
 */
async function main() {
  const { values } = parseArguments({ options: { out: { type: "string" } } });
  const env = getEnv();
  const started = Date.now();
  // Opening PGlite on a missing directory would create an empty database and back that up.
  if (!env.DATABASE_URL && (await readdir(getPgliteDir(env.DATA_DIR)).catch(() => [])).length === 0) {
    throw new Error(`There is no embedded database in ${getPgliteDir(env.DATA_DIR)} (set DATA_DIR, or DATABASE_URL for the server).`);
  }
  const connection = openConnection({ url: env.DATABASE_URL, dataDir: env.DATA_DIR, max: 2 });
  try {
    const now = new Date();
    const dir = await chooseBackupDir(values.out, connection.engine, now);
    const { manifest } = await createBackup({ connection, databaseUrl: env.DATABASE_URL, storage: getFileStorage(), dir, now });
    const rows = Object.values(manifest.tables).reduce((sum, table) => sum + table.rows, 0);
    const annexBytes = manifest.annexes.reduce((sum, annex) => sum + annex.sizeBytes, 0);
    console.log(`Backup written: ${dir}`);
    console.log(`  ${connection.engine} ${manifest.serverVersion}, migration ${manifest.migrations.applied} (${manifest.migrations.latest})`);
    console.log(`  ${Object.keys(manifest.tables).length} tables, ${rows} rows; ${manifest.database.file} ${manifest.database.bytes} bytes`);
    console.log(`  ${manifest.annexes.length} annexes, ${annexBytes} bytes; took ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await connection.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
