import { readFileSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { queryRows } from "../lib/backup/table-checksums";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import type { PostgresJsDatabase } from "drizzle-orm/postgres-js";
import type { Connection } from "./client";

export const MIGRATIONS_FOLDER = path.resolve(process.cwd(), "db/migrations");

/** Applies every pending migration; safe to run again. */
export async function runMigrations(connection: Connection): Promise<void> {
  const config = { migrationsFolder: MIGRATIONS_FOLDER };
  if (connection.engine === "pglite") {
    await migratePglite(connection.db as unknown as PgliteDatabase, config);
  } else {
    await migratePostgres(connection.db as unknown as PostgresJsDatabase, config);
  }
}

/** How many of the release's migrations (db/migrations/meta/_journal.json) the database has not applied yet. */
export async function countPendingMigrations(connection: Connection): Promise<number> {
  const journal = JSON.parse(readFileSync(path.join(MIGRATIONS_FOLDER, "meta", "_journal.json"), "utf8")) as { entries: { when: number }[] };
  // drizzle records each applied migration with its journal time; a database never migrated has no table at all.
  const [table] = await queryRows<{ name: string | null }>(connection.db, sql`select to_regclass('drizzle.__drizzle_migrations')::text as name`);
  if (!table?.name) return journal.entries.length;
  const [applied] = await queryRows<{ last: string | null }>(connection.db, sql`select max(created_at)::text as last from drizzle.__drizzle_migrations`);
  const last = Number(applied?.last ?? 0);
  return journal.entries.filter((entry) => entry.when > last).length;
}
