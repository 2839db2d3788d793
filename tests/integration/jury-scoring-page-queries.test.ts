import { eq, sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { assignments, countries, editions, nominations, scoreSheets } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session-user";
import { findNextUnfinishedDossier, getDossierForJuror, getNextUnfinishedDossierForJuror, listDossiersForJuror } from "@/lib/jury/dossiers";
import { listAnnexes } from "@/lib/nominations/annex-queries";
import { listOtherSheetsForJuror } from "@/lib/scoring/other-sheets";
import { getOwnScoreSheet, listRubric } from "@/lib/scoring/queries";
import { createEdition, createUser } from "../fixtures/factory";
import { describeEachEngine, type TestDatabase } from "../helpers/db";
import { inlineParams, openLoggingDb } from "../helpers/logging-db";

// Two-letter codes no real country uses, so one edition can hold many competing dossiers, each from its own country.
const FAKE_CODES = ["J", "K", "Q"].flatMap((a) => [..."ABCDEFGHIJKLMNOPQRSTUVWXYZ"].map((b) => a + b));

/** What app/jury/nominations/[id]/page.tsx reads, in the same calls (the session lookup aside). */
async function loadScoringPage(db: TestDatabase["db"], user: SessionUser, nominationId: string) {
  const dossier = (await getDossierForJuror({ db, nominationId, user }))!;
  const [rubric, sheet, next, others, annexes] = await Promise.all([
    listRubric({ db, editionId: dossier.editionId }),
    getOwnScoreSheet({ db, nominationId, user }),
    dossier.edition.isScoringOpen ? getNextUnfinishedDossierForJuror({ db, user, current: dossier }) : undefined,
    listOtherSheetsForJuror({ db, user, nominationId, visibility: dossier.edition }),
    listAnnexes({ db, user, nominationId }),
  ]);
  return { dossier, rubric, sheet, next, others, annexes };
}

describeEachEngine("the juror's scoring page: queries and plans", (t) => {
  async function setUpJury(dossierCount: number, offset: number) {
    const codes = FAKE_CODES.slice(offset, offset + dossierCount);
    await t.db.insert(countries).values(codes.map((code, i) => ({ code, name: `Land ${String.fromCharCode(90 - (i % 26))} ${code}` }))).onConflictDoNothing();
    const edition = await createEdition(t.db, { phase: "jury_scoring" });
    const juror = await createUser(t.db, [{ role: "juror", countryCode: "BE", editionId: edition.id }]);
    const others = [await createUser(t.db, [{ role: "juror", countryCode: "FR", editionId: edition.id }])];
    const dossiers = await t.db
      .insert(nominations)
      .values(codes.map((code, i) => ({ editionId: edition.id, countryCode: code, kind: "competing" as const, state: "accepted" as const, title: `Dossier ${i % 3}`, organisation: "O", description: "D", submittedAt: new Date() })))
      .returning({ id: nominations.id });
    for (const user of [juror, ...others]) {
      await t.db.insert(assignments).values(dossiers.map((d) => ({ editionId: edition.id, jurorUserId: user.id, nominationId: d.id })));
    }
    // Every third dossier submitted by the juror, every dossier by the other juror.
    await t.db.insert(scoreSheets).values(dossiers.filter((_, i) => i % 3 === 0).map((d) => ({ editionId: edition.id, nominationId: d.id, jurorUserId: juror.id, state: "submitted" as const, submittedAt: new Date() })));
    await t.db.insert(scoreSheets).values(dossiers.map((d) => ({ editionId: edition.id, nominationId: d.id, jurorUserId: others[0]!.id, state: "submitted" as const, submittedAt: new Date() })));
    return { edition, juror, dossiers };
  }

  it("sends the same few statements for 3 dossiers as for 60, and none for the others' sheets while the jury is open", async () => {
    const small = await setUpJury(3, 0);
    const large = await setUpJury(60, 3);
    const counts = [];
    for (const setup of [small, large]) {
      const { db, log } = openLoggingDb(t);
      const page = await loadScoringPage(db, setup.juror, setup.dossiers[1]!.id);
      expect(page.others).toEqual([]);
      expect(log.some((q) => q.sql.includes("case when"))).toBe(false);
      counts.push(log.length);
    }
    expect(counts[1]).toBe(counts[0]);
    // The dossier, the rubric, the own sheet with its scores, the next dossier, the annexes' rule and list.
    expect(counts[0]).toBeLessThanOrEqual(6);
  });

  it("finds the next unfinished dossier in SQL as findNextUnfinishedDossier does from the whole list", async () => {
    const { juror, dossiers } = await setUpJury(20, 63);
    const list = await listDossiersForJuror({ db: t.db, user: juror });
    for (const { id } of dossiers) {
      const dossier = (await getDossierForJuror({ db: t.db, nominationId: id, user: juror }))!;
      const expected = findNextUnfinishedDossier(list, dossier);
      const next = await getNextUnfinishedDossierForJuror({ db: t.db, user: juror, current: dossier });
      expect(next?.id, `after ${dossier.title} of ${dossier.countryName}`).toBe(expected?.id);
    }
  });

  it("sends no query for the others' sheets after closing when the edition shows each juror only their own", async () => {
    const { edition, juror, dossiers } = await setUpJury(2, 40);
    await t.db.update(editions).set({ phase: "deliberation", juryClosedAt: new Date(), juryCloseReason: "Done", scoreVisibility: "own_only" }).where(eq(editions.id, edition.id));
    const { db, log } = openLoggingDb(t);
    const page = await loadScoringPage(db, juror, dossiers[0]!.id);
    expect(page.others).toEqual([]);
    expect(log.some((q) => q.sql.includes("case when"))).toBe(false);
    // The rule in the WHERE clause agrees: asked without the page's facts, the answer is empty too.
    expect(await listOtherSheetsForJuror({ db: t.db, user: juror, nominationId: dossiers[0]!.id })).toEqual([]);
  });

  it("shows the others' sheets after closing, and plans every page query on indexes", async () => {
    const { edition, juror, dossiers } = await setUpJury(5, 30);
    await t.db.update(editions).set({ phase: "deliberation", juryClosedAt: new Date(), juryCloseReason: "Done", scoreVisibility: "anonymous" }).where(eq(editions.id, edition.id));
    const { db, log } = openLoggingDb(t);
    const page = await loadScoringPage(db, juror, dossiers[0]!.id);
    expect(page.others).toHaveLength(1);
    expect(page.others[0]).toMatchObject({ label: "Juror A", name: null });
    const plans: string[] = [];
    await t.db.transaction(async (tx) => {
      // The tables are tiny here: price sequential scans out, so a plan that still uses one has no index to use.
      await tx.execute(sql`set local enable_seqscan = off`);
      for (const query of log) {
        const result = await tx.execute(sql.raw(`explain ${inlineParams(query)}`));
        const rows = (Array.isArray(result) ? result : (result as unknown as { rows: unknown[] }).rows) as Record<string, string>[];
        plans.push(rows.map((row) => Object.values(row)[0]).join("\n"));
      }
    });
    const all = plans.join("\n");
    expect(all).not.toMatch(/Seq Scan on (assignments|score_sheets|scores|nominations|conflicts)\b/);
    expect(all).toMatch(/score_sheets_nomination_idx|score_sheets_juror_nomination_key/);
  });
});
