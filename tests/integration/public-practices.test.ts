import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import type { Database } from "@/db/client";
import { awards, editions, nominations, prizes, type EditionPhase, type NominationKind, type NominationState } from "@/db/schema";
import { matchesWords } from "@/lib/practices/search";
import { getPublicPractice, listPracticeFacets, listPublicPractices } from "@/lib/practices/queries";
import { parsePracticeFilters, PRACTICE_PAGE_SIZE, type PracticeFilters } from "@/lib/validation/practice-filters";
import { createEdition, createNomination } from "../fixtures/factory";
import { describeEachEngine, type TestDatabase } from "../helpers/db";
import { loggingDb, type LoggedQuery } from "../helpers/list-pages";

/** Texts that are private in every dossier: a test fails if any of them reaches a public answer. */
const SECRETS = { name: "Secret-Contact-Name-K9", email: "secret-k9@example.org", phone: "+32 400 999 999", note: "Secret-eligibility-note-K9" };

const filters = (values: Partial<Record<keyof PracticeFilters, string>>) => parsePracticeFilters(values);

async function addEntry(
  db: Database,
  editionId: number,
  entry: { country: string; title: string; kind?: NominationKind; state: NominationState; description?: string; organisation?: string },
) {
  // A rejected dossier needs its reason in the same write (a CHECK), so it is created submitted and rejected below.
  const state = entry.state === "rejected" ? "submitted" : entry.state;
  const row = await createNomination(db, { editionId, countryCode: entry.country, kind: entry.kind, state, title: entry.title });
  await db
    .update(nominations)
    .set({
      description: entry.description ?? "A project.",
      organisation: entry.organisation ?? "Ministry",
      contactName: SECRETS.name,
      contactEmail: SECRETS.email,
      contactPhone: SECRETS.phone,
      eligibilityNote: SECRETS.note,
      startDate: "2020-01-15",
      isOngoing: false,
      endDate: "2022-06-30",
      links: ["https://example.org/report", "javascript:alert(1)"],
      ...(entry.state === "rejected" ? { state: "rejected" as const, eligibilityReason: "off_theme" as const } : {}),
    })
    .where(eq(nominations.id, row.id));
  return row;
}

/**
 * A published edition with a winner, a runner-up, a participant, an additional good practice, and dossiers that
 * must never be public (a draft, a rejected one, a rejected additional one); words unique to this test file.
 */
async function createPublishedBook(db: Database, theme: string, phase: EditionPhase = "published") {
  const edition = await createEdition(db, { phase, theme });
  const add = (entry: Parameters<typeof addEntry>[2]) => addEntry(db, edition.id, entry);
  const winner = await add({ country: "DK", title: "Harbour mentoring", state: "awarded", description: "Mentors meet trafficked people at the harbour." });
  const second = await add({ country: "FR", title: "Shelter network", state: "awarded", description: "Safe shelters far away from the exploiters." });
  const participant = await add({ country: "SE", title: "Neighbourhood walks", state: "participant", description: "Residents walk the streets at night." });
  const goodPractice = await add({ country: "DK", kind: "additional", title: "School theatre", state: "submitted", description: "Pupils act out online grooming." });
  const hidden = [
    await add({ country: "DE", title: "German draft", state: "draft", description: "Unpublished harbour words." }),
    await add({ country: "PL", title: "Polish rejected", state: "rejected", description: "Rejected harbour words." }),
    await add({ country: "SE", kind: "additional", title: "Rejected additional", state: "rejected", description: "Rejected harbour words." }),
  ];
  await db.insert(prizes).values({ editionId: edition.id, rank: 1, description: "EUR 10,000 and a trophy" });
  await db.insert(awards).values([
    { editionId: edition.id, rank: 1, nominationId: winner.id, juryReason: "Reached people nobody else reached." },
    { editionId: edition.id, rank: 2, nominationId: second.id, prize: "EUR 5,000", juryReason: "A network that lasts." },
  ]);
  return { edition, winner, second, participant, goodPractice, hidden };
}

