import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { getEnv } from "../lib/env";
import { isDatabaseUnavailableError } from "../lib/errors";
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
  /** Ends the connection at once: what it still holds is rejected, and nothing of it reaches the database again. */
  destroy: () => Promise<void>;
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
      destroy: () => client.end({ timeout: 0 }),
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
    destroy: () => client.close(),
  };
}

const globalForDb = globalThis as unknown as { palmaresConnection?: Connection; palmaresOnOpen?: ((connection: Connection) => void)[] };

/**
 * Runs `callback` on the app's connection now if one is open, and on each one opened later (after discardConnection()
 * replaced a lost pool), e.g. to listen on it.
 */
export function onEveryConnection(callback: (connection: Connection) => void): void {
  (globalForDb.palmaresOnOpen ??= []).push(callback);
  if (globalForDb.palmaresConnection) callback(globalForDb.palmaresConnection);
}

/** The app's one connection, opened on first use and kept across hot reloads. */
export function getConnection(): Connection {
  if (!globalForDb.palmaresConnection) {
    const env = getEnv();
    const connection = openConnection({ url: env.DATABASE_URL, dataDir: env.DATA_DIR });
    globalForDb.palmaresConnection = connection;
    for (const callback of globalForDb.palmaresOnOpen ?? []) callback(connection);
  }
  return globalForDb.palmaresConnection;
}

export function getDb(): Database {
  return getConnection().db;
}

/** The app's connection if one is open: undefined before its first use and after discardConnection(). */
export function getOpenConnection(): Connection | undefined {
  return globalForDb.palmaresConnection;
}

/**
 * After the database server was lost (a crash, a restart, a failover): drops the app's connection, if `connection`
 * still is it, and ends its pool at once, so the next request opens a fresh one. postgres.js 3.4.9 can leave a
 * transaction's queries pending for ever once its connection closes, and can send a transaction's later statements
 * on a reconnected connection outside the transaction (porsager/postgres#1186, #1216); a pool ended at once
 * rejects what it holds and never reconnects. Requests still on it answer "try again". The embedded engine is kept.
 */
export function discardConnection(connection: Connection | undefined): void {
  if (!connection || connection.engine !== "postgres" || globalForDb.palmaresConnection !== connection) return;
  globalForDb.palmaresConnection = undefined;
  connection.destroy().catch(() => {});
}

/** discardConnection() when the error says the database was away; `connection` is the one the failed work used. */
export function discardConnectionAfter(error: unknown, connection: Connection | undefined = getOpenConnection()): void {
  if (isDatabaseUnavailableError(error)) discardConnection(connection);
}
