import { openConnection } from "./client";
import { runMigrations } from "./migrator";
import { getEnv } from "../lib/env";

// Runs with a single connection so migrations never race each other.
async function main() {
  const env = getEnv();
  const connection = openConnection({ url: env.DATABASE_URL, dataDir: env.DATA_DIR, max: 1 });
  try {
    await runMigrations(connection);
    console.log(`Migrations applied (${connection.engine}).`);
  } finally {
    await connection.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
