import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Database, Engine } from "@/db/client";
import { seedScaleEdition } from "@/db/seed/scale";
import { getRankingRecord } from "@/lib/results/ranking";
import { getTestEngines, openTestDatabase } from "../helpers/db";

/*
 * A small scale edition. On the server it is seeded into two fresh databases and the score rows compared; on
 * PGlite (a fresh one costs ~5-9 s to migrate) the second run goes into the same database under another year,
 * and the rows are compared with the year taken out of the natural keys.
 */
const OPTIONS = { dossiers: 40, jurors: 12, sheets: 5, criteria: 5, year: 2090, seed: 7 };

async function rows<T>(db: Database, query: ReturnType<typeof sql>): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as T[] | { rows: T[] };
  return Array.isArray(result) ? result : result.rows;
}

/** The score rows by their natural keys (dossier reference, juror e-mail, criterion position; year left out), hashed. */
async function scoreChecksum(db: Database, editionId: number, year: number): Promise<string> {
  const y = String(year);
  const [row] = await rows<{ sum: string; n: number }>(
    db,
    sql`select md5(string_agg(replace(n.reference, ${y}, '') || '|' || replace(u.email, ${y}, '') || '|' || c.position || '|' || s.value,
            ',' order by n.reference, u.email, c.position)) as sum,
          count(*)::int as n
        from scores s
        join score_sheets sh on sh.id = s.sheet_id
        join nominations n on n.id = sh.nomination_id
        join users u on u.id = sh.juror_user_id
        join criteria c on c.id = s.criterion_id
        where sh.edition_id = ${editionId}`,
  );
  return `${row!.n}:${row!.sum}`;
}

/** Seeds the edition of that year, checks it holds every rule and ranks, and returns the checksum of its scores. */
async function seedAndCheck(db: Database, year: number): Promise<string> {
  const options = { ...OPTIONS, year };
  const { editionId, rows: counts } = await seedScaleEdition(db, options);
    expect(counts).toMatchObject({ nominations: 40, memberships: 1 + 40 + 12, assignments: 200, score_sheets: 200, scores: 1000, criteria: 5 });

    const [loads] = await rows<{ min: number; max: number; jurors: number }>(
      db,
      sql`select min(n)::int as min, max(n)::int as max, count(*)::int as jurors
          from (select juror_user_id, count(*) as n from assignments where edition_id = ${editionId} group by 1) x`,
    );
    expect(loads!.jurors).toBe(12);
    expect(loads!.max - loads!.min).toBeLessThanOrEqual(2);

    const [ownCountry] = await rows<{ n: number }>(
      db,
      sql`select count(*)::int as n from score_sheets s
          join nominations n on n.id = s.nomination_id
          join memberships m on m.user_id = s.juror_user_id and m.role = 'juror' and m.edition_id = s.edition_id
          where s.edition_id = ${editionId} and m.country_code = n.country_code`,
    );
    expect(ownCountry!.n).toBe(0);
    const [unassigned] = await rows<{ n: number }>(
      db,
      sql`select count(*)::int as n from score_sheets s where s.edition_id = ${editionId} and not exists
            (select 1 from assignments a where a.juror_user_id = s.juror_user_id and a.nomination_id = s.nomination_id)`,
    );
    expect(unassigned!.n).toBe(0);

    const record = await getRankingRecord({ db, editionId });
    expect(record.edition.phase).toBe("deliberation");
    expect(record.input.sheets).toHaveLength(200);
    expect(record.incompleteSheetCount).toBe(0);
    expect(record.result.raw.entries).toHaveLength(40);
    expect(record.result.normalised.entries).toHaveLength(40);

    await expect(seedScaleEdition(db, options)).rejects.toThrow(/exists already/);
    return await scoreChecksum(db, editionId, year);
}

async function inFreshDatabase<T>(engine: Engine, work: (db: Database) => Promise<T>): Promise<T> {
  const opened = await openTestDatabase(engine);
  try {
    return await work(opened.connection.db);
  } finally {
    await opened.dispose();
  }
}

async function twoRuns(engine: Engine): Promise<[string, string]> {
  if (engine === "postgres") {
    return [await inFreshDatabase(engine, (db) => seedAndCheck(db, 2090)), await inFreshDatabase(engine, (db) => seedAndCheck(db, 2090))];
  }
  return inFreshDatabase(engine, async (db) => [await seedAndCheck(db, 2090), await seedAndCheck(db, 2091)]);
}

describe("the scale generator", () => {
  for (const engine of getTestEngines()) {
    it(`seeds a small edition that holds every rule and ranks, the same when seeded again [${engine}]`, async () => {
      const [first, second] = await twoRuns(engine);
      expect(first).toMatch(/^1000:[0-9a-f]{32}$/);
      expect(second).toBe(first);
    }, 30_000);
  }
});
