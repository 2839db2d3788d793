import { and, asc, eq, sql } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import type { Database } from "@/db/client";
import {
  assignments,
  awards,
  conflicts,
  countries,
  criteria,
  editions,
  memberships,
  nominations,
  prizes,
  scoreSheets,
  scores,
  users,
} from "@/db/schema";
import { seedDemo } from "@/db/seed/demo";
import { verifyPassword } from "@/lib/auth/password";
import { rankNominations, type RankingSheet } from "@/lib/domain/ranking";
import { describeEachEngine } from "../helpers/db";

const TABLES = {
  countries,
  users,
  memberships,
  editions,
  prizes,
  criteria,
  nominations,
  assignments,
  conflicts,
  scoreSheets,
  scores,
  awards,
};

async function countRows(db: Database): Promise<Record<string, number>> {
  const entries = await Promise.all(Object.entries(TABLES).map(async ([name, table]) => [name, await db.$count(table)]));
  return Object.fromEntries(entries);
}

/** What a second seed must leave unchanged: the 2026 dates and a demo password hash. */
async function readStableValues(db: Database) {
  const [edition] = await db
    .select({ submissionDeadline: editions.submissionDeadline, ceremonyStartsOn: editions.ceremonyStartsOn })
    .from(editions)
    .where(eq(editions.year, 2026));
  const [admin] = await db
    .select({ passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.email, "admin@palmares.demo"));
  return { edition, passwordHash: admin?.passwordHash };
}

async function getEditionId(db: Database, year: number): Promise<number> {
  const [row] = await db.select({ id: editions.id }).from(editions).where(eq(editions.year, year));
  return row!.id;
}

