import { readFile } from "node:fs/promises";
import { openConnection } from "../db/client";
import { AppError } from "../lib/errors";
import { getEnv } from "../lib/env";
import { importEdition } from "../lib/portability/import-edition";
import { getFileStorage } from "../lib/storage";

/**
 * npm run db:import -- <edition.zip>: imports an edition archive (exported from /admin/editions/<year>) into the
 * configured database (DATABASE_URL, or the embedded one in DATA_DIR) and its annexes into the uploads directory.
 * Run the migrations first (npm run db:migrate). All or nothing: on any refusal nothing is written.
 */
async function main() {
  const file = process.argv[2];
  if (!file) throw new AppError("INVALID", "Usage: npm run db:import -- <edition.zip>");
  const env = getEnv();
  const connection = openConnection({ url: env.DATABASE_URL, dataDir: env.DATA_DIR, max: 1 });
  try {
    const bytes = new Uint8Array(await readFile(file));
    const result = await importEdition({ db: connection.db, bytes, storage: getFileStorage(), actor: "operator" });
    const rows = Object.entries(result.counts).map(([table, n]) => `${table} ${n}`).join(", ");
    console.log(`Edition ${result.year} imported (${connection.engine}): ${rows}.`);
    if (result.fingerprint) console.log(`Its sealed result verifies: fingerprint ${result.fingerprint}.`);
    console.log("People new to this database have no password: invite them before they can sign in.");
  } finally {
    await connection.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof AppError ? error.message : error);
  process.exit(1);
});
