import { createHash, randomUUID } from "node:crypto";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { count, eq } from "drizzle-orm";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { annexes, auditEvents, awards, ceremonies, conflicts, criteria, editions, mailTemplates, memberships, nominations, prizes, scoreSheets, tieDecisions, users } from "@/db/schema";
import { freezeResult, getResultSeal } from "@/lib/results/freeze";
import { getPublishedResults } from "@/lib/results/public-queries";
import { buildArchive } from "@/lib/portability/archive";
import { exportEdition, readStoredFile } from "@/lib/portability/export-edition";
import type { EditionDocument } from "@/lib/portability/format";
import { importEdition } from "@/lib/portability/import-edition";
import { readEditionRows } from "@/lib/portability/read-edition";
import { ARCHIVE_TABLE_NAMES } from "@/lib/portability/tables";
import { LocalDiskStorage } from "@/lib/storage/local-disk-storage";
import { createUser } from "../fixtures/factory";
import { insertSheet, setUpScoringEdition } from "../fixtures/jury";
import { describeEachEngine, openTestDatabase } from "../helpers/db";

const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% the evaluation report\ntrailer << /Root 1 0 R >>\n%%EOF\n");
const tempDirs: string[] = [];
afterAll(async () => Promise.all(tempDirs.map((dir) => rm(dir, { recursive: true, force: true }))));

async function createStorage() {
  const dir = await mkdtemp(path.join(tmpdir(), "palmares-export-"));
  tempDirs.push(dir);
  return { storage: new LocalDiskStorage(dir), listFiles: () => readdir(dir) };
}

/**
 * A complete sealed, published edition: three jurors scored four dossiers (Denmark and France tied at the top, the
 * chair's decision recorded), a draft sheet with a comment, a conflict, an annex, prizes, awards, a live ceremony,
 * an edited message template.
 */
async function setUpPublishedEdition(db: Database, storage: LocalDiskStorage) {
  const setup = await setUpScoringEdition(db, { jurors: ["IT", "GR", "LV"], dossiers: ["DK", "FR", "RO", "SE"] });
  const { edition, admin, jurors, dossiers } = setup;
  const base: Record<string, number> = { DK: 9, FR: 9, RO: 6, SE: 4 };
  for (const [index, juror] of ["IT", "GR", "LV"].entries()) {
    for (const country of ["DK", "FR", "RO", "SE"]) {
      await insertSheet(db, { editionId: edition.id, nominationId: dossiers[country]!, jurorUserId: jurors[juror]!.id, state: "submitted", value: base[country]! - (index === 1 ? 1 : 0) });
    }
  }
  const expert = await createUser(db, [{ role: "juror", countryCode: "HU", editionId: edition.id }]);
  const [criterion] = await db.select({ id: criteria.id }).from(criteria).where(eq(criteria.editionId, edition.id)).limit(1);
  await db.insert(scoreSheets).values({ editionId: edition.id, nominationId: dossiers.SE!, jurorUserId: expert.id, unscoredComments: { [String(criterion!.id)]: "A first note" } });
  await db.insert(conflicts).values({ editionId: edition.id, jurorUserId: expert.id, nominationId: dossiers.RO!, source: "admin", reason: "Worked on the project", createdBy: admin.id });
  const storageKey = randomUUID();
  await storage.put(storageKey, PDF);
  await db.insert(annexes).values({ nominationId: dossiers.DK!, storageKey, fileName: "Evaluation report.pdf", sizeBytes: PDF.length, sha256: createHash("sha256").update(PDF).digest("hex"), uploadedBy: admin.id });
  await db.insert(prizes).values([{ editionId: edition.id, rank: 1, description: "EUR 10,000, a certificate and a trophy" }, { editionId: edition.id, rank: 2, description: "EUR 5,000" }]);
  await db.update(editions).set({ phase: "deliberation", juryClosedAt: new Date(), juryStatement: "A strong year." }).where(eq(editions.id, edition.id));
  await db.insert(tieDecisions).values({ editionId: edition.id, orderedNominationIds: [dossiers.DK!, dossiers.FR!], reason: "Denmark's evaluation is external", decidedBy: admin.id });
  await db.insert(awards).values(
    ["DK", "FR", "RO"].map((country, index) => ({ editionId: edition.id, rank: index + 1, nominationId: dossiers[country]!, prize: index === 0 ? "EUR 10,000" : "EUR 5,000", juryReason: `Reason for ${country}` })),
  );
  // Edited by someone no other row names: the archive carries them all the same.
  const editor = await createUser(db, [{ role: "admin" }]);
  await db.insert(mailTemplates).values({ editionId: edition.id, kind: "jury-reminder", subject: "Scores due {{deadline}}", body: "Dear {{name}},\n{{link}}", version: 3, updatedByUserId: editor.id });
  await db.insert(ceremonies).values({ editionId: edition.id, mode: "live", step: 4, stepRank: 1, nomineeOrder: Object.values(dossiers), startedBy: admin.id });
  const sealed = await freezeResult({ db, user: admin, editionId: edition.id });
  await db.update(editions).set({ phase: "published", publishedAt: new Date() }).where(eq(editions.id, edition.id));
  for (const country of ["DK", "FR", "RO"]) await db.update(nominations).set({ state: "awarded" }).where(eq(nominations.id, dossiers[country]!));
  await db.update(nominations).set({ state: "participant" }).where(eq(nominations.id, dossiers.SE!));
  return { ...setup, expert, sealed };
}

