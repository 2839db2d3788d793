import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";

export const MANIFEST_FILE = "manifest.json";
export const ANNEX_DIR = "annexes";
/** The database part of a backup: pg_dump's custom format for the server, PGlite's own data-directory tarball. */
export const DATABASE_FILES = { postgres: "database.dump", pglite: "database.tar.gz" } as const;

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, "must be a SHA-256 in lowercase hex");
const level = z.object({ applied: z.number().int().min(0), latest: z.string().nullable() });

const manifestSchema = z.object({
  format: z.literal("palmares-backup"),
  formatVersion: z.literal(1),
  appVersion: z.string(),
  createdAt: z.iso.datetime(),
  engine: z.enum(["postgres", "pglite"]),
  serverVersion: z.string(),
  database: z.object({ file: z.string(), sha256, bytes: z.number().int().positive() }),
  migrations: level,
  tables: z.record(z.string(), z.object({ rows: z.number().int().min(0), md5: z.string().regex(/^[0-9a-f]{32}$/) })),
  sequences: z.record(z.string(), z.number()),
  annexes: z.array(z.object({ id: z.string(), storageKey: z.string(), sha256, sizeBytes: z.number().int().positive(), file: z.string() })),
});

/** What a backup holds and what its restore must find again: written last, so a backup without one is incomplete. */
export type BackupManifest = z.infer<typeof manifestSchema>;

/** The backup's manifest, parsed; a missing or malformed one is refused with the reason. */
export async function readManifest(backupDir: string): Promise<BackupManifest> {
  let text: string;
  try {
    text = await readFile(path.join(backupDir, MANIFEST_FILE), "utf8");
  } catch {
    throw new Error(`${backupDir} has no ${MANIFEST_FILE}: it is not a complete Palmarès backup.`);
  }
  const result = manifestSchema.safeParse(JSON.parse(text));
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`${path.join(backupDir, MANIFEST_FILE)} is not a valid backup manifest:\n${lines.join("\n")}`);
  }
  return result.data;
}
