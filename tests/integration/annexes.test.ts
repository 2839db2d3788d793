import { createHash } from "node:crypto";
import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, expect, it } from "vitest";
import { annexes, assignments, auditEvents, conflicts, editions, nominations } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session-user";
import { createAnnex } from "@/lib/nominations/annex-create";
import { deleteAnnex } from "@/lib/nominations/annex-delete";
import { getAnnexForDownload, listAnnexes } from "@/lib/nominations/annex-queries";
import { MAX_ANNEX_BYTES, MAX_ANNEXES_PER_NOMINATION } from "@/lib/domain/pdf-file";
import { LocalDiskStorage } from "@/lib/storage/local-disk-storage";
import { createEdition, createNomination, createUser } from "../fixtures/factory";
import { describeEachEngine } from "../helpers/db";

const encode = (text: string) => new TextEncoder().encode(text);
const PDF = encode("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
const HTML = encode("<!doctype html><html><body><script>alert(1)</script></body></html>\n");
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const tempDirs: string[] = [];
afterAll(async () => {
  await Promise.all(tempDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A fresh uploads directory per test, so "nothing remains" can be checked by listing it. */
async function createStorage() {
  const dir = await mkdtemp(path.join(tmpdir(), "palmares-annexes-"));
  tempDirs.push(dir);
  return { storage: new LocalDiskStorage(dir), listFiles: () => readdir(dir), dir };
}

async function readStream(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  return Buffer.from(await new Response(stream).arrayBuffer());
}

describeEachEngine("dossier annexes", (t) => {
  async function setUp(countryCode = "BE") {
    const edition = await createEdition(t.db, { phase: "nominations_open" });
    const coordinator = await createUser(t.db, [{ role: "coordinator", countryCode }]);
    const nomination = await createNomination(t.db, { editionId: edition.id, countryCode });
    const { storage, listFiles, dir } = await createStorage();
    const upload = (bytes: Uint8Array, fileName = "evaluation.pdf", user: SessionUser = coordinator) =>
      createAnnex({ db: t.db, storage, user, nominationId: nomination.id, fileName, bytes });
    const countRows = async () => (await t.db.select({ id: annexes.id }).from(annexes).where(eq(annexes.nominationId, nomination.id))).length;
    return { edition, coordinator, nomination, storage, listFiles, dir, upload, countRows };
  }

  async function countAudit(nominationId: string, action: string) {
    const rows = await t.db
      .select({ data: auditEvents.data })
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, nominationId), eq(auditEvents.action, action)));
    return rows;
  }

  it("stores a valid PDF under a random key, lists it with its size and records an audit entry", async () => {
    const { coordinator, nomination, storage, listFiles, upload } = await setUp();
    const annex = await upload(PDF, "Evaluation report.pdf");
    expect(annex).toMatchObject({ fileName: "Evaluation report.pdf", sizeBytes: PDF.length });

    const listed = await listAnnexes({ db: t.db, user: coordinator, nominationId: nomination.id });
    expect(listed).toEqual([expect.objectContaining({ id: annex.id, fileName: "Evaluation report.pdf", sizeBytes: PDF.length, uploadedByName: "Test User" })]);

    const stored = await getAnnexForDownload({ db: t.db, user: coordinator, annexId: annex.id });
    expect(stored?.storageKey).toMatch(UUID);
    expect(await listFiles()).toEqual([stored!.storageKey]);
    expect(await readStream((await storage.get(stored!.storageKey))!)).toEqual(Buffer.from(PDF));
    const [row] = await t.db.select({ sha256: annexes.sha256 }).from(annexes).where(eq(annexes.id, annex.id));
    expect(row?.sha256).toBe(createHash("sha256").update(PDF).digest("hex"));
    expect(await countAudit(nomination.id, "annex.uploaded")).toEqual([expect.objectContaining({ data: expect.objectContaining({ annexId: annex.id }) })]);
  });

  it.each([
    ["an HTML page renamed .pdf", HTML, "INVALID", "This file is not a PDF"],
    ["a 0-byte file", new Uint8Array(), "INVALID", "This file is empty"],
    ["a PDF without its end", encode("%PDF-1.4\n1 0 obj << >> endobj\n"), "INVALID", "This PDF is incomplete"],
  ])("refuses %s with a specific message and leaves no row, file or audit entry", async (_name, bytes, code, message) => {
    const { nomination, listFiles, upload, countRows } = await setUp();
    await expect(upload(bytes, "report.pdf")).rejects.toMatchObject({ code, message: expect.stringContaining(message) });
    expect(await countRows()).toBe(0);
    expect(await listFiles()).toEqual([]);
    expect(await countAudit(nomination.id, "annex.uploaded")).toEqual([]);
  });

  it("refuses a file over 10 MB with TOO_LARGE (413) and keeps nothing, while exactly 10 MB passes", async () => {
    const { listFiles, upload, countRows } = await setUp();
    const atLimit = new Uint8Array(MAX_ANNEX_BYTES).fill(0x20);
    atLimit.set(encode("%PDF-1.4\n"), 0);
    atLimit.set(encode("%%EOF\n"), MAX_ANNEX_BYTES - 6);
    const overLimit = new Uint8Array(MAX_ANNEX_BYTES + 1).fill(0x20);
    overLimit.set(atLimit.subarray(0, MAX_ANNEX_BYTES - 6), 0);
    overLimit.set(encode("%%EOF\n"), MAX_ANNEX_BYTES - 5);

    await expect(upload(overLimit)).rejects.toMatchObject({ code: "TOO_LARGE", status: 413, message: expect.stringContaining("larger than 10 MB") });
    expect(await countRows()).toBe(0);
    expect(await listFiles()).toEqual([]);
    await expect(upload(atLimit)).resolves.toMatchObject({ sizeBytes: MAX_ANNEX_BYTES });
  });

  it("strips a path from the file name and never uses the name for the storage key", async () => {
    const { coordinator, dir, listFiles, upload } = await setUp();
    const first = await upload(PDF, "../../etc/passwd.pdf");
    const second = await upload(PDF, "C:\\Users\\anna\\Desktop\\..\\budget 2026.PDF");
    expect(first.fileName).toBe("passwd.pdf");
    expect(second.fileName).toBe("budget 2026.pdf");
    const stored = await getAnnexForDownload({ db: t.db, user: coordinator, annexId: first.id });
    expect(stored?.storageKey).toMatch(UUID);
    // Only the two key-named files, directly in the uploads directory: nothing was written next to or above it.
    expect((await listFiles()).sort()).toHaveLength(2);
    for (const name of await listFiles()) expect(name).toMatch(UUID);
    expect(await readdir(path.dirname(dir))).not.toContain("passwd.pdf");
  });

  it(`refuses a ${MAX_ANNEXES_PER_NOMINATION + 1}th file, even when many uploads arrive at once`, async () => {
    const { listFiles, upload, countRows } = await setUp();
    const attempts = MAX_ANNEXES_PER_NOMINATION * 2;
    const results = await Promise.allSettled(Array.from({ length: attempts }, (_, i) => upload(PDF, `annex ${i}.pdf`)));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(MAX_ANNEXES_PER_NOMINATION);
    for (const refused of results.filter((r): r is PromiseRejectedResult => r.status === "rejected")) {
      expect(refused.reason).toMatchObject({ code: "CONFLICT", message: expect.stringContaining(`already has ${MAX_ANNEXES_PER_NOMINATION} annexes`) });
    }
    await expect(upload(PDF, "one more.pdf")).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await countRows()).toBe(MAX_ANNEXES_PER_NOMINATION);
    expect(await listFiles()).toHaveLength(MAX_ANNEXES_PER_NOMINATION);
  });

  it("refuses another country's coordinator as not found and removes the file it had stored", async () => {
    const { listFiles, upload, countRows } = await setUp();
    const dutch = await createUser(t.db, [{ role: "coordinator", countryCode: "NL" }]);
    await expect(upload(PDF, "a.pdf", dutch)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await countRows()).toBe(0);
    expect(await listFiles()).toEqual([]);
  });

  it("keeps no row when the file cannot be stored", async () => {
    const { coordinator, nomination, countRows, dir } = await setUp();
    // A regular file where the uploads directory should be: a real disk failure, no mock.
    const blocked = path.join(dir, "not-a-directory");
    await writeFile(blocked, "");
    const broken = new LocalDiskStorage(blocked);
    await expect(createAnnex({ db: t.db, storage: broken, user: coordinator, nominationId: nomination.id, fileName: "a.pdf", bytes: PDF })).rejects.toThrow();
    expect(await countRows()).toBe(0);
  });

  it("refuses uploads after the deadline by the database clock and once the dossier is submitted", async () => {
    const { edition, nomination, listFiles, upload, countRows } = await setUp();
    await t.db.update(editions).set({ submissionDeadline: sql`now() - interval '1 second'` }).where(eq(editions.id, edition.id));
    await expect(upload(PDF)).rejects.toMatchObject({ code: "DEADLINE_PASSED" });
    await t.db.update(editions).set({ submissionDeadline: sql`now() + interval '1 hour'` }).where(eq(editions.id, edition.id));
    await t.db.update(nominations).set({ state: "submitted", submittedAt: sql`now()` }).where(eq(nominations.id, nomination.id));
    await expect(upload(PDF)).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("submitted") });
    expect(await countRows()).toBe(0);
    expect(await listFiles()).toEqual([]);
  });

  it("deletes an annex of an editable draft with its file and an audit entry; others get not found, a submitted dossier a conflict", async () => {
    const { coordinator, nomination, storage, listFiles, upload, countRows } = await setUp();
    const kept = await upload(PDF, "kept.pdf");
    const removed = await upload(PDF, "removed.pdf");
    const dutch = await createUser(t.db, [{ role: "coordinator", countryCode: "NL" }]);
    await expect(deleteAnnex({ db: t.db, storage, user: dutch, annexId: removed.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(deleteAnnex({ db: t.db, storage, user: coordinator, annexId: "not-a-uuid" })).rejects.toMatchObject({ code: "NOT_FOUND" });

    await deleteAnnex({ db: t.db, storage, user: coordinator, annexId: removed.id });
    expect(await countRows()).toBe(1);
    expect(await listFiles()).toHaveLength(1);
    expect(await countAudit(nomination.id, "annex.deleted")).toHaveLength(1);
    await expect(deleteAnnex({ db: t.db, storage, user: coordinator, annexId: removed.id })).rejects.toMatchObject({ code: "NOT_FOUND" });

    await t.db.update(nominations).set({ state: "submitted", submittedAt: sql`now()` }).where(eq(nominations.id, nomination.id));
    await expect(deleteAnnex({ db: t.db, storage, user: coordinator, annexId: kept.id })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await countRows()).toBe(1);
    expect(await listFiles()).toHaveLength(1);
  });

  it("shows annexes to the dossier's coordinators, the admin and allowed jurors only", async () => {
    const { edition, coordinator, nomination, upload } = await setUp("BE");
    const annex = await upload(PDF, "for the record.pdf");
    const dutchCoordinator = await createUser(t.db, [{ role: "coordinator", countryCode: "NL" }]);
    const admin = await createUser(t.db, [{ role: "admin" }]);
    const belgianJuror = await createUser(t.db, [{ role: "juror", countryCode: "BE", editionId: edition.id }]);
    const germanJuror = await createUser(t.db, [{ role: "juror", countryCode: "DE", editionId: edition.id }]);
    const conflictedJuror = await createUser(t.db, [{ role: "juror", countryCode: "FR", editionId: edition.id }]);
    const unassignedJuror = await createUser(t.db, [{ role: "juror", countryCode: "IT", editionId: edition.id }]);
    // Even an assignment does not open a dossier to a juror of its own country or one with a conflict.
    await t.db.insert(assignments).values(
      [belgianJuror, germanJuror, conflictedJuror].map((juror) => ({ editionId: edition.id, jurorUserId: juror.id, nominationId: nomination.id })),
    );
    await t.db.insert(conflicts).values({ editionId: edition.id, jurorUserId: conflictedJuror.id, nominationId: nomination.id, source: "declared" });

    const canList = async (user: SessionUser) => (await listAnnexes({ db: t.db, user, nominationId: nomination.id })) !== undefined;
    const canDownload = async (user: SessionUser) => (await getAnnexForDownload({ db: t.db, user, annexId: annex.id })) !== undefined;

    // While nominations are open, jurors see nothing yet.
    for (const user of [coordinator, admin]) expect([await canList(user), await canDownload(user)]).toEqual([true, true]);
    for (const user of [dutchCoordinator, belgianJuror, germanJuror]) expect([await canList(user), await canDownload(user)]).toEqual([false, false]);

    await t.db.update(nominations).set({ state: "accepted", submittedAt: sql`now()` }).where(eq(nominations.id, nomination.id));
    await t.db.update(editions).set({ phase: "jury_scoring" }).where(eq(editions.id, edition.id));
    for (const user of [coordinator, admin, germanJuror]) expect([await canList(user), await canDownload(user)]).toEqual([true, true]);
    for (const user of [dutchCoordinator, belgianJuror, conflictedJuror, unassignedJuror]) expect([await canList(user), await canDownload(user)]).toEqual([false, false]);
    expect(await getAnnexForDownload({ db: t.db, user: germanJuror, annexId: "../../etc/passwd" })).toBeUndefined();
  });

  it("reads back exactly the stored bytes and answers null for an unknown key", async () => {
    const { storage } = await createStorage();
    await storage.put("0b8f4a52-5f4c-4c0e-9d1e-2a7f2f6d9a11", PDF);
    expect(await readStream((await storage.get("0b8f4a52-5f4c-4c0e-9d1e-2a7f2f6d9a11"))!)).toEqual(Buffer.from(PDF));
    expect(await storage.get("5d1c3a0e-0000-4000-8000-000000000000")).toBeNull();
    await expect(storage.put("0b8f4a52-5f4c-4c0e-9d1e-2a7f2f6d9a11", PDF)).rejects.toThrow();
    await expect(storage.put("../escape", PDF)).rejects.toThrow(/Invalid storage key/);
    await storage.delete("0b8f4a52-5f4c-4c0e-9d1e-2a7f2f6d9a11");
    await storage.delete("0b8f4a52-5f4c-4c0e-9d1e-2a7f2f6d9a11");
    expect(await storage.get("0b8f4a52-5f4c-4c0e-9d1e-2a7f2f6d9a11")).toBeNull();
  });
});
