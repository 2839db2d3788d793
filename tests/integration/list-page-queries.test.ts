import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { sql } from "drizzle-orm";
import { expect, it } from "vitest";
import type { Database } from "@/db/client";
import * as schema from "@/db/schema";
import { assignments, countries, nominations, scoreSheets } from "@/db/schema";
import { getJuryProgress, PROGRESS_PAGE_SIZE } from "@/lib/jury/progress";
import { countNominationsByState, listAdminNominations, listAdminNominationsPage, listMemberStatesProgress } from "@/lib/nominations/admin-queries";
import { NOMINATION_PAGE_SIZE } from "@/lib/nominations/list-cursor";
import { NOMINATION_SORTS, type NominationListQuery } from "@/lib/validation/admin-nominations";
import { createEdition, createUser } from "../fixtures/factory";
import { describeEachEngine, type TestDatabase } from "../helpers/db";

// Two-letter codes no real country of the seed uses, so one edition can hold hundreds of competing dossiers.
const FAKE_CODES = ["J", "K", "Q", "W", "X", "Z"].flatMap((a) => [..."ABCDEFGHIJKLMNOPQRSTUVWXYZ"].map((b) => a + b));

/** A drizzle over the test database's own client that logs every statement it sends, with its parameters. */
function loggingDb(t: TestDatabase) {
  const log: { sql: string; params: unknown[] }[] = [];
  const logger = { logQuery: (query: string, params: unknown[]) => void log.push({ sql: query, params }) };
  const client = (t.db as unknown as { $client: never }).$client;
  const db = (t.engine === "pglite" ? drizzlePglite(client, { schema, logger }) : drizzlePostgres(client, { schema, logger })) as unknown as Database;
  return { db, log };
}

