import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openConnection, type Connection, type Engine } from "@/db/client";
import { annexes, scores } from "@/db/schema";
import { createBackup } from "@/lib/backup/create-backup";
import type { BackupManifest } from "@/lib/backup/manifest";
import { restoreBackup, type RestoreTarget } from "@/lib/backup/restore-backup";
import { readStoredFile, sha256Hex } from "@/lib/backup/stored-files";
import { compareFingerprints, getDatabaseFingerprint, type DatabaseFingerprint } from "@/lib/backup/table-checksums";
import { LocalDiskStorage } from "@/lib/storage/local-disk-storage";
import { insertSheet, setUpScoringEdition } from "../fixtures/jury";
import { createServerDatabase, getTestEngines, openTestDatabase } from "../helpers/db";

const pdf = (text: string) => new TextEncoder().encode(`%PDF-1.4\n% ${text}\ntrailer << >>\n%%EOF\n`);

/** A small edition in jury scoring: three dossiers, two jurors' submitted sheets, the phase moves' audit rows, two annexes. */
async function seedEdition(connection: Connection, storage: LocalDiskStorage) {
  const { db } = connection;
  const { edition, admin, jurors, dossiers } = await setUpScoringEdition(db, { jurors: ["IT", "GR"], dossiers: ["DK", "FR", "RO"] });
  for (const juror of Object.values(jurors)) {
    for (const nominationId of Object.values(dossiers)) await insertSheet(db, { editionId: edition.id, nominationId, jurorUserId: juror.id, state: "submitted", value: 8 });
  }
  for (const [country, text] of [["DK", "the evaluation report"], ["FR", "the shelter network's charter"]] as const) {
    const bytes = pdf(text);
    const storageKey = crypto.randomUUID();
    await storage.put(storageKey, bytes);
    await db.insert(annexes).values({ nominationId: dossiers[country]!, storageKey, fileName: `${country}.pdf`, sizeBytes: bytes.length, sha256: sha256Hex(bytes), uploadedBy: admin.id });
  }
}

