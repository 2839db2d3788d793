import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { getEnv } from "../lib/env";
import * as schema from "./schema";

export type Schema = typeof schema;
/** The drizzle database, whichever engine is behind it. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
/** A database or an open transaction: data-layer functions accept either. */
export type Executor = Database | Transaction;
export type Engine = "pglite" | "postgres";

export interface Connection {
  db: Database;
  engine: Engine;
  close: () => Promise<void>;
  /**
   * Server only: listens on a NOTIFY channel over one dedicated connection that reconnects by itself; onListen runs
   * at each (re)subscription. Resolves to the function that stops listening. PGlite is one process and needs none.
   */
  listen?: (channel: string, onMessage: (payload: string) => void, onListen?: () => void) => Promise<() => Promise<void>>;
}

/** Where PGlite keeps its files for a DATA_DIR. */
export function getPgliteDir(dataDir: string): string {
  return path.resolve(dataDir, "pglite");
}

/** Opens a connection: the PostgreSQL server when a URL is given, otherwise PGlite with files in dataDir. */
export function openConnection(options: { url?: string; dataDir?: string; max?: number }): Connection {
  if (options.url) {
    const client = postgres(options.url, { max: options.max ?? 10, onnotice: () => {} });
    return {
      db: drizzlePostgres(client, { schema }) as unknown as Database,
      engine: "postgres",
      close: () => client.end({ timeout: 5 }),
      listen: async (channel, onMessage, onListen) => (await client.listen(channel, onMessage, onListen)).unlisten,
    };
  }
  let dir: string | undefined;
  if (options.dataDir) {
    dir = getPgliteDir(options.dataDir);
    mkdirSync(dir, { recursive: true });
  }
  const client = new PGlite(dir);
  return {
    db: drizzlePglite(client, { schema }) as unknown as Database,
    engine: "pglite",
    close: () => client.close(),
  };
}

const globalForDb = globalThis as unknown as { palmaresConnection?: Connection };

/** The app's one connection, opened on first use and kept across hot reloads. */
export function getConnection(): Connection {
  if (!globalForDb.palmaresConnection) {
    const env = getEnv();
    globalForDb.palmaresConnection = openConnection({ url: env.DATABASE_URL, dataDir: env.DATA_DIR });
  }
  return globalForDb.palmaresConnection;
}

export function getDb(): Database {
  return getConnection().db;
}
