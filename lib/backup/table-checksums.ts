import { sql, type SQL } from "drizzle-orm";
import type { Executor } from "../../db/client";

/** One table's content in a form two databases can be compared by: its row count and a digest of every row. */
export interface TableChecksum {
  rows: number;
  md5: string;
}

/** What a backup must bring back: every table's checksum by "schema.table", every sequence's last value. */
export interface DatabaseFingerprint {
  tables: Record<string, TableChecksum>;
  sequences: Record<string, number>;
}

// The row text depends on these settings (a timestamptz prints in the session's time zone), so both sides fix them.
const TEXT_SETTINGS = ["TimeZone = 'UTC'", "DateStyle = 'ISO, YMD'", "IntervalStyle = 'postgres'", "extra_float_digits = 1", "bytea_output = 'hex'"];

const SYSTEM_SCHEMAS = sql`n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\\_%'`;

/** The rows of a raw query on either engine (postgres.js answers an array, PGlite an object with rows). */
export async function queryRows<T>(db: Executor, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as T[] | { rows: T[] };
  return Array.isArray(result) ? result : result.rows;
}

function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** Every ordinary table outside the system schemas, as "schema.table", sorted. */
export async function listUserTables(db: Executor): Promise<string[]> {
  const rows = await queryRows<{ name: string }>(
    db,
    sql`select n.nspname || '.' || c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where c.relkind = 'r' and ${SYSTEM_SCHEMAS} order by n.nspname collate "C", c.relname collate "C"`,
  );
  return rows.map((row) => row.name);
}

async function getTableChecksum(db: Executor, table: string): Promise<TableChecksum> {
  const [schema, name] = table.split(/\.(.*)/s) as [string, string];
  const from = sql.raw(`${quoteIdentifier(schema)}.${quoteIdentifier(name)}`);
  // Each row hashed, then the sorted hashes hashed: independent of physical order and of any primary key,
  // and bounded in memory (32 characters a row) where one string of every row would hit the 1 GB text limit.
  const [row] = await queryRows<{ rows: string | number; md5: string }>(
    db,
    sql`select count(*)::int as rows, md5(coalesce(string_agg(h, '' order by h collate "C"), '')) as md5
        from (select md5(t::text) as h from ${from} t) hashed`,
  );
  return { rows: Number(row!.rows), md5: row!.md5 };
}

/**
 * Row counts and checksums of every table, and the sequences' last values, read in one transaction so they describe
 * one moment. Run it inside a repeatable-read transaction (or a backup's snapshot) to make that moment the caller's.
 */
export async function getDatabaseFingerprint(db: Executor): Promise<DatabaseFingerprint> {
  return db.transaction(async (tx) => {
    for (const setting of TEXT_SETTINGS) await tx.execute(sql.raw(`set local ${setting}`));
    const tables: Record<string, TableChecksum> = {};
    for (const table of await listUserTables(tx)) tables[table] = await getTableChecksum(tx, table);
    const sequenceRows = await queryRows<{ name: string; value: string | number | null }>(
      tx,
      sql`select schemaname || '.' || sequencename as name, last_value as value from pg_sequences
          where schemaname not in ('pg_catalog', 'information_schema') order by 1`,
    );
    const sequences = Object.fromEntries(sequenceRows.map((row) => [row.name, Number(row.value ?? 0)]));
    return { tables, sequences };
  });
}

/**
 * Every difference between what a backup recorded and what a database holds, one sentence each. A sequence may be
 * ahead (a value fetched and never used) but never behind, which would hand out an id that is already taken.
 */
export function compareFingerprints(expected: DatabaseFingerprint, actual: DatabaseFingerprint): string[] {
  const problems: string[] = [];
  for (const [table, want] of Object.entries(expected.tables)) {
    const got = actual.tables[table];
    if (!got) problems.push(`table ${table} is missing`);
    else if (got.rows !== want.rows) problems.push(`table ${table} has ${got.rows} rows, the backup ${want.rows}`);
    else if (got.md5 !== want.md5) problems.push(`table ${table} has ${got.rows} rows as in the backup, but their checksum differs`);
  }
  for (const table of Object.keys(actual.tables)) {
    if (!(table in expected.tables)) problems.push(`table ${table} is not in the backup`);
  }
  for (const [sequence, want] of Object.entries(expected.sequences)) {
    const got = actual.sequences[sequence];
    if (got === undefined) problems.push(`sequence ${sequence} is missing`);
    else if (got < want) problems.push(`sequence ${sequence} is at ${got}, behind the backup's ${want}`);
  }
  return problems;
}