for (const engine of getTestEngines()) {
  describe(`backup and restore [${engine}]`, () => {
    let source: Awaited<ReturnType<typeof openTestDatabase>>;
    let workDir: string;
    let backupDir: string;
    let manifest: BackupManifest;
    let original: DatabaseFingerprint;
    const cleanups: (() => Promise<void>)[] = [];

    /** A new, empty database to restore into, and the storage its annexes go to. */
    async function createTarget(name: string): Promise<{ target: RestoreTarget; storage: LocalDiskStorage }> {
      const storage = new LocalDiskStorage(path.join(workDir, `${name}-uploads`));
      if (engine === "pglite") return { target: { engine, dataDir: path.join(workDir, name) }, storage };
      const server = await createServerDatabase("palmares_backup_restore");
      cleanups.push(server.drop);
      return { target: { engine, url: server.url }, storage };
    }

    const openTarget = (target: RestoreTarget) => (target.engine === "postgres" ? openConnection({ url: target.url, max: 1 }) : openConnection({ dataDir: target.dataDir }));

    beforeAll(async () => {
      workDir = await mkdtemp(path.join(tmpdir(), "palmares-backup-restore-"));
      source = await openTestDatabase(engine as Engine);
      const storage = new LocalDiskStorage(path.join(workDir, "source-uploads"));
      await seedEdition(source.connection, storage);
      ({ dir: backupDir, manifest } = await createBackup({ connection: source.connection, databaseUrl: source.url, storage, dir: path.join(workDir, "backup") }));
      original = await getDatabaseFingerprint(source.connection.db);
    });

    afterAll(async () => {
      await source?.dispose();
      for (const cleanup of cleanups) await cleanup();
      await rm(workDir, { recursive: true, force: true });
    });

    it("records every table's rows and checksum, the migration level and both annexes' hashes", () => {
      expect(manifest.engine).toBe(engine);
      expect(manifest.tables).toEqual(original.tables);
      expect(manifest.tables["public.nominations"]!.rows).toBe(3);
      expect(manifest.tables["public.score_sheets"]!.rows).toBe(6);
      expect(manifest.tables["public.scores"]!.rows).toBeGreaterThanOrEqual(30);
      expect(manifest.tables["public.audit_events"]!.rows).toBeGreaterThan(0);
      expect(manifest.migrations.applied).toBe(manifest.tables["drizzle.__drizzle_migrations"]!.rows);
      expect(manifest.annexes).toHaveLength(2);
    });

    let restored: { target: RestoreTarget; storage: LocalDiskStorage } | undefined;

    it("restores into a fresh database with the same rows, checksums and annexes", async () => {
      restored = await createTarget("restored");
      const report = await restoreBackup({ backupDir, ...restored });
      expect(report.problems).toEqual([]);
      const connection = openTarget(restored.target);
      try {
        const copy = await getDatabaseFingerprint(connection.db);
        expect(copy.tables).toEqual(original.tables);
        expect(compareFingerprints(original, copy)).toEqual([]);
        const rows = await connection.db.select({ storageKey: annexes.storageKey, sha256: annexes.sha256 }).from(annexes);
        expect(rows).toHaveLength(2);
        for (const row of rows) expect(sha256Hex((await readStoredFile(restored.storage, row.storageKey))!)).toBe(row.sha256);
        // A row changed after the restore, keeping the row count, shows as a checksum mismatch on its table alone.
        const [score] = await connection.db.select({ sheetId: scores.sheetId, criterionId: scores.criterionId }).from(scores).limit(1);
        await connection.db.update(scores).set({ comment: "Changed after the backup" }).where(and(eq(scores.sheetId, score!.sheetId), eq(scores.criterionId, score!.criterionId)));
        expect(compareFingerprints(manifest, await getDatabaseFingerprint(connection.db))).toEqual([
          expect.stringMatching(/^table public\.scores has \d+ rows as in the backup, but their checksum differs$/),
        ]);
      } finally {
        await connection.close();
      }
    });

    it("refuses a database that is not empty unless forced, and with force replaces it", async () => {
      await expect(restoreBackup({ backupDir, ...restored! })).rejects.toThrow(/is not empty .*pass --force/);
      const report = await restoreBackup({ backupDir, ...restored!, force: true });
      expect(report.problems).toEqual([]);
    });

    it("reports an annex changed by one byte, and does not put it in storage, and a table whose rows differ from the manifest", async () => {
      const tampered = path.join(workDir, "tampered");
      await cp(backupDir, tampered, { recursive: true });
      const file = path.join(tampered, manifest.annexes[0]!.file);
      const bytes = await readFile(file);
      bytes[10] = bytes[10]! ^ 1;
      await writeFile(file, bytes);
      // The dump's rows are what they were; the manifest now records other ones, as if a row had changed in between.
      const edited = structuredClone(manifest);
      edited.tables["public.nominations"]!.md5 = "0".repeat(32);
      await writeFile(path.join(tampered, "manifest.json"), JSON.stringify(edited));
      const { target, storage } = await createTarget("tampered");
      const report = await restoreBackup({ backupDir: tampered, target, storage });
      expect(report.problems).toEqual([
        "table public.nominations has 3 rows as in the backup, but their checksum differs",
        `annex ${manifest.annexes[0]!.id}: ${manifest.annexes[0]!.file} does not match its stored SHA-256 (not written to storage)`,
      ]);
      expect(await storage.get(manifest.annexes[0]!.storageKey)).toBeNull();
      expect(await storage.get(manifest.annexes[1]!.storageKey)).not.toBeNull();
    });

    it("refuses a damaged database dump before touching the target", async () => {
      const damaged = path.join(workDir, "damaged");
      await cp(backupDir, damaged, { recursive: true });
      const file = path.join(damaged, manifest.database.file);
      const bytes = await readFile(file);
      bytes[bytes.length - 1] = bytes[bytes.length - 1]! ^ 1;
      await writeFile(file, bytes);
      const { target, storage } = await createTarget("damaged");
      await expect(restoreBackup({ backupDir: damaged, target, storage })).rejects.toThrow(/does not match its SHA-256 in the manifest: the backup is damaged, nothing was restored/);
    });

    it("fails a backup when an annex the database names is missing from storage", async () => {
      const emptyStorage = new LocalDiskStorage(path.join(workDir, "no-uploads"));
      const dir = path.join(workDir, "incomplete");
      await expect(createBackup({ connection: source.connection, databaseUrl: source.url, storage: emptyStorage, dir })).rejects.toThrow(/is missing from storage/);
      await expect(readFile(path.join(dir, "manifest.json"))).rejects.toThrow();
      await expect(readFile(path.join(`${dir}.partial`, "manifest.json"))).rejects.toThrow();
    });
  });
}
