import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { openConnection } from "@/db/client";
import { countPendingMigrations, MIGRATIONS_FOLDER } from "@/db/migrator";
import { GET } from "@/app/api/ready/route";
import { createServerDatabase, describeEachEngine } from "../helpers/db";

const JOURNAL_SIZE = (JSON.parse(readFileSync(path.join(MIGRATIONS_FOLDER, "meta", "_journal.json"), "utf8")) as { entries: unknown[] }).entries.length;

describeEachEngine("readiness", (t) => {
  it("counts no pending migration on a migrated database", async () => {
    const connection = { db: t.db, engine: t.engine, close: async () => {}, destroy: async () => {} };
    expect(await countPendingMigrations(connection)).toBe(0);
  });

  it("counts every migration as pending on a database never migrated", async () => {
    if (t.engine === "pglite") {
      const empty = openConnection({});
      try {
        expect(await countPendingMigrations(empty)).toBe(JOURNAL_SIZE);
      } finally {
        await empty.close();
      }
      return;
    }
    const server = await createServerDatabase("palmares_instances_ready");
    const empty = openConnection({ url: server.url, max: 1 });
    try {
      expect(await countPendingMigrations(empty)).toBe(JOURNAL_SIZE);
    } finally {
      await empty.close();
      await server.drop();
    }
  });
});

it("the readiness endpoint answers 503 without naming the error when the database cannot be reached", async () => {
  const saved = (globalThis as { palmaresConnection?: unknown }).palmaresConnection;
  const unreachable = openConnection({ url: "postgres://nobody@127.0.0.1:1/none", max: 1 });
  (globalThis as { palmaresConnection?: unknown }).palmaresConnection = unreachable;
  try {
    const response = await GET();
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: "unavailable", database: "unreachable" });
  } finally {
    (globalThis as { palmaresConnection?: unknown }).palmaresConnection = saved;
    await unreachable.close();
  }
});
