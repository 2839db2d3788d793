import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { assignments, awards, conflicts, nominations, scoreSheets } from "@/db/schema";
import { getViolatedConstraint } from "@/lib/errors";
import { createEdition, createNomination, createUser } from "../fixtures/factory";
import { describeEachEngine } from "../helpers/db";

/** Rows of a raw query, whichever driver answered (PGlite returns { rows }, postgres.js an array). */
async function selectRows<T>(db: Database, query: ReturnType<typeof sql>): Promise<T[]> {
  const result = (await db.execute(query)) as unknown;
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

/** Every index of the public schema as "table(col1, col2)", in the index's own column order. */
async function listIndexedColumns(db: Database): Promise<string[]> {
  const rows = await selectRows<{ entry: string }>(
    db,
    sql`select t.relname || '(' || string_agg(a.attname, ', ' order by k.ord) || ')' as entry
        from pg_index i
        join pg_class t on t.oid = i.indrelid
        join pg_namespace n on n.oid = t.relnamespace and n.nspname = 'public'
        cross join lateral unnest(i.indkey) with ordinality as k(attnum, ord)
        join pg_attribute a on a.attrelid = t.oid and a.attnum = k.attnum
        group by i.indexrelid, t.relname`,
  );
  return rows.map((r) => r.entry);
}

describeEachEngine("database rules", (t) => {
  it("refuses a second competing nomination for the same country and edition", async () => {
    const edition = await createEdition(t.db, { phase: "nominations_open" });
    await createNomination(t.db, { editionId: edition.id, countryCode: "DK" });
    const error = await t.db
      .insert(nominations)
      .values({ editionId: edition.id, countryCode: "DK", kind: "competing", title: "Second" })
      .then(() => null, (e: unknown) => e);
    expect(getViolatedConstraint(error)).toBe("nominations_one_competing_idx");
  });

  it("accepts additional good-practice projects beside the competing one", async () => {
    const edition = await createEdition(t.db, { phase: "nominations_open" });
    await createNomination(t.db, { editionId: edition.id, countryCode: "FR" });
    await createNomination(t.db, { editionId: edition.id, countryCode: "FR", kind: "additional" });
    await createNomination(t.db, { editionId: edition.id, countryCode: "FR", kind: "additional" });
    const rows = await t.db.select().from(nominations);
    expect(rows.filter((r) => r.editionId === edition.id && r.countryCode === "FR")).toHaveLength(3);
  });

  it("indexes the hot paths of scoring, assignments and conflicts", async () => {
    const indexed = await listIndexedColumns(t.db);
    for (const expected of [
      "score_sheets(edition_id, state)",
      "score_sheets(nomination_id)",
      "assignments(nomination_id)",
      "conflicts(nomination_id)",
      "conflicts(edition_id)",
    ]) {
      expect(indexed, expected).toContain(expected);
    }
  });

  describe("a row naming a nomination must name the nomination's own edition", () => {
    async function setUpTwoEditions() {
      const home = await createEdition(t.db, { phase: "jury_scoring" });
      const other = await createEdition(t.db, { phase: "jury_scoring" });
      const nomination = await createNomination(t.db, { editionId: home.id, countryCode: "DK", state: "accepted" });
      const juror = await createUser(t.db, [{ role: "juror", countryCode: "SE", editionId: other.id }]);
      return { home, other, nomination, juror };
    }

    const refusalOf = (write: Promise<unknown>) => write.then(() => null, (e: unknown) => e);

    it("refuses a score sheet whose edition differs from its nomination's", async () => {
      const { home, other, nomination, juror } = await setUpTwoEditions();
      const error = await refusalOf(t.db.insert(scoreSheets).values({ editionId: other.id, nominationId: nomination.id, jurorUserId: juror.id }));
      expect(getViolatedConstraint(error)).toBe("score_sheets_nomination_edition_fk");
      await t.db.insert(scoreSheets).values({ editionId: home.id, nominationId: nomination.id, jurorUserId: juror.id });
    });

    it("refuses an assignment whose edition differs from its nomination's", async () => {
      const { home, other, nomination, juror } = await setUpTwoEditions();
      const error = await refusalOf(t.db.insert(assignments).values({ editionId: other.id, nominationId: nomination.id, jurorUserId: juror.id }));
      expect(getViolatedConstraint(error)).toBe("assignments_nomination_edition_fk");
      await t.db.insert(assignments).values({ editionId: home.id, nominationId: nomination.id, jurorUserId: juror.id });
    });

    it("refuses a conflict whose edition differs from its nomination's", async () => {
      const { home, other, nomination, juror } = await setUpTwoEditions();
      const values = { nominationId: nomination.id, jurorUserId: juror.id, source: "declared" as const };
      const error = await refusalOf(t.db.insert(conflicts).values({ editionId: other.id, ...values }));
      expect(getViolatedConstraint(error)).toBe("conflicts_nomination_edition_fk");
      await t.db.insert(conflicts).values({ editionId: home.id, ...values });
    });

    it("refuses an award whose edition differs from its nomination's", async () => {
      const { home, other, nomination } = await setUpTwoEditions();
      const error = await refusalOf(t.db.insert(awards).values({ editionId: other.id, rank: 1, nominationId: nomination.id }));
      expect(getViolatedConstraint(error)).toBe("awards_nomination_edition_fk");
      await t.db.insert(awards).values({ editionId: home.id, rank: 1, nominationId: nomination.id });
    });

    it("refuses moving a nomination to another edition under its sheets", async () => {
      const { home, other, nomination, juror } = await setUpTwoEditions();
      await t.db.insert(scoreSheets).values({ editionId: home.id, nominationId: nomination.id, jurorUserId: juror.id });
      const error = await refusalOf(t.db.execute(sql`update nominations set edition_id = ${other.id} where id = ${nomination.id}`));
      expect(getViolatedConstraint(error)).toBe("score_sheets_nomination_edition_fk");
    });
  });

  it("keeps the ranking snapshots' JSON as json, compressed with lz4 where the engine has it (migrations 0027, 0028)", async () => {
    const columns = await selectRows<{ name: string; type: string; compression: string }>(
      t.db,
      sql`select c.relname || '.' || a.attname as name, format_type(a.atttypid, a.atttypmod) as type, a.attcompression::text as compression
          from pg_attribute a join pg_class c on c.oid = a.attrelid
          where (c.relname, a.attname) in (('ranking_snapshots', 'record'), ('ranking_snapshot_places', 'row'))
          order by 1`,
    );
    // PGlite is built without lz4: its columns keep the default (empty: pglz).
    const compression = t.engine === "postgres" ? "l" : "";
    expect(columns).toEqual([
      { name: "ranking_snapshot_places.row", type: "json", compression },
      { name: "ranking_snapshots.record", type: "json", compression },
    ]);
  });
});