function omit<T extends object, K extends keyof T>(row: T, ...keys: K[]): Omit<T, K> {
  const copy = { ...row };
  for (const key of keys) delete copy[key];
  return copy;
}

/** An edition's rows with every serial id replaced by its natural key (emails, criterion positions, sheets by juror and dossier). */
function byNaturalKeys(doc: EditionDocument) {
  const email = new Map(doc.users.map((u) => [u.id, u.email]));
  const person = (id: number | null) => (id === null ? null : email.get(id));
  const position = new Map(doc.criteria.map((c) => [c.id, c.position as number]));
  const sheetKey = new Map(doc.scoreSheets.map((s) => [s.id, `${person(s.jurorUserId)}|${s.nominationId}`]));
  const noEdition = <T extends { editionId: number }>(row: T) => omit(row, "editionId");
  const noIds = <T extends { id: number; editionId: number }>(row: T) => omit(row, "id", "editionId");
  return {
    countries: doc.countries,
    users: doc.users.map((row) => omit(row, "id")).sort((a, b) => a.email.localeCompare(b.email)),
    editions: doc.editions.map((row) => omit(row, "id")),
    prizes: doc.prizes.map(noIds),
    criteria: doc.criteria.map(noIds),
    nominations: doc.nominations.map((n) => ({ ...noEdition(n), createdBy: person(n.createdBy), updatedBy: person(n.updatedBy) })),
    annexes: doc.annexes.map((row) => ({ ...omit(row, "storageKey"), uploadedBy: person(row.uploadedBy) })),
    memberships: doc.memberships.map(({ userId, ...rest }) => ({ ...noIds(rest as typeof rest & { id: number }), user: person(userId) })),
    assignments: doc.assignments.map((r) => ({ ...noIds(r), jurorUserId: person(r.jurorUserId), createdBy: person(r.createdBy) })),
    conflicts: doc.conflicts.map((r) => ({ ...noIds(r), jurorUserId: person(r.jurorUserId), createdBy: person(r.createdBy) })),
    scoreSheets: doc.scoreSheets.map((r) => ({
      ...noIds(r),
      jurorUserId: person(r.jurorUserId),
      unscoredComments: Object.fromEntries(Object.entries(r.unscoredComments).map(([id, text]) => [position.get(Number(id)), text])),
    })),
    scores: doc.scores.map(({ sheetId, criterionId, ...rest }) => ({ ...rest, sheet: sheetKey.get(sheetId), criterion: position.get(criterionId) })),
    tieDecisions: doc.tieDecisions.map((r) => ({ ...noIds(r), decidedBy: person(r.decidedBy) })),
    awards: doc.awards.map(noIds),
    ceremonies: doc.ceremonies.map((r) => ({ ...noIds(r), startedBy: person(r.startedBy) })),
    mailTemplates: doc.mailTemplates.map((r) => ({ ...noIds(r), updatedByUserId: person(r.updatedByUserId) })),
    auditEvents: doc.auditEvents.map((r) => ({ ...noIds(r), actorUserId: person(r.actorUserId) })),
    frozenResults: doc.frozenResults.map((r) => ({ ...noEdition(r), frozenBy: person(r.frozenBy) })),
  };
}

