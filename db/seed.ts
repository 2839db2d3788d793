import { getEnv } from "../lib/env";
import { openConnection } from "./client";
import { runMigrations } from "./migrator";
import type { DemoAccount } from "./seed/accounts";
import { seedDemo } from "./seed/demo";

function printAccounts(accounts: readonly DemoAccount[]): void {
  const rows = [["Email", "Password", "Can"], ...accounts.map((a) => [a.email, a.password, a.summary])];
  const widths = [0, 1].map((column) => Math.max(...rows.map((row) => row[column]!.length)));
  const lines = rows.map((row) => `  ${row[0]!.padEnd(widths[0]!)}  ${row[1]!.padEnd(widths[1]!)}  ${row[2]}`);
  console.log("\nDemo accounts (demo data only: never use these passwords on a real award):");
  const ruleLength = Math.max(...lines.map((line) => line.length)) - 2;
  console.log([lines[0], `  ${"-".repeat(ruleLength)}`, ...lines.slice(1)].join("\n"));
}

// Migrates first, so `npm run db:seed` also works on an empty machine; one connection, closed at the end.
async function main() {
  const env = getEnv();
  const connection = openConnection({ url: env.DATABASE_URL, dataDir: env.DATA_DIR, max: 1 });
  try {
    await runMigrations(connection);
    const accounts = await seedDemo(connection.db);
    console.log(`Demo data seeded (${connection.engine}): this is DEMO DATA, not a real award's records.`);
    printAccounts(accounts);
  } finally {
    await connection.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
