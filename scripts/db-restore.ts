import { parseArgs, type ParseArgsConfig } from "node:util";
import { restoreBackup, type RestoreTarget } from "../lib/backup/restore-backup";
import { getEnv } from "../lib/env";
import { getFileStorage, getUploadDir, LocalDiskStorage } from "../lib/storage";

const USAGE = "Usage: npm run db:restore -- <backup directory> [--into <postgres://… URL or embedded DATA_DIR>] [--force]";

/** The command line, or an error that shows the usage. */
function parseArguments<T extends ParseArgsConfig>(config: T) {
  try {
    return parseArgs(config);
  } catch (error) {
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
}

/**
 * npm run db:restore: restores a backup from npm run db:backup into --into (by default the configured database),
 * checks it against the backup's manifest and prints the report; exits 1 on any mismatch.
 */
async function main() {
  const { values, positionals } = parseArguments({ options: { into: { type: "string" }, force: { type: "boolean", default: false } }, allowPositionals: true });
  if (positionals.length !== 1) throw new Error(`Name one backup directory.\n${USAGE}`);
  const env = getEnv();
  const into = values.into ?? env.DATABASE_URL ?? env.DATA_DIR;
  const target: RestoreTarget = /^postgres(ql)?:\/\//.test(into) ? { engine: "postgres", url: into } : { engine: "pglite", dataDir: into };
  // An embedded target on local disk gets its annexes where an app started with DATA_DIR=<into> would look for them;
  // with STORAGE_DRIVER=s3 they go to the configured bucket, like the app's.
  const storage = target.engine === "pglite" && values.into && env.STORAGE_DRIVER === "local" ? new LocalDiskStorage(getUploadDir({ UPLOAD_DIR: env.UPLOAD_DIR, DATA_DIR: target.dataDir })) : getFileStorage();
  const started = Date.now();
  const report = await restoreBackup({ backupDir: positionals[0]!, target, storage, force: values.force });
  const { manifest } = report;
  console.log(`Restored ${positionals[0]} (${manifest.engine}, made ${manifest.createdAt} by Palmarès ${manifest.appVersion}) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(`  migration ${manifest.migrations.applied} (${manifest.migrations.latest})`);
  console.log(`  ${report.tables} tables, ${report.rows} rows; ${report.annexes} annexes`);
  for (const note of report.notes) console.log(`  Note: ${note}`);
  if (report.problems.length > 0) {
    console.error(`The restored copy does NOT match the backup (${report.problems.length} problems):`);
    for (const problem of report.problems) console.error(`  - ${problem}`);
    process.exit(1);
  }
  console.log("  Every table's row count and checksum, every sequence and every annex's SHA-256 match the manifest.");
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
