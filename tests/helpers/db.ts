import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { afterAll, beforeAll, describe } from "vitest";
import { openConnection, type Connection, type Database, type Engine } from "@/db/client";
import { runMigrations } from "@/db/migrator";
import { seedCountries } from "@/db/seed/countries";

export interface TestDatabase {
  engine: Engine;
  /** The migrated database, with countries seeded; valid inside the describe block's tests. */
  readonly db: Database;
  /** The server database's URL (undefined on PGlite), for code that opens its own connection (a worker thread). */
  readonly url: string | undefined;
}

/** The engines the integration tests run on: PGlite always, the server when TEST_DATABASE_URL is set. */
export function getTestEngines(): Engine[] {
  return process.env.TEST_DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];
}

/** A new, empty database on the test server, named `<prefix>_<time>_<random>`. */
export async function createServerDatabase(prefix = "palmares_test"): Promise<{ url: string; drop: () => Promise<void> }> {
  const adminUrl = process.env.TEST_DATABASE_URL!;
  const name = `${prefix}_${Date.now()}_${randomBytes(4).toString("hex")}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const again = postgres(adminUrl, { max: 1, onnotice: () => {} });
      await again.unsafe(`drop database if exists "${name}" with (force)`);
      await again.end();
    },
  };
}

/**
 * Opens a fresh, migrated database of the given engine: in memory for PGlite, a new database on the server (its
 * `url` given for tools that connect on their own, such as pg_dump).
 */
export async function openTestDatabase(engine: Engine): Promise<{ connection: Connection; url?: string; dispose: () => Promise<void> }> {
  if (engine === "pglite") {
    const connection = openConnection({});
    await runMigrations(connection);
    await seedCountries(connection.db);
    return { connection, dispose: () => connection.close() };
  }
  const server = await createServerDatabase();
  const connection = openConnection({ url: server.url, max: 5 });
  await runMigrations(connection);
  await seedCountries(connection.db);
  return {
    connection,
    url: server.url,
    dispose: async () => {
      await connection.close();
      await server.drop();
    },
  };
}

/**
 * Declares the same tests once per engine, each engine with one database for the whole file
 * (a PGlite costs ~450 MB and ~4 s, so tests share it and use unique data instead).
 */
export function describeEachEngine(name: string, body: (t: TestDatabase) => void): void {
  for (const engine of getTestEngines()) {
    describe(`${name} [${engine}]`, () => {
      let opened: Awaited<ReturnType<typeof openTestDatabase>> | undefined;
      const handle: TestDatabase = {
        engine,
        get db() {
          if (!opened) throw new Error("The test database is not open yet");
          return opened.connection.db;
        },
        get url() {
          return opened?.url;
        },
      };
      beforeAll(async () => {
        opened = await openTestDatabase(engine);
      });
      afterAll(async () => {
        await opened?.dispose();
      });
      body(handle);
    });
  }
}
