import { sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { countries } from "@/db/schema";
import { createEdition } from "../fixtures/factory";
import { describeEachEngine, type TestDatabase } from "../helpers/db";
import { LIST_PAGES, loggingDb, type ListPageName, type ListPageSubject, type LoggedQuery } from "../helpers/list-pages";
import { getSessionUser } from "@/lib/people/queries";

const FAKE_CODES = ["J", "K", "Q", "W", "X", "Z"].flatMap((a) => [..."ABCDEFGHIJKLMNOPQRSTUVWXYZ"].map((b) => a + b));
const EDITIONS = 30;
const DOSSIERS = 150;
const JURORS = 20;
/** The tables that grow with the award; a list page must reach them through an index, never read them whole. */
const BIG_TABLES = ["nominations", "score_sheets", "assignments", "conflicts", "audit_events", "mail_outbox"];
/** The outbox's total has no filter: counting every message reads every message, whichever way the database does it. */
const WHOLE_TABLE_COUNTS = ['select count(*) from "mail_outbox"'];

/** Runs a logged statement under EXPLAIN with its own parameters, on the test database's own client. */
async function explain(t: TestDatabase, query: LoggedQuery): Promise<string> {
  const client = (t.db as unknown as { $client: unknown }).$client;
  if (t.engine === "pglite") {
    const result = await (client as { query: (text: string, params: unknown[]) => Promise<{ rows: Record<string, string>[] }> }).query(`explain ${query.sql}`, query.params);
    return result.rows.map((row) => Object.values(row)[0]).join("\n");
  }
  const rows = await (client as { unsafe: (text: string, params: unknown[]) => Promise<Record<string, string>[]> }).unsafe(`explain ${query.sql}`, query.params);
  return rows.map((row) => Object.values(row)[0]).join("\n");
}

describeEachEngine("list pages: the indexes their queries use", (t) => {
  /**
   * Thirty editions of 150 dossiers and 20 jurors each (90,000 assignments), sheets, conflicts, mail and audit
   * entries, written by SQL and then analysed, so the planner prices one edition's page honestly.
   */
  async function setUpAward(): Promise<ListPageSubject> {
    await t.db.insert(countries).values(FAKE_CODES.map((code) => ({ code, name: `Land ${code}` }))).onConflictDoNothing();
    const editions = [];
    for (let i = 0; i < EDITIONS; i++) editions.push(await createEdition(t.db, { phase: "jury_scoring" }));
    const ids = sql.raw(editions.map((e) => e.id).join(","));
    const codes = sql.raw(FAKE_CODES.slice(0, DOSSIERS).map((c) => `'${c}'`).join(","));
    await t.db.execute(sql`
      insert into nominations (edition_id, country_code, kind, state, title, organisation, description, submitted_at)
      select e.id, c.code, 'competing', 'accepted', 'Dossier ' || c.code, 'O', 'D', now() - (random() * interval '30 days')
      from editions e cross join countries c where e.id in (${ids}) and c.code in (${codes})`);
    await t.db.execute(sql`
      insert into users (email, name, is_active)
      select 'scale-' || e.id || '-' || g || '@test.invalid', 'Juror ' || g, true from editions e cross join generate_series(1, ${JURORS}) g where e.id in (${ids})`);
    await t.db.execute(sql`
      insert into memberships (user_id, role, country_code, edition_id)
      select u.id, 'juror', 'BE', split_part(u.email, '-', 2)::int from users u where u.email like 'scale-%'`);
    await t.db.execute(sql`
      insert into assignments (edition_id, juror_user_id, nomination_id)
      select n.edition_id, m.user_id, n.id from nominations n join memberships m on m.edition_id = n.edition_id and m.role = 'juror'
      where n.edition_id in (${ids})`);
    await t.db.execute(sql`
      insert into score_sheets (edition_id, juror_user_id, nomination_id, state, submitted_at)
      select edition_id, juror_user_id, nomination_id, case when id % 2 = 0 then 'submitted'::sheet_state else 'draft'::sheet_state end, now()
      from assignments where id % 3 = 0 and edition_id in (${ids})`);
    await t.db.execute(sql`
      insert into conflicts (edition_id, juror_user_id, nomination_id, source, reason)
      select edition_id, juror_user_id, nomination_id, 'declared', 'Knows the team' from assignments where id % 7 = 3 and edition_id in (${ids})`);
    await t.db.execute(sql`
      insert into mail_outbox (edition_id, kind, to_address, subject, body, created_at)
      select e.id, 'test', 'm' || g || '@test.invalid', 'S', 'B', now() - g * interval '1 minute' from editions e cross join generate_series(1, 500) g where e.id in (${ids})`);
    await t.db.execute(sql`
      insert into audit_events (edition_id, action, entity_type, entity_id, at)
      select e.id, 'test.listed', 'nomination', g::text, now() - g * interval '1 minute' from editions e cross join generate_series(1, 500) g where e.id in (${ids})`);
    await t.db.execute(sql`analyze`);
    const edition = editions[EDITIONS - 1]!;
    const find = async (where: string) => {
      const result = await t.db.execute(sql.raw(`select user_id as id from memberships where ${where} limit 1`));
      const rows = (Array.isArray(result) ? result : (result as unknown as { rows: { id: number }[] }).rows) as { id: number }[];
      return getSessionUser({ db: t.db, userId: rows[0]!.id });
    };
    await t.db.execute(sql`insert into memberships (user_id, role) select min(user_id), 'admin' from memberships where edition_id = ${edition.id}`);
    await t.db.execute(sql`insert into memberships (user_id, role, country_code, edition_id) select max(user_id), 'coordinator', ${FAKE_CODES[0]}, ${edition.id} from memberships where edition_id = ${edition.id}`);
    return {
      edition,
      admin: (await find(`role = 'admin'`))!,
      juror: (await find(`edition_id = ${edition.id} and role = 'juror'`))!,
      coordinator: (await find(`role = 'coordinator' and edition_id = ${edition.id}`))!,
    };
  }

  // On the server only: the planner is PostgreSQL's either way, and 90,000 assignments cost PGlite half a minute.
  it.skipIf(t.engine === "pglite")("plans every list page's queries on indexes of the big tables, with the planner's own costs", { timeout: 120_000 }, async () => {
    const subject = await setUpAward();
    const plans: { page: ListPageName; sql: string; plan: string }[] = [];
    for (const page of Object.keys(LIST_PAGES) as ListPageName[]) {
      const { db, log } = loggingDb(t);
      await LIST_PAGES[page](db, subject);
      for (const query of log) plans.push({ page, sql: query.sql, plan: await explain(t, query) });
    }
    const seqScans = new RegExp(`Seq Scan on (${BIG_TABLES.join("|")})\\b`);
    const offenders = plans.filter((p) => seqScans.test(p.plan) && !WHOLE_TABLE_COUNTS.includes(p.sql)).map((p) => `${p.page}: ${p.sql}\n${p.plan}`);
    expect(offenders).toEqual([]);
    const all = plans.map((p) => p.plan).join("\n");
    // The indexes of list_page_indexes and list_page_indexes_2, each used by some page.
    const expected = ["assignments_edition_juror_idx", "mail_outbox_created_idx", "conflicts_edition_created_idx", "nominations_country_idx", "audit_events_edition_idx"];
    for (const index of expected) {
      expect(all, index).toContain(index);
    }
  });
});
