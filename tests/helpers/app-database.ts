import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * Points the app's own getDb() at a fresh, migrated PGlite with the countries seeded, for tests that call route
 * handlers (which read the environment once). Call it before importing any route; close() removes it again.
 */
export async function openAppDatabase(prefix: string) {
  const dataDir = await mkdtemp(path.join(tmpdir(), `${prefix}-`));
  process.env.DATA_DIR = dataDir;
  delete process.env.DATABASE_URL;
  const client = await import("@/db/client");
  const { runMigrations } = await import("@/db/migrator");
  const { seedCountries } = await import("@/db/seed/countries");
  await runMigrations(client.getConnection());
  await seedCountries(client.getDb());
  return {
    client,
    close: async () => {
      await client.getConnection().close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
