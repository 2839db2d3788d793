/*
 * `npm run test:faults` step, on the test's own cluster after the migrations: the editions, people and dossiers the
 * fault and deadline runs write to, made in bulk (each edition as the end-to-end specs make theirs). Prints one JSON
 * line: the world the workload drives (user ids, dossier ids and versions, the jury's criteria and assignments).
 */
import { parseArgs } from "node:util";
import { openConnection, type Database } from "../../db/client";
import { assignments, memberships, nominations, users } from "../../db/schema";
import { COUNTRIES, seedCountries } from "../../db/seed/countries";
import { getEnv } from "../../lib/env";
import { FULL_CONTENT } from "../../tests/fixtures/dossier";
import { seedSpecDossier, seedSpecEdition } from "../../tests/e2e/seed/support/edition";

const { values } = parseArgs({
  options: {
    coordinators: { type: "string" },
    dossiers: { type: "string" },
    jurors: { type: "string" },
    sheets: { type: "string" },
    deadline: { type: "string" },
  },
});
const count = (name: keyof typeof values, max: number) => {
  const n = Number(values[name] ?? 0);
  if (!Number.isInteger(n) || n < 0 || n > max) throw new Error(`--${name} must be a whole number from 0 to ${max}.`);
  return n;
};

// Current members only: a competing dossier per country and edition, and no juror scores their own country.
const MEMBERS = COUNTRIES.filter((c) => c.leftOn === null).map((c) => c.code);
const CRASH_YEARS = { dossiers: 2140, jury: 2141 };
const FIRST_DEADLINE_YEAR = 2150;
const CHUNK = 500;

const DOSSIER_CONTENT = { ...FULL_CONTENT, endDate: null, links: FULL_CONTENT.links.map((l) => l.url) };

async function insertUsers(db: Database, people: { email: string; name: string }[]): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < people.length; i += CHUNK) {
    const rows = await db.insert(users).values(people.slice(i, i + CHUNK)).returning({ id: users.id });
    ids.push(...rows.map((r) => r.id));
  }
  return ids;
}

async function insertInChunks<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK));
}

/** Coordinators (one per country, round the members) with draft dossiers, the first competing, the rest additional. */
async function seedCoordinators(db: Database, coordinatorCount: number, dossiersEach: number) {
  const edition = await seedSpecEdition(db, { year: CRASH_YEARS.dossiers, phase: "nominations_open", theme: "Fault test: dossiers" });
  const codes = Array.from({ length: coordinatorCount }, (_, i) => MEMBERS[i % MEMBERS.length]!);
  const ids = await insertUsers(db, codes.map((code, i) => ({ email: `faults-coordinator-${i + 1}@test.invalid`, name: `Coordinator ${i + 1} (${code})` })));
  await db.insert(memberships).values(ids.map((userId, i) => ({ userId, role: "coordinator" as const, countryCode: codes[i]!, editionId: edition.id })));
  const coordinators = [];
  for (const [i, userId] of ids.entries()) {
    const rows = Array.from({ length: dossiersEach }, (_, k) => ({
      editionId: edition.id,
      countryCode: codes[i]!,
      // A country's second coordinator (past 27) sends additional dossiers only.
      kind: k === 0 && i < MEMBERS.length ? ("competing" as const) : ("additional" as const),
      title: `Fault test dossier ${i + 1}.${k + 1}`,
      updatedBy: userId,
    }));
    const created = await db.insert(nominations).values(rows).returning({ id: nominations.id, version: nominations.version });
    coordinators.push({ userId, countryCode: codes[i], dossiers: created });
  }
  return { editionId: edition.id, year: edition.year, coordinators };
}

