import { getTableColumns, type Table } from "drizzle-orm";
import {
  annexes,
  assignments,
  auditEvents,
  awards,
  ceremonies,
  conflicts,
  countries,
  criteria,
  editions,
  frozenResults,
  mailTemplates,
  memberships,
  nominations,
  prizes,
  scoreSheets,
  scores,
  tieDecisions,
  users,
} from "../../db/schema";

/**
 * The tables of an edition archive, in the order an import inserts them: what a row refers to comes first, and
 * the sealed result last, since the freeze guard refuses every row of a frozen edition after it.
 * `users` holds only id, name and email: never a password hash, a token or a session version.
 */
export const ARCHIVE_TABLES = {
  countries,
  users,
  editions,
  prizes,
  criteria,
  nominations,
  annexes,
  memberships,
  assignments,
  conflicts,
  scoreSheets,
  scores,
  tieDecisions,
  awards,
  ceremonies,
  mailTemplates,
  auditEvents,
  frozenResults,
} as const satisfies Record<string, Table>;

export type ArchiveTableName = keyof typeof ARCHIVE_TABLES;
export const ARCHIVE_TABLE_NAMES = Object.keys(ARCHIVE_TABLES) as ArchiveTableName[];

/** The columns of users an archive carries. */
export const EXPORTED_USER_COLUMNS = ["id", "name", "email"] as const;

/** A table's column names (camelCase, as edition.json writes them), in the schema's order. */
export function getColumnNames(name: ArchiveTableName): string[] {
  if (name === "users") return [...EXPORTED_USER_COLUMNS];
  return Object.keys(getTableColumns(ARCHIVE_TABLES[name]));
}

/** The file name of a table's CSV in the archive: its SQL name (csv/score_sheets.csv). */
export function getCsvPath(name: ArchiveTableName): string {
  const table = ARCHIVE_TABLES[name] as Table;
  const sqlName = (table as unknown as Record<symbol, string>)[Symbol.for("drizzle:Name")] ?? name;
  return `csv/${sqlName}.csv`;
}

/**
 * Turns a row read back from edition.json into what drizzle inserts: ISO strings into Dates for timestamp
 * columns; anything that is not a column of the table is refused rather than silently dropped.
 */
export function decodeRow(name: ArchiveTableName, row: Record<string, unknown>): Record<string, unknown> {
  const columns = getTableColumns(ARCHIVE_TABLES[name]) as Record<string, { columnType: string }>;
  const allowed = new Set(getColumnNames(name));
  const decoded: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    if (!allowed.has(key)) throw new Error(`${name} has no column ${key}`);
    decoded[key] = columns[key]?.columnType === "PgTimestamp" && typeof value === "string" ? new Date(value) : value;
  }
  return decoded;
}
