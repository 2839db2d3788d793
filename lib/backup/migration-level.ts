import { readFile } from "node:fs/promises";
import path from "node:path";
import { sql } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { MIGRATIONS_FOLDER } from "../../db/migrator";
import { queryRows } from "./table-checksums";

/** How far a database's schema has been migrated: the count of applied migrations and the last one's name. */
export interface MigrationLevel {
  applied: number;
  latest: string | null;
}

interface JournalEntry {
  tag: string;
  when: number;
}

async function readJournal(): Promise<JournalEntry[]> {
  const text = await readFile(path.join(MIGRATIONS_FOLDER, "meta", "_journal.json"), "utf8");
  return (JSON.parse(text) as { entries: JournalEntry[] }).entries;
}

/** The level this code would migrate a database to. */
export async function getCodeMigrationLevel(): Promise<MigrationLevel> {
  const entries = await readJournal();
  return { applied: entries.length, latest: entries.at(-1)?.tag ?? null };
}

/** The level recorded in the database by drizzle's migrator; zero when it was never migrated. */
export async function getDatabaseMigrationLevel(db: Executor): Promise<MigrationLevel> {
  const [table] = await queryRows<{ name: string | null }>(db, sql`select to_regclass('drizzle.__drizzle_migrations')::text as name`);
  if (!table?.name) return { applied: 0, latest: null };
  const [row] = await queryRows<{ applied: number; last: string | number | null }>(
    db,
    sql`select count(*)::int as applied, max(created_at) as last from drizzle.__drizzle_migrations`,
  );
  // drizzle stores each migration's journal timestamp, so the newest one names the last migration applied.
  const last = row?.last === null || row?.last === undefined ? null : Number(row.last);
  const entry = (await readJournal()).find((candidate) => candidate.when === last);
  return { applied: Number(row?.applied ?? 0), latest: last === null ? null : (entry?.tag ?? `unknown migration of ${new Date(last).toISOString()}`) };
}

/** Problems with a restored database's level against the backup's and this code's; notes that need no action beside. */
export function compareMigrationLevels(backup: MigrationLevel, restored: MigrationLevel, code: MigrationLevel): { problems: string[]; notes: string[] } {
  const problems: string[] = [];
  const notes: string[] = [];
  if (restored.applied !== backup.applied || restored.latest !== backup.latest) {
    problems.push(`the restored database is at migration ${restored.applied} (${restored.latest}), the backup recorded ${backup.applied} (${backup.latest})`);
  }
  if (restored.applied > code.applied) {
    problems.push(`the backup is migrated further (${restored.applied}) than this version of the app knows (${code.applied}): restore it with the app version that made it`);
  } else if (restored.applied < code.applied) {
    notes.push(`the backup is at migration ${restored.applied} of ${code.applied}: run npm run db:migrate before starting the app`);
  }
  return { problems, notes };
}
