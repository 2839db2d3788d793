import { parseArgs } from "node:util";
import { openConnection } from "../db/client";
import { runMigrations } from "../db/migrator";
import { seedScaleEdition, SCALE_PASSWORD } from "../db/seed/scale";
import { SCALE_DEFAULTS } from "../db/seed/scale-plan";
import { getEnv } from "../lib/env";

// npm run db:seed:scale -- --dossiers 10000 --jurors 1000 --sheets 20 [--criteria 5] [--year 2090] [--seed 1] [--url postgres://…]
const { values } = parseArgs({
  options: {
    dossiers: { type: "string" },
    jurors: { type: "string" },
    sheets: { type: "string" },
    criteria: { type: "string", default: String(SCALE_DEFAULTS.criteria) },
    year: { type: "string", default: String(SCALE_DEFAULTS.year) },
    seed: { type: "string", default: String(SCALE_DEFAULTS.seed) },
    url: { type: "string" },
  },
});

function whole(name: string, raw: string | undefined, min: number, max: number): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    console.error(`--${name} must be a whole number from ${min} to ${max}.`);
    process.exit(2);
  }
  return n;
}

async function main() {
  const options = {
    dossiers: whole("dossiers", values.dossiers, 1, 60_000),
    jurors: whole("jurors", values.jurors, 1, 100_000),
    sheets: whole("sheets", values.sheets, 1, 1_000),
    criteria: whole("criteria", values.criteria, 1, 20),
    year: whole("year", values.year, 1990, 2200),
    seed: whole("seed", values.seed, 0, 2 ** 31),
  };
  const env = getEnv();
  const url = values.url ?? env.DATABASE_URL;
  const connection = openConnection({ url, dataDir: env.DATA_DIR, max: 1 });
  const started = performance.now();
  try {
    console.log(`Scale edition ${options.year} on ${connection.engine}: ${JSON.stringify(options)}`);
    await runMigrations(connection);
    console.log(`  migrations    ${((performance.now() - started) / 1000).toFixed(2)} s`);
    const result = await seedScaleEdition(connection.db, options, (line) => console.log(line));
    console.log(`Edition ${options.year} (id ${result.editionId}) in ${((performance.now() - started) / 1000).toFixed(2)} s overall.`);
    console.log(`Sign in as scale-${options.year}-admin@scale.invalid or scale-${options.year}-juror-00001@scale.invalid, password "${SCALE_PASSWORD}".`);
  } finally {
    await connection.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