/** An edition in jury scoring with every member's accepted dossier, and jurors each assigned dossiers not their own. */
async function seedJury(db: Database, jurorCount: number, sheetsEach: number) {
  const edition = await seedSpecEdition(db, { year: CRASH_YEARS.jury, phase: "jury_scoring", theme: "Fault test: jury" });
  const dossiers: { id: string; countryCode: string }[] = [];
  for (const code of MEMBERS) {
    dossiers.push({ id: await seedSpecDossier(db, edition, { countryCode: code, title: `Fault test entry ${code}`, state: "accepted" }), countryCode: code });
  }
  const codes = Array.from({ length: jurorCount }, (_, i) => MEMBERS[i % MEMBERS.length]!);
  const ids = await insertUsers(db, codes.map((code, i) => ({ email: `faults-juror-${i + 1}@test.invalid`, name: `Juror ${i + 1} (${code})` })));
  await db.insert(memberships).values(ids.map((userId, i) => ({ userId, role: "juror" as const, countryCode: codes[i]!, editionId: edition.id })));
  const jurors = ids.map((userId, i) => {
    const others = dossiers.filter((d) => d.countryCode !== codes[i]);
    return { userId, nominationIds: Array.from({ length: sheetsEach }, (_, k) => others[(i + k) % others.length]!.id) };
  });
  await db.insert(assignments).values(jurors.flatMap((j) => j.nominationIds.map((nominationId) => ({ editionId: edition.id, nominationId, jurorUserId: j.userId }))));
  return { editionId: edition.id, year: edition.year, rubric: edition.rubric.map(({ id, scaleMin, scaleMax }) => ({ id, scaleMin, scaleMax })), jurors };
}

/**
 * `total` complete draft dossiers, each with its own coordinator: one competing dossier per member country per
 * edition, over as many editions as that takes (so each submission has one receipt and no shared lock).
 */
async function seedDeadlineDossiers(db: Database, total: number) {
  const editionIds: number[] = [];
  const slots: { editionId: number; countryCode: string }[] = [];
  for (let e = 0; slots.length < total; e++) {
    const edition = await seedSpecEdition(db, { year: FIRST_DEADLINE_YEAR + e, phase: "nominations_open", theme: `Deadline test ${e + 1}` });
    editionIds.push(edition.id);
    for (const code of MEMBERS) if (slots.length < total) slots.push({ editionId: edition.id, countryCode: code });
  }
  const ids = await insertUsers(db, slots.map((s, i) => ({ email: `faults-deadline-${i + 1}@test.invalid`, name: `Deadline coordinator ${i + 1} (${s.countryCode})` })));
  await insertInChunks(
    ids.map((userId, i) => ({ userId, role: "coordinator" as const, countryCode: slots[i]!.countryCode, editionId: slots[i]!.editionId })),
    (chunk) => db.insert(memberships).values(chunk),
  );
  const dossiers: { userId: number; id: string; version: number }[] = [];
  await insertInChunks(
    ids.map((userId, i) => ({ ...DOSSIER_CONTENT, editionId: slots[i]!.editionId, countryCode: slots[i]!.countryCode, kind: "competing" as const, updatedBy: userId })),
    async (chunk) => {
      const rows = await db.insert(nominations).values(chunk).returning({ id: nominations.id, version: nominations.version, userId: nominations.updatedBy });
      dossiers.push(...rows.map((r) => ({ userId: r.userId!, id: r.id, version: r.version })));
    },
  );
  return { editionIds, dossiers };
}

async function main() {
  const env = getEnv();
  if (!env.DATABASE_URL) throw new Error("DATABASE_URL must name the fault test's own cluster.");
  const connection = openConnection({ url: env.DATABASE_URL, max: 1 });
  try {
    const db = connection.db;
    await seedCountries(db);
    const world = {
      dossiers: await seedCoordinators(db, count("coordinators", 200), Math.max(1, count("dossiers", 20))),
      jury: await seedJury(db, count("jurors", 200), Math.min(MEMBERS.length - 1, Math.max(1, count("sheets", 26)))),
      deadline: await seedDeadlineDossiers(db, count("deadline", 5000)),
    };
    console.log(JSON.stringify(world));
  } finally {
    await connection.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