describeEachEngine("the public catalogue of good practices", (t) => {
  it("lists only public entries of published editions, with their outcome, and no private field", async () => {
    const book = await createPublishedBook(t.db, "Theme alpha-book");
    const page = await listPublicPractices({ db: t.db, filters: filters({ year: String(book.edition.year) }) });
    expect(page.items.map((p) => [p.title, p.outcome, p.rank])).toEqual([
      ["Harbour mentoring", "winner", 1],
      ["Shelter network", "runner-up", 2],
      ["Neighbourhood walks", "competing", null],
      ["School theatre", "good-practice", null],
    ]);
    expect(page.total).toBe(4);
    expect(JSON.stringify(page)).not.toMatch(/Secret|secret-k9|999 999|German draft|rejected/i);
  });

  it.each(["draft", "nominations_open", "eligibility", "jury_scoring", "deliberation"] as const)(
    "serves nothing of an edition in phase %s: no list entry, no page, no count",
    async (phase) => {
      const theme = `Theme hidden-${phase}`;
      const book = await createPublishedBook(t.db, theme, phase);
      // An embargo set (even one that has passed) publishes nothing until the job runner has moved the phase.
      await t.db.update(editions).set({ embargoAt: new Date(Date.now() - 60_000) }).where(eq(editions.id, book.edition.id));
      expect((await listPublicPractices({ db: t.db, filters: filters({ year: String(book.edition.year) }) })).total).toBe(0);
      expect((await listPublicPractices({ db: t.db, filters: filters({ theme }) })).total).toBe(0);
      expect((await listPublicPractices({ db: t.db, filters: filters({ q: "harbour" }) })).items.map((p) => p.year)).not.toContain(book.edition.year);
      for (const entry of [book.winner, book.participant, book.goodPractice]) expect(await getPublicPractice({ db: t.db, id: entry.id })).toBeUndefined();
      const facets = await listPracticeFacets({ db: t.db });
      expect(facets.years.map((y) => y.year)).not.toContain(book.edition.year);
      expect(facets.themes.map((y) => y.theme)).not.toContain(theme);
    },
  );

  it("shows one entry's full public page, with its place, prize and the jury's reason, and no private field", async () => {
    const book = await createPublishedBook(t.db, "Theme detail-book");
    const winner = await getPublicPractice({ db: t.db, id: book.winner.id });
    expect(winner).toMatchObject({
      title: "Harbour mentoring",
      organisation: "Ministry",
      country: { code: "DK", name: "Denmark" },
      outcome: "winner",
      rank: 1,
      description: "Mentors meet trafficked people at the harbour.",
      startDate: "2020-01-15",
      endDate: "2022-06-30",
      isOngoing: false,
      prize: "EUR 10,000 and a trophy",
      juryReason: "Reached people nobody else reached.",
    });
    // Only web links: a script link that slipped in is dropped.
    expect(winner!.links).toEqual(["https://example.org/report"]);
    expect((await getPublicPractice({ db: t.db, id: book.second.id }))?.prize).toBe("EUR 5,000");
    expect(await getPublicPractice({ db: t.db, id: book.goodPractice.id })).toMatchObject({ outcome: "good-practice", rank: null, prize: null, juryReason: null });
    expect(JSON.stringify([winner, await getPublicPractice({ db: t.db, id: book.goodPractice.id })])).not.toMatch(/Secret|secret-k9|999 999/);
    for (const entry of book.hidden) expect(await getPublicPractice({ db: t.db, id: entry.id })).toBeUndefined();
    expect(await getPublicPractice({ db: t.db, id: "00000000-0000-4000-8000-000000000000" })).toBeUndefined();
  });

  it("searches the words of the title, the organisation and the description, stemmed, with the best match first", async () => {
    const book = await createPublishedBook(t.db, "Theme search-book");
    const year = String(book.edition.year);
    const titles = async (q: string) => (await listPublicPractices({ db: t.db, filters: filters({ q, year }) })).items.map((p) => p.title);
    expect(await titles("harbour")).toEqual(["Harbour mentoring"]);
    // "shelters" and "exploiter" find "Safe shelters far away from the exploiters.".
    expect(await titles("shelter exploiter")).toEqual(["Shelter network"]);
    expect(await titles("walking")).toEqual(["Neighbourhood walks"]);
    expect(await titles('"online grooming"')).toEqual(["School theatre"]);
    expect(await titles("harbour -mentors")).toEqual([]);
    expect(await titles("theatre or harbour")).toEqual(expect.arrayContaining(["School theatre", "Harbour mentoring"]));
    // Odd input is words, never a syntax error.
    expect(await titles("&|!(")).toEqual(expect.any(Array));
  });

  it("filters by year, country, theme and outcome, each alone and together", async () => {
    const first = await createPublishedBook(t.db, "Theme filter-one");
    const second = await createPublishedBook(t.db, "Theme filter-two");
    const years = [first.edition.year, second.edition.year];
    const list = async (values: Partial<Record<keyof PracticeFilters, string>>) =>
      (await listPublicPractices({ db: t.db, filters: filters(values) })).items.filter((p) => years.includes(p.year));
    expect((await list({ year: String(second.edition.year) })).map((p) => p.year)).toEqual([second.edition.year, second.edition.year, second.edition.year, second.edition.year]);
    expect((await list({ theme: "Theme filter-one" })).map((p) => p.id)).toEqual([first.winner.id, first.second.id, first.participant.id, first.goodPractice.id]);
    expect((await list({ country: "dk" })).map((p) => p.title)).toEqual(["Harbour mentoring", "School theatre", "Harbour mentoring", "School theatre"]);
    expect((await list({ outcome: "winner" })).map((p) => p.id)).toEqual([second.winner.id, first.winner.id]);
    expect((await list({ outcome: "runner-up" })).map((p) => p.id)).toEqual([second.second.id, first.second.id]);
    expect((await list({ outcome: "competing" })).map((p) => p.id)).toEqual([second.participant.id, first.participant.id]);
    expect((await list({ outcome: "good-practice" })).map((p) => p.id)).toEqual([second.goodPractice.id, first.goodPractice.id]);
    const together = await listPublicPractices({ db: t.db, filters: filters({ year: String(first.edition.year), country: "DK", outcome: "good-practice", q: "grooming" }) });
    expect(together.items.map((p) => p.id)).toEqual([first.goodPractice.id]);
    expect(together.total).toBe(1);
    // A malformed filter is no filter, never an error.
    expect(filters({ year: "20x4", country: "Denmark", outcome: "loser", page: "-3" })).toEqual({ page: 1 });
  });

  it("pages in SQL with the total count of every page", async () => {
    const edition = await createEdition(t.db, { phase: "published", theme: "Theme paging-book" });
    const count = PRACTICE_PAGE_SIZE + 5;
    for (let i = 0; i < count; i++) {
      await createNomination(t.db, { editionId: edition.id, countryCode: "BE", kind: "additional", state: "submitted", title: `Paged practice ${String(i).padStart(2, "0")}` });
    }
    const page = async (n: number) => listPublicPractices({ db: t.db, filters: filters({ theme: "Theme paging-book", page: String(n) }) });
    const [one, two, three] = [await page(1), await page(2), await page(3)];
    expect([one.items.length, two.items.length, three.items.length]).toEqual([PRACTICE_PAGE_SIZE, 5, 0]);
    expect([one.total, two.total, three.total]).toEqual([count, count, count]);
    expect(one.pageCount).toBe(2);
    expect(new Set([...one.items, ...two.items].map((p) => p.id)).size).toBe(count);
    expect(one.items[0]!.title).toBe("Paged practice 00");
  });

  it("offers as filter values only what published editions hold, each with its count", async () => {
    const book = await createPublishedBook(t.db, "Theme facets-book");
    const facets = await listPracticeFacets({ db: t.db });
    expect(facets.years.find((y) => y.year === book.edition.year)).toEqual({ year: book.edition.year, theme: "Theme facets-book", count: 4 });
    expect(facets.themes.find((y) => y.theme === "Theme facets-book")).toEqual({ theme: "Theme facets-book", count: 4 });
    // Germany and Poland sent only a draft and a rejected dossier here.
    expect(facets.countries.map((c) => c.code)).toEqual(expect.arrayContaining(["DK", "FR", "SE"]));
    expect(facets.countries.map((c) => c.code)).not.toContain("DE");
  });

  it("searches through the nominations_search_idx index, whose expression the search condition repeats", async () => {
    await createPublishedBook(t.db, "Theme index-book");
    const { db, log } = loggingDb(t);
    await listPublicPractices({ db, filters: filters({ q: "harbour" }) });
    expect(log.find((query) => query.sql.startsWith("select count("))?.sql).toContain("websearch_to_tsquery");
    // The catalogue's own condition, alone: on a few rows a sequential scan is cheaper, so forbidding it shows
    // whether the index can serve the search at all (it cannot when the expressions differ by a character).
    const search = t.db.select({ id: nominations.id }).from(nominations).where(matchesWords("harbour")).toSQL();
    expect(await explainWithoutSeqScan(t, { sql: search.sql, params: search.params })).toContain("nominations_search_idx");
  });
});

/** EXPLAIN of a logged statement with sequential scans disabled for that transaction only, on the test's own client. */
async function explainWithoutSeqScan(t: TestDatabase, query: LoggedQuery): Promise<string> {
  const client = (t.db as unknown as { $client: unknown }).$client;
  type Rows = Record<string, string>[];
  if (t.engine === "pglite") {
    type Tx = { query: (text: string, params?: unknown[]) => Promise<{ rows: Rows }> };
    const rows = await (client as { transaction: (run: (tx: Tx) => Promise<Rows>) => Promise<Rows> }).transaction(async (tx) => {
      await tx.query("set local enable_seqscan = off");
      return (await tx.query(`explain ${query.sql}`, query.params)).rows;
    });
    return rows.map((row) => Object.values(row)[0]).join("\n");
  }
  type Sql = { unsafe: (text: string, params?: unknown[]) => Promise<Rows> };
  const rows = await (client as { begin: (run: (sql: Sql) => Promise<Rows>) => Promise<Rows> }).begin(async (sql) => {
    await sql.unsafe("set local enable_seqscan = off");
    return sql.unsafe(`explain ${query.sql}`, query.params);
  });
  return rows.map((row) => Object.values(row)[0]).join("\n");
}