async function countRows(db: Database) {
  const tables = { editions, users, memberships, auditEvents, nominations, annexes } as const;
  const entries = await Promise.all(Object.entries(tables).map(async ([name, table]) => [name, (await db.select({ n: count() }).from(table))[0]!.n] as const));
  return Object.fromEntries(entries);
}

describeEachEngine("an edition exported, then imported into a fresh database", (t) => {
  let fresh: Awaited<ReturnType<typeof openTestDatabase>>;
  beforeAll(async () => {
    fresh = await openTestDatabase(t.engine);
  }, 60_000);
  afterAll(async () => fresh?.dispose());

  it("gives back every row modulo ids, the annex bytes, a seal that verifies and the same public results; damaged or repeated imports are refused", async () => {
    const source = await createStorage();
    const { edition, admin, sealed } = await setUpPublishedEdition(t.db, source.storage);
    const before = await readEditionRows({ db: t.db, editionId: edition.id });

    const archive = await exportEdition({ db: t.db, actor: admin, editionId: edition.id, storage: source.storage });
    const entries = unzipSync(archive.bytes);
    expect(Object.keys(entries)).toEqual(expect.arrayContaining(["manifest.json", "edition.json", "csv/score_sheets.csv", "csv/audit_events.csv", `annexes/${before.annexes[0]!.id}.pdf`]));
    const json = strFromU8(entries["edition.json"]!);
    expect(json).not.toMatch(/passwordHash|password_hash|sessionVersion|tokenHash/);
    expect(archive.manifest.counts).toMatchObject({ scores: 60, scoreSheets: 13, tieDecisions: 1, annexes: 1, frozenResults: 1, mailTemplates: 1 });
    expect(Object.keys(entries)).toContain("csv/mail_templates.csv");
    expect(before.mailTemplates).toEqual([expect.objectContaining({ kind: "jury-reminder", version: 3 })]);
    const [exported] = await t.db.select({ n: count() }).from(auditEvents).where(eq(auditEvents.action, "edition.exported"));
    expect(exported!.n).toBe(1);

    // Damaged: one byte changed in the middle of the archive, then in the annex's stored bytes. Nothing is written.
    const target = await createStorage();
    const db = fresh.connection.db;
    const emptyCounts = await countRows(db);
    const flipped = archive.bytes.slice();
    const middle = Math.floor(flipped.length / 2);
    flipped[middle] = flipped[middle]! ^ 0xff;
    await expect(importEdition({ db, bytes: flipped, storage: target.storage, actor: "operator" })).rejects.toThrow(/^The archive is damaged or is not a Palmarès edition export: /);
    // A byte no file's hash covers (the central directory's "version made by"): the archive's checksum catches it.
    const inDirectory = archive.bytes.slice();
    const versionMadeBy = Buffer.from(inDirectory).lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])) + 4;
    inDirectory[versionMadeBy] = inDirectory[versionMadeBy]! ^ 0x01;
    await expect(importEdition({ db, bytes: inDirectory, storage: target.storage, actor: "operator" })).rejects.toThrow(/does not match its checksum/);
    const inPdf = archive.bytes.slice();
    const inReport = Buffer.from(inPdf).indexOf("the evaluation report");
    inPdf[inReport] = inPdf[inReport]! ^ 0x01;
    await expect(importEdition({ db, bytes: inPdf, storage: target.storage, actor: "operator" })).rejects.toThrow(/annexes\/.*\.pdf does not match its SHA-256/);
    expect(await countRows(db)).toEqual(emptyCounts);
    expect(await target.listFiles()).toEqual([]);

    const imported = await importEdition({ db, bytes: archive.bytes, storage: target.storage, actor: "operator" });
    expect(imported).toMatchObject({ year: edition.year, fingerprint: sealed.fingerprint });
    const after = await readEditionRows({ db, editionId: imported.editionId });
    const withoutImport = { ...after, auditEvents: after.auditEvents.filter((e) => e.action !== "edition.imported") };
    for (const name of ARCHIVE_TABLE_NAMES) expect([name, withoutImport[name].length]).toEqual([name, before[name].length]);
    expect(byNaturalKeys(withoutImport)).toEqual(byNaturalKeys(before));
    expect(after.auditEvents.at(-1)).toMatchObject({ action: "edition.imported", actorUserId: null });

    // The annex's bytes, under a new storage key; people come without a password.
    expect(Buffer.from((await readStoredFile(target.storage, after.annexes[0]!.storageKey))!)).toEqual(Buffer.from(PDF));
    expect(await db.select({ hash: users.passwordHash }).from(users)).toEqual(after.users.map(() => ({ hash: null })));

    // The seal: intact, and the imported rows still give it (in the source's ids).
    const newAdmin = await createUser(db, [{ role: "admin" }]);
    expect(await getResultSeal({ db, viewer: newAdmin, editionId: imported.editionId })).toMatchObject({ fingerprint: sealed.fingerprint, isIntact: true, isCurrent: true });
    expect(await getPublishedResults({ db, year: edition.year })).toEqual(await getPublishedResults({ db: t.db, year: edition.year }));

    // Twice: refused, and nothing more is written.
    const countsAfter = await countRows(db);
    await expect(importEdition({ db, bytes: archive.bytes, storage: target.storage, actor: "operator" })).rejects.toThrow(`Edition ${edition.year} already exists in this database`);
    expect(await countRows(db)).toEqual(countsAfter);
    expect(await target.listFiles()).toHaveLength(1);
  }, 120_000);

  it("rolls back everything, annex files included, when the imported rows no longer give the sealed result", async () => {
    const source = await createStorage();
    const { edition } = await setUpPublishedEdition(t.db, source.storage);
    const document = await readEditionRows({ db: t.db, editionId: edition.id });
    // A well-formed archive whose scores were changed after sealing: every hash holds, the seal does not.
    const tampered = { ...document, scores: document.scores.map((score, index) => (index === 0 ? { ...score, value: score.value === 1 ? 2 : 1 } : score)) };
    const files = { [`annexes/${document.annexes[0]!.id}.pdf`]: PDF };
    const { bytes } = buildArchive({ document: tampered, files, appVersion: "test", now: new Date() });
    const target = await createStorage();
    const db = fresh.connection.db;
    const before = await countRows(db);
    await expect(importEdition({ db, bytes, storage: target.storage, actor: "operator" })).rejects.toThrow(
      "The imported rows do not give the sealed result again (its fingerprint differs). Nothing was imported.",
    );
    expect(await countRows(db)).toEqual(before);
    expect(await target.listFiles()).toEqual([]);
  }, 120_000);

  it("is the secretariat's only: an export by a juror and an import by a coordinator are refused", async () => {
    const source = await createStorage();
    const { edition, jurors } = await setUpScoringEdition(t.db, { jurors: ["IT"], dossiers: ["DK"] });
    await expect(exportEdition({ db: t.db, actor: jurors.IT!, editionId: edition.id, storage: source.storage })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const coordinator = await createUser(t.db, [{ role: "coordinator", countryCode: "DK" }]);
    await expect(importEdition({ db: t.db, bytes: new Uint8Array([1, 2, 3]), storage: source.storage, actor: coordinator })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const [juror] = await t.db.select({ id: memberships.id }).from(memberships).where(eq(memberships.editionId, edition.id));
    expect(juror).toBeDefined();
  });
});
