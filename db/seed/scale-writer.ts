import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { PGlite, Transaction as PgliteTransaction } from "@electric-sql/pglite";
import type { Sql, TransactionSql } from "postgres";
import type { Database } from "../client";

/*
 * Bulk rows for the scale generator, one transaction: COPY … FROM STDIN on the PostgreSQL server (postgres.js
 * `.writable()`), multi-row INSERTs in batches on PGlite. Values are the generator's own (numbers, fixed words),
 * quoted all the same.
 */

export type Cell = string | number | boolean | null;

export interface BulkWriter {
  engine: "postgres" | "pglite";
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  rows(table: string, columns: string[], rows: Iterable<Cell[]>): Promise<number>;
}

function copyCell(value: Cell): string {
  if (value === null) return "\\N";
  if (typeof value === "boolean") return value ? "t" : "f";
  return String(value).replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r");
}

function literal(value: Cell): string {
  if (value === null) return "NULL";
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "number") return String(value);
  return `'${value.replace(/'/g, "''")}'`;
}

/** Joins rows into ~256 KB chunks of COPY text, so the stream carries few large writes. */
function* copyChunks(rows: Iterable<Cell[]>, count: { n: number }): Generator<string> {
  let chunk = "";
  for (const row of rows) {
    chunk += row.map(copyCell).join("\t") + "\n";
    count.n++;
    if (chunk.length > 262_144) {
      yield chunk;
      chunk = "";
    }
  }
  if (chunk) yield chunk;
}

function postgresWriter(tx: TransactionSql): BulkWriter {
  return {
    engine: "postgres",
    query: async <T>(text: string, params: unknown[] = []) => (await tx.unsafe(text, params as never[])) as unknown as T[],
    rows: async (table, columns, rows) => {
      const count = { n: 0 };
      const stream = await tx.unsafe(`COPY ${table} (${columns.join(", ")}) FROM STDIN`).writable();
      await pipeline(Readable.from(copyChunks(rows, count)), stream);
      return count.n;
    },
  };
}

function pgliteWriter(tx: PgliteTransaction): BulkWriter {
  return {
    engine: "pglite",
    query: async <T>(text: string, params: unknown[] = []) => (await tx.query(text, params)).rows as T[],
    rows: async (table, columns, rows) => {
      let n = 0;
      let batch: string[] = [];
      const flush = async () => {
        if (batch.length === 0) return;
        await tx.exec(`INSERT INTO ${table} (${columns.join(", ")}) VALUES ${batch.join(",")}`);
        batch = [];
      };
      for (const row of rows) {
        batch.push(`(${row.map(literal).join(",")})`);
        n++;
        if (batch.length >= 2000) await flush();
      }
      await flush();
      return n;
    },
  };
}

/** Runs work in one transaction on the drizzle database's own client, whichever engine it is. */
export async function withBulkWriter<T>(db: Database, work: (writer: BulkWriter) => Promise<T>): Promise<T> {
  const client = (db as unknown as { $client: Sql | PGlite }).$client;
  if ("begin" in client && typeof client.begin === "function") {
    return (await (client as Sql).begin((tx) => work(postgresWriter(tx)))) as T;
  }
  return (client as PGlite).transaction((tx) => work(pgliteWriter(tx)));
}
