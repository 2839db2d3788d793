import { and, asc, eq, sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { assignments, auditEvents, conflicts, countries, mailOutbox, memberships, nominations, scoreSheets, users } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session-user";
import { AUDIT_PAGE_SIZE } from "@/lib/audit/queries";
import { getAssignmentMatrix, MATRIX_DOSSIER_PAGE_SIZE, MATRIX_JUROR_PAGE_SIZE } from "@/lib/jury/assignment-matrix";
import { CONFLICT_CHOICE_LIMIT, CONFLICT_PAGE_SIZE } from "@/lib/jury/conflict-queries";
import { listDossiersForJuror } from "@/lib/jury/dossiers";
import { JUROR_DOSSIER_PAGE_SIZE, listJurorDossierPage } from "@/lib/jury/juror-dossier-page";
import { JURY_MEMBER_PAGE_SIZE } from "@/lib/jury/member-queries";
import { getJuryProgress, PROGRESS_PAGE_SIZE } from "@/lib/jury/progress";
import { OUTBOX_PAGE_SIZE } from "@/lib/mail/outbox-queries";
import { listAdminNominations, listAdminNominationsPage } from "@/lib/nominations/admin-queries";
import { NOMINATION_PAGE_SIZE } from "@/lib/nominations/list-cursor";
import { NOMINATION_SORTS, type NominationListQuery } from "@/lib/validation/admin-nominations";
import { PEOPLE_PAGE_SIZE } from "@/lib/validation/people";
import { RANKING_PAGE_SIZE } from "@/lib/results/deliberation-page";
import { computeRankingSnapshot } from "@/lib/results/ranking-snapshot";
import { createEdition, createUser } from "../fixtures/factory";
import { describeEachEngine } from "../helpers/db";
import { LIST_PAGES, loggingDb, type ListPageName, type ListPageSubject } from "../helpers/list-pages";

// Two-letter codes no real country of the seed uses, so one edition can hold hundreds of competing dossiers.
const FAKE_CODES = ["J", "K", "Q", "W", "X", "Z"].flatMap((a) => [..."ABCDEFGHIJKLMNOPQRSTUVWXYZ"].map((b) => a + b));

describeEachEngine("list pages: the number of queries does not grow with the rows", (t) => {
  /** An edition in scoring: every juror has every dossier, a third of the pairs have a sheet, a seventh a conflict. */
  async function setUpEdition(size: { dossiers: number; jurors: number }, offset: number) {
    const codes = FAKE_CODES.slice(offset, offset + size.dossiers);
    await t.db.insert(countries).values(codes.map((code) => ({ code, name: `Land ${code}` }))).onConflictDoNothing();
    const edition = await createEdition(t.db, { phase: "jury_scoring" });
    const jurors: SessionUser[] = [];
    for (let i = 0; i < size.jurors; i++) jurors.push(await createUser(t.db, [{ role: "juror", countryCode: "BE", editionId: edition.id }]));
    const dossiers = await t.db
      .insert(nominations)
      .values(codes.map((code, i) => ({ editionId: edition.id, countryCode: code, kind: "competing" as const, state: "accepted" as const, title: `Dossier ${i}`, organisation: "O", description: "D", submittedAt: new Date(Date.now() - i * 1000) })))
      .returning({ id: nominations.id });
    const pairs = jurors.flatMap((juror) => dossiers.map((d) => ({ editionId: edition.id, jurorUserId: juror.id, nominationId: d.id })));
    await t.db.insert(assignments).values(pairs);
    await t.db.insert(scoreSheets).values(pairs.filter((_, i) => i % 3 === 0).map((p, i) => ({ ...p, state: i % 2 ? ("draft" as const) : ("submitted" as const), submittedAt: new Date() })));
    // The first juror keeps every dossier; the others have conflicts on some.
    const conflicted = pairs.filter((p, i) => i % 7 === 3 && p.jurorUserId !== jurors[0]!.id);
    if (conflicted.length) await t.db.insert(conflicts).values(conflicted.map((p) => ({ ...p, source: "declared" as const, reason: "Knows the team" })));
    await t.db.insert(mailOutbox).values(codes.map((code) => ({ editionId: edition.id, kind: "test", toAddress: `${code}@test.invalid`, subject: "S", body: "B" })));
    await t.db.insert(auditEvents).values(codes.map((code) => ({ editionId: edition.id, action: "test.listed", entityType: "nomination", entityId: code })));
    const admin = await createUser(t.db, [{ role: "admin" }]);
    const coordinator = await createUser(t.db, [{ role: "coordinator", countryCode: codes[0]!, editionId: edition.id }]);
    const subject: ListPageSubject = { edition, admin, juror: jurors[0]!, coordinator };
    return { subject, pairs, conflicted };
  }

  /** Each list page loaded once through a logging client: how many statements it sent, and what it returned. */
  async function loadEveryPage(subject: ListPageSubject) {
    const loaded = {} as { [K in ListPageName]: { queries: number; result: Awaited<ReturnType<(typeof LIST_PAGES)[K]>> } };
    for (const name of Object.keys(LIST_PAGES) as ListPageName[]) {
      const { db, log } = loggingDb(t);
      const result = await LIST_PAGES[name](db, subject);
      (loaded as Record<string, unknown>)[name] = { queries: log.length, result };
    }
    return loaded;
  }

  it("counts the same queries on every list page for 10 dossiers and 3 jurors as for 120 dossiers and 60 jurors, and returns at most one page of rows", async () => {
    const small = await setUpEdition({ dossiers: 10, jurors: 3 }, 0);
    await computeRankingSnapshot({ db: t.db, editionId: small.subject.edition.id });
    const a = await loadEveryPage(small.subject);
    const large = await setUpEdition({ dossiers: 120, jurors: 60 }, 10);
    await computeRankingSnapshot({ db: t.db, editionId: large.subject.edition.id });
    const b = await loadEveryPage(large.subject);
    for (const name of Object.keys(LIST_PAGES) as ListPageName[]) {
      expect(b[name].queries, name).toBe(a[name].queries);
      expect(a[name].queries, name).toBeLessThanOrEqual(10);
    }

    // Jury progress and nominations (before: every sheet loaded and counted in JS; now the database counts).
    const progress = b.progress.result;
    expect(progress.totals.assigned).toBe(large.pairs.length);
    expect([progress.jurorCount, progress.dossierCount]).toEqual([60, 120]);
    expect([progress.jurors.length, progress.dossiers.length]).toEqual([PROGRESS_PAGE_SIZE, PROGRESS_PAGE_SIZE]);
    const [list] = b.nominations.result;
    expect([list.rows.length, list.matching]).toEqual([NOMINATION_PAGE_SIZE, 120]);
    expect(list.next).toBeDefined();
    expect(a.nominations.result[0].next).toBeUndefined();

    // The deliberation: the second page of the snapshot's places (the sheets here have no scores: every dossier is unscored).
    const ranking = b.ranking.result;
    if (ranking.state !== "ready") throw new Error(`The ranking is ${ranking.state}`);
    expect([ranking.view.page, ranking.view.total, ranking.view.rows.length]).toEqual([2, 120, RANKING_PAGE_SIZE]);

    // The matrix: one page of each axis, with the cells of that page only and the counts of the whole edition.
    const matrix = b.matrix.result;
    expect([matrix.dossiers.length, matrix.jurors.length]).toEqual([MATRIX_DOSSIER_PAGE_SIZE, MATRIX_JUROR_PAGE_SIZE]);
    expect([matrix.dossierCount, matrix.jurorCount, matrix.assignedCount]).toEqual([120, 60, large.pairs.length]);
    expect(matrix.assignments).toHaveLength(MATRIX_DOSSIER_PAGE_SIZE * MATRIX_JUROR_PAGE_SIZE);
    expect(matrix.dossiers.every((d) => d.jurorCount === 60)).toBe(true);
    expect(matrix.jurors.every((j) => j.dossierCount === 120)).toBe(true);
    const pageIds = new Set(matrix.dossiers.map((d) => d.id));
    expect(matrix.conflicts.every((c) => pageIds.has(c.nominationId))).toBe(true);
    expect(b.matrixFiltered.result.dossierCount).toBe(120);

    // The jury, the conflicts and the juror's own list.
    const [members, summary] = b.jury.result;
    expect([members.length, summary.total, summary.voting]).toEqual([JURY_MEMBER_PAGE_SIZE, 60, 60]);
    const [conflictRows, conflictCount, choices] = b.conflicts.result;
    expect([conflictRows.length, conflictCount]).toEqual([CONFLICT_PAGE_SIZE, large.conflicted.length]);
    expect([choices.jurors.length, choices.jurorCount, choices.dossiers.length, choices.dossierCount]).toEqual([CONFLICT_CHOICE_LIMIT, 60, CONFLICT_CHOICE_LIMIT, 120]);
    expect(b.conflictChoicesSearched.result).toMatchObject({ jurorCount: 60, dossierCount: 120 });
    const [jurorRows, jurorCounts] = b.jurorDossiers.result;
    expect(jurorRows).toHaveLength(JUROR_DOSSIER_PAGE_SIZE);
    expect(jurorCounts.get(large.subject.edition.id)).toMatchObject({ total: 120, nextId: expect.any(String) });

    // The global lists hold both editions' rows by now: still one page each.
    expect(b.outbox.result.messages).toHaveLength(OUTBOX_PAGE_SIZE);
    expect(b.outbox.result.total).toBeGreaterThanOrEqual(130);
    expect(b.audit.result.rows).toHaveLength(AUDIT_PAGE_SIZE);
    expect(b.auditUnfiltered.result.rows).toHaveLength(AUDIT_PAGE_SIZE);
    expect(b.people.result.people).toHaveLength(PEOPLE_PAGE_SIZE);
    expect(b.coordinator.result).toHaveLength(1);
  });

  it("walks every page of jury progress: each juror and dossier once, in the unpaged order, counted as their sheets say", async () => {
    const { subject } = await setUpEdition({ dossiers: 120, jurors: 60 }, 10);
    const editionId = subject.edition.id;
    // One sheet excluded, one juror behind made inactive (a reminder never goes to them), one juror with every sheet submitted.
    const [excluded] = await t.db.select({ id: scoreSheets.id }).from(scoreSheets).where(eq(scoreSheets.editionId, editionId)).limit(1);
    await t.db.update(scoreSheets).set({ isExcluded: true, exclusionReason: "Conflict found late" }).where(eq(scoreSheets.id, excluded!.id));
    const [, inactive, done] = (await t.db.select({ id: memberships.userId }).from(memberships).where(eq(memberships.editionId, editionId)).orderBy(asc(memberships.userId)));
    await t.db.update(users).set({ isActive: false }).where(eq(users.id, inactive!.id));
    await t.db.delete(assignments).where(and(eq(assignments.editionId, editionId), eq(assignments.jurorUserId, done!.id), sql`not exists (select 1 from ${scoreSheets} where ${scoreSheets.jurorUserId} = ${assignments.jurorUserId} and ${scoreSheets.nominationId} = ${assignments.nominationId} and ${scoreSheets.state} = 'submitted')`));

    // The counts as the sheets say, made in JS from every assignment and sheet.
    const pairs = await t.db
      .select({ jurorUserId: assignments.jurorUserId, nominationId: assignments.nominationId, state: scoreSheets.state, isExcluded: scoreSheets.isExcluded })
      .from(assignments)
      .leftJoin(scoreSheets, and(eq(scoreSheets.jurorUserId, assignments.jurorUserId), eq(scoreSheets.nominationId, assignments.nominationId)))
      .where(eq(assignments.editionId, editionId));
    const countsBy = (key: (p: (typeof pairs)[number]) => string | number) => {
      const counts = new Map<string | number, { assigned: number; notStarted: number; draft: number; submitted: number; excluded: number }>();
      for (const p of pairs) {
        const c = counts.get(key(p)) ?? { assigned: 0, notStarted: 0, draft: 0, submitted: 0, excluded: 0 };
        c.assigned++;
        if (p.state === null || p.isExcluded) c.notStarted++;
        if (p.isExcluded) c.excluded++;
        else if (p.state === "draft") c.draft++;
        else if (p.state === "submitted") c.submitted++;
        counts.set(key(p), c);
      }
      return counts;
    };
    const byJuror = countsBy((p) => p.jurorUserId);
    const byDossier = countsBy((p) => p.nominationId);

    const first = await getJuryProgress({ db: t.db, editionId });
    const pageCount = Math.ceil(120 / PROGRESS_PAGE_SIZE);
    const pages = [first];
    for (let page = 2; page <= pageCount; page++) pages.push(await getJuryProgress({ db: t.db, editionId, dossierPage: page, jurorPage: page }));
    const jurors = pages.flatMap((p) => p.jurors);
    const dossiers = pages.flatMap((p) => p.dossiers);
    expect(jurors.map((j) => j.userId)).toEqual([...new Set(jurors.map((j) => j.userId))]);
    expect(jurors).toHaveLength(60);
    expect(dossiers.map((d) => d.id)).toEqual([...new Set(dossiers.map((d) => d.id))]);
    expect(dossiers).toHaveLength(120);
    // The unpaged order: jurors by country, name and id; dossiers by country name and id.
    const sortedBy = <T>(rows: T[], ...keys: ((row: T) => string | number)[]) =>
      [...rows].sort((a, b) => keys.reduce((order, key) => order || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0), 0));
    expect(jurors).toEqual(sortedBy(jurors, (j) => j.countryName ?? "", (j) => j.name, (j) => j.userId));
    expect(dossiers).toEqual(sortedBy(dossiers, (d) => d.countryName, (d) => d.id));
    for (const j of jurors) expect({ assigned: j.assigned, notStarted: j.notStarted, draft: j.draft, submitted: j.submitted, excluded: j.excluded }, j.name).toEqual(byJuror.get(j.userId));
    for (const d of dossiers) expect({ assigned: d.assigned, notStarted: d.notStarted, draft: d.draft, submitted: d.submitted, excluded: d.excluded }, d.title).toEqual(byDossier.get(d.id));
    expect(first.totals).toEqual(countsBy(() => "all").get("all"));
    expect(first.totals.excluded).toBe(1);
    // Behind: active jurors with an assigned sheet not submitted; the inactive one and the one who is done are not.
    const behind = jurors.filter((j) => j.isActive && j.submitted < j.assigned).map((j) => j.userId);
    expect(behind).not.toContain(inactive!.id);
    expect(behind).not.toContain(done!.id);
    expect(first.jurorsBehind).toBe(behind.length);
    expect(first.jurorsBehind).toBe(58);
  });

  it("filters the matrix in the database: a dossier search, and only the dossiers no juror has", async () => {
    const { subject } = await setUpEdition({ dossiers: 30, jurors: 2 }, 0);
    const editionId = subject.edition.id;
    // Two dossiers lose every juror; one matches the search by its country's name.
    const freed = await t.db.execute(sql`delete from ${assignments} where ${assignments.editionId} = ${editionId} and ${assignments.nominationId} in (select id from ${nominations} where ${nominations.editionId} = ${editionId} and ${nominations.title} in ('Dossier 4', 'Dossier 17')) returning 1`);
    expect((Array.isArray(freed) ? freed : (freed as unknown as { rows: unknown[] }).rows).length).toBe(4);
    const db = t.db;
    const only = await getAssignmentMatrix({ db, editionId, query: { page: 1, jurorPage: 1, isUnassignedOnly: true } });
    expect(only.dossiers.map((d) => d.title).sort()).toEqual(["Dossier 17", "Dossier 4"]);
    expect(only.dossiers.every((d) => d.jurorCount === 0)).toBe(true);
    expect(only.dossierCount).toBe(2);
    const searched = await getAssignmentMatrix({ db, editionId, query: { page: 1, jurorPage: 1, search: "dossier 1" } });
    expect(searched.dossierCount).toBe(11); // Dossier 1 and 10–19
    const literal = await getAssignmentMatrix({ db, editionId, query: { page: 1, jurorPage: 1, search: "100%" } });
    expect(literal.dossierCount).toBe(0);
    const first = await getAssignmentMatrix({ db, editionId, query: { page: 1, jurorPage: 1 } });
    const second = await getAssignmentMatrix({ db, editionId, query: { page: 2, jurorPage: 1 } });
    expect(second.dossiers).toHaveLength(30 - MATRIX_DOSSIER_PAGE_SIZE);
    expect(new Set([...first.dossiers, ...second.dossiers].map((d) => d.id)).size).toBe(30);
  });

  it("pages the juror's list in the order of the full list, one edition at a time", async () => {
    const { subject } = await setUpEdition({ dossiers: 120, jurors: 1 }, 30);
    const all = (await listDossiersForJuror({ db: t.db, user: subject.juror })).filter((d) => d.editionId === subject.edition.id).map((d) => d.id);
    expect(all).toHaveLength(120);
    const paged: string[] = [];
    for (let page = 1; page <= Math.ceil(all.length / JUROR_DOSSIER_PAGE_SIZE); page++) {
      const rows = await listJurorDossierPage({ db: t.db, user: subject.juror, editionId: subject.edition.id, page });
      paged.push(...rows.filter((row) => row.editionId === subject.edition.id).map((row) => row.id));
    }
    expect(paged).toEqual(all);
  });

  it("walks every page of the nominations with the cursor in the unpaged order, for every sort and direction", async () => {
    const { subject } = await setUpEdition({ dossiers: 130, jurors: 1 }, 20);
    const { edition, admin } = subject;
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
