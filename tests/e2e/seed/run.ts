/**
 * Seeds the data the end-to-end specs own, after the demo seed: every `*.seed.ts` file beside this one exports a
 * default function that makes its spec's own edition and accounts, so each spec passes alone and in any order.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { openConnection, type Database } from "../../../db/client";
import { getEnv } from "../../../lib/env";

type SpecSeed = (db: Database) => Promise<void>;

async function main() {
  const env = getEnv();
  const connection = openConnection({ url: env.DATABASE_URL, dataDir: env.DATA_DIR, max: 1 });
  try {
    const files = readdirSync(__dirname).filter((name) => name.endsWith(".seed.ts")).sort();
    for (const file of files) {
      const seed = ((await import(path.join(__dirname, file))) as { default: SpecSeed }).default;
      await seed(connection.db);
      console.log(`Seeded ${file}`);
    }
  } finally {
    await connection.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