describeEachEngine("demo seed", (t) => {
  let countsAfterFirst: Record<string, number>;
  let countsAfterSecond: Record<string, number>;
  let stableAfterFirst: Awaited<ReturnType<typeof readStableValues>>;
  let stableAfterSecond: Awaited<ReturnType<typeof readStableValues>>;

  beforeAll(async () => {
    await seedDemo(t.db);
    countsAfterFirst = await countRows(t.db);
    stableAfterFirst = await readStableValues(t.db);
    await seedDemo(t.db);
    countsAfterSecond = await countRows(t.db);
    stableAfterSecond = await readStableValues(t.db);
  });

  it("leaves the same rows in every table when run twice", () => {
    for (const [table, count] of Object.entries(countsAfterFirst)) {
      expect(count, table).toBeGreaterThan(0);
    }
    expect(countsAfterSecond).toEqual(countsAfterFirst);
  });

  it("neither moves the 2026 dates nor rehashes a password on the second run", async () => {
    expect(stableAfterSecond).toEqual(stableAfterFirst);
    expect(await verifyPassword("admin-demo-2026", stableAfterSecond.passwordHash!)).toBe(true);
  });

  it("ranks Denmark, France and Romania 1, 2 and 3 from the 2014 sheets, as the seeded awards say", async () => {
    const editionId = await getEditionId(t.db, 2014);
    const rubric = await t.db
      .select({ id: criteria.id, weight: criteria.weight })
      .from(criteria)
      .where(eq(criteria.editionId, editionId));
    const rows = await t.db
      .select({
        sheetId: scoreSheets.id,
        nominationId: scoreSheets.nominationId,
        jurorId: scoreSheets.jurorUserId,
        criterionId: scores.criterionId,
        value: scores.value,
      })
      .from(scores)
      .innerJoin(scoreSheets, eq(scoreSheets.id, scores.sheetId))
      .where(
        and(eq(scoreSheets.editionId, editionId), eq(scoreSheets.state, "submitted"), eq(scoreSheets.isExcluded, false)),
      );
    const sheets = new Map<number, RankingSheet>();
    for (const row of rows) {
      const sheet = sheets.get(row.sheetId) ?? { nominationId: row.nominationId, jurorId: row.jurorId, scores: {} };
      sheet.scores[row.criterionId] = row.value;
      sheets.set(row.sheetId, sheet);
    }
    const ranking = rankNominations([...sheets.values()], rubric);
    const entries = await t.db
      .select({ id: nominations.id, countryCode: nominations.countryCode })
      .from(nominations)
      .where(eq(nominations.editionId, editionId));
    const countryOf = new Map(entries.map((e) => [e.id, e.countryCode]));

    expect(ranking).toHaveLength(entries.length);
    expect(new Set(ranking.map((entry) => entry.rank)).size).toBe(ranking.length);
    const podium = ranking.slice(0, 3).map((entry) => ({ rank: entry.rank, nominationId: entry.nominationId }));
    expect(podium.map((entry) => countryOf.get(entry.nominationId))).toEqual(["DK", "FR", "RO"]);

    const awarded = await t.db
      .select({ rank: awards.rank, nominationId: awards.nominationId })
      .from(awards)
      .where(eq(awards.editionId, editionId))
      .orderBy(asc(awards.rank));
    expect(awarded).toEqual(podium);
  });

  it("gives every seeded sheet its assignment, and the Greek juror an own-country conflict instead", async () => {
    const unassigned = await t.db
      .select({ id: scoreSheets.id })
      .from(scoreSheets)
      .leftJoin(
        assignments,
        and(eq(assignments.jurorUserId, scoreSheets.jurorUserId), eq(assignments.nominationId, scoreSheets.nominationId)),
      )
      .where(sql`${assignments.id} is null`);
    expect(unassigned).toEqual([]);
    const ownCountry = await t.db
      .select({ countryCode: nominations.countryCode })
      .from(conflicts)
      .innerJoin(nominations, eq(nominations.id, conflicts.nominationId))
      .where(eq(conflicts.source, "own_country"));
    expect(ownCountry).toEqual([{ countryCode: "GR" }]);
  });

  it("has no sheet by a juror on a dossier from the juror's own country", async () => {
    const ownCountrySheets = await t.db
      .select({ id: scoreSheets.id })
      .from(scoreSheets)
      .innerJoin(nominations, eq(nominations.id, scoreSheets.nominationId))
      .innerJoin(
        memberships,
        and(
          eq(memberships.userId, scoreSheets.jurorUserId),
          eq(memberships.editionId, scoreSheets.editionId),
          eq(memberships.role, "juror"),
        ),
      )
      .where(eq(memberships.countryCode, nominations.countryCode));
    expect(ownCountrySheets).toEqual([]);

    // Greece both sits on the 2014 jury and competes, so its dossier has one sheet fewer than the others.
    const sheetCounts = await t.db
      .select({ countryCode: nominations.countryCode, sheets: sql<number>`count(*)::int` })
      .from(scoreSheets)
      .innerJoin(nominations, eq(nominations.id, scoreSheets.nominationId))
      .where(eq(scoreSheets.editionId, await getEditionId(t.db, 2014)))
      .groupBy(nominations.countryCode);
    const countOf = new Map(sheetCounts.map((row) => [row.countryCode, row.sheets]));
    expect(countOf.get("GR")).toBe(3);
    expect(countOf.get("DK")).toBe(4);
  });

  it("opens the 2026 edition for nominations with a deadline in the future by the database clock", async () => {
    const [edition] = await t.db
      .select({ phase: editions.phase, isOpen: sql<boolean>`${editions.submissionDeadline} > now()` })
      .from(editions)
      .where(eq(editions.year, 2026));
    expect(edition).toEqual({ phase: "nominations_open", isOpen: true });
    const belgian = await t.db
      .select({ id: nominations.id })
      .from(nominations)
      .where(and(eq(nominations.editionId, await getEditionId(t.db, 2026)), eq(nominations.countryCode, "BE")));
    expect(belgian).toEqual([]);
  });
});