describeEachEngine("list pages: the number of queries does not grow with the rows", (t) => {
  async function setUpEdition(size: { dossiers: number; jurors: number }, offset: number) {
    const codes = FAKE_CODES.slice(offset, offset + size.dossiers);
    await t.db.insert(countries).values(codes.map((code) => ({ code, name: `Land ${code}` }))).onConflictDoNothing();
    const edition = await createEdition(t.db, { phase: "jury_scoring" });
    const jurors = [];
    for (let i = 0; i < size.jurors; i++) jurors.push(await createUser(t.db, [{ role: "juror", countryCode: "BE", editionId: edition.id }]));
    const dossiers = await t.db
      .insert(nominations)
      .values(codes.map((code, i) => ({ editionId: edition.id, countryCode: code, kind: "competing" as const, state: "accepted" as const, title: `Dossier ${i}`, organisation: "O", description: "D", submittedAt: new Date(Date.now() - i * 1000) })))
      .returning({ id: nominations.id });
    const pairs = jurors.flatMap((juror) => dossiers.map((d) => ({ editionId: edition.id, jurorUserId: juror.id, nominationId: d.id })));
    await t.db.insert(assignments).values(pairs);
    await t.db.insert(scoreSheets).values(pairs.filter((_, i) => i % 3 === 0).map((p, i) => ({ ...p, state: i % 2 ? ("draft" as const) : ("submitted" as const), submittedAt: new Date() })));
    const admin = await createUser(t.db, [{ role: "admin" }]);
    return { edition, admin, pairs };
  }

  async function countPageQueries(setup: Awaited<ReturnType<typeof setUpEdition>>) {
    const { db, log } = loggingDb(t);
    const editionId = setup.edition.id;
    const edition = { id: editionId, phase: setup.edition.phase };
    const progress = await getJuryProgress({ db, editionId, dossierPage: 2, jurorPage: 1 });
    const progressQueries = log.length;
    const query: NominationListQuery = { sort: "saved" };
    const [list] = await Promise.all([
      listAdminNominationsPage({ db, viewer: setup.admin, edition, query }),
      countNominationsByState({ db, viewer: setup.admin, edition }),
      listMemberStatesProgress({ db, viewer: setup.admin, edition }),
    ]);
    return { progress, progressQueries, list, listQueries: log.length - progressQueries };
  }

  it("counts the same queries for 10 dossiers and 3 jurors as for 120 dossiers and 60 jurors, and returns at most one page of rows", async () => {
    const small = await setUpEdition({ dossiers: 10, jurors: 3 }, 0);
    const large = await setUpEdition({ dossiers: 120, jurors: 60 }, 10);
    const a = await countPageQueries(small);
    const b = await countPageQueries(large);
    expect(b.progressQueries).toBe(a.progressQueries);
    expect(b.listQueries).toBe(a.listQueries);
    expect(a.progressQueries).toBeLessThanOrEqual(5);
    expect(a.listQueries).toBeLessThanOrEqual(4);
    // Before: every sheet loaded and counted in JS; now the counts come from the database.
    expect(b.progress.totals.assigned).toBe(large.pairs.length);
    expect(b.progress.jurorCount).toBe(60);
    expect(b.progress.jurors).toHaveLength(PROGRESS_PAGE_SIZE);
    expect(b.progress.dossierCount).toBe(120);
    expect(b.progress.dossiers).toHaveLength(PROGRESS_PAGE_SIZE);
    expect(b.progress.jurors.reduce((sum, j) => sum + j.assigned, 0)).toBe(PROGRESS_PAGE_SIZE * 120);
    expect(b.list.rows).toHaveLength(NOMINATION_PAGE_SIZE);
    expect(b.list.matching).toBe(120);
    expect(b.list.next).toBeDefined();
    expect(a.list.next).toBeUndefined();
  });

  it("walks every page with the cursor in the unpaged order, for every sort and direction", async () => {
    const { edition, admin } = await setUpEdition({ dossiers: 130, jurors: 1 }, 20);
    // Ties on the sorted column (same title and time for some), and drafts with no submission time.
    await t.db.update(nominations).set({ title: "Same", updatedAt: new Date("2026-01-01T00:00:00Z"), submittedAt: null, state: "draft" }).where(sql`${nominations.editionId} = ${edition.id} and ${nominations.title} like 'Dossier 1%'`);
    for (const sort of NOMINATION_SORTS) {
      for (const dir of ["asc", "desc"] as const) {
        const query: NominationListQuery = { sort, dir };
        const all = (await listAdminNominations({ db: t.db, viewer: admin, edition, query })).map((row) => row.id);
        const paged: string[] = [];
        let after: string | undefined;
        do {
          const page = await listAdminNominationsPage({ db: t.db, viewer: admin, edition, query: { ...query, after } });
          paged.push(...page.rows.map((row) => row.id));
          after = page.next;
        } while (after);
        expect(paged, `${sort} ${dir}`).toEqual(all);
      }
    }
  });
});

describeEachEngine("list pages: the indexes their queries use", (t) => {
  it("plans the progress counts and a page of the list on indexes, not by reading whole tables", async () => {
    const edition = await createEdition(t.db, { phase: "jury_scoring" });
    const admin = await createUser(t.db, [{ role: "admin" }]);
    const plans: string[] = [];
    // Capture each list query's SQL, then EXPLAIN it with sequential scans priced out (the tables are tiny here).
    const { db: counted, log } = loggingDb(t);
    await getJuryProgress({ db: counted, editionId: edition.id });
    await listAdminNominationsPage({ db: counted, viewer: admin, edition, query: { sort: "saved" } });
    await t.db.transaction(async (tx) => {
      await tx.execute(sql`set local enable_seqscan = off`);
      for (const query of log) {
        const text = query.sql.replace(/\$(\d+)/g, (_, n: string) => {
          const value = query.params[Number(n) - 1];
          return typeof value === "number" ? String(value) : `'${String(value).replace(/'/g, "''")}'`;
        });
        const result = await tx.execute(sql.raw(`explain ${text}`));
        const rows = (Array.isArray(result) ? result : (result as unknown as { rows: unknown[] }).rows) as Record<string, string>[];
        plans.push(rows.map((row) => Object.values(row)[0]).join("\n"));
      }
    });
    const all = plans.join("\n");
    expect(all).not.toMatch(/Seq Scan on (assignments|score_sheets|nominations)\b/);
    // The per-juror and per-dossier groups reach the edition's assignments through the indexes of list_page_indexes.
    expect(all).toMatch(/assignments_edition_juror_idx/);
    expect(all).toMatch(/assignments_edition_nomination_idx/);
  });
});
