import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import type { Database } from "@/db/client";
import * as schema from "@/db/schema";
import type { TestDatabase } from "./db";

export interface LoggedQuery {
  sql: string;
  params: unknown[];
}

/** A drizzle over the test database's own client that logs every statement it sends, with its parameters. */
export function openLoggingDb(t: TestDatabase): { db: Database; log: LoggedQuery[] } {
  const log: LoggedQuery[] = [];
  const logger = { logQuery: (query: string, params: unknown[]) => void log.push({ sql: query, params }) };
  const client = (t.db as unknown as { $client: never }).$client;
  const db = (t.engine === "pglite" ? drizzlePglite(client, { schema, logger }) : drizzlePostgres(client, { schema, logger })) as unknown as Database;
  return { db, log };
}

/** A logged statement with its parameters written in, for EXPLAIN (numbers bare, everything else quoted). */
export function inlineParams(query: LoggedQuery): string {
  return query.sql.replace(/\$(\d+)/g, (_, n: string) => {
    const value = query.params[Number(n) - 1];
    if (typeof value === "number") return String(value);
    if (value === null || value === undefined) return "null";
    return `'${String(value).replace(/'/g, "''")}'`;
  });
}
