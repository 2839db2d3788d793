import { and, eq } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { editions, frozenResults } from "../../db/schema";
import { splitSealedSnapshot } from "../domain/sealed-parts";

/** The two fingerprints of a seal: stored since the split, computed from the snapshot for a seal made before it. */
export function getPartFingerprints(row: { snapshot: unknown; publicFingerprint: string | null; privateFingerprint: string | null }) {
  if (row.publicFingerprint !== null && row.privateFingerprint !== null) {
    return { publicFingerprint: row.publicFingerprint, privateFingerprint: row.privateFingerprint };
  }
  const { publicFingerprint, privateFingerprint } = splitSealedSnapshot(row.snapshot);
  return { publicFingerprint, privateFingerprint };
}

/** The seal of a published edition, as the public sees it: both fingerprints, never a score. */
export interface PublishedSeal {
  publicFingerprint: string;
  privateFingerprint: string;
  sealedAt: Date;
}

function whereSealedAndPublished(year: number) {
  return and(eq(editions.year, year), eq(editions.phase, "published"));
}

/**
 * The fingerprints of a published edition's seal, or null when the edition is unpublished, unknown or was published
 * without a seal. The snapshot is read only for a seal made before the split, whose fingerprints were not stored.
 */
export async function getPublishedSeal({ db, year }: { db: Executor; year: number }): Promise<PublishedSeal | null> {
  const [row] = await db
    .select({ editionId: frozenResults.editionId, publicFingerprint: frozenResults.publicFingerprint, privateFingerprint: frozenResults.privateFingerprint, sealedAt: frozenResults.frozenAt })
    .from(frozenResults)
    .innerJoin(editions, eq(editions.id, frozenResults.editionId))
    .where(whereSealedAndPublished(year));
  if (!row) return null;
  if (row.publicFingerprint !== null && row.privateFingerprint !== null) {
    return { publicFingerprint: row.publicFingerprint, privateFingerprint: row.privateFingerprint, sealedAt: row.sealedAt };
  }
  const [stored] = await db.select({ snapshot: frozenResults.snapshot }).from(frozenResults).where(eq(frozenResults.editionId, row.editionId));
  if (!stored) return null;
  return { ...getPartFingerprints({ snapshot: stored.snapshot, publicFingerprint: null, privateFingerprint: null }), sealedAt: row.sealedAt };
}

/**
 * The public part of a published edition's seal as canonical JSON text (the exact bytes its fingerprint is the
 * SHA-256 of), with that fingerprint; null when there is none to publish. The private part is split off here and
 * dropped: it never leaves this function.
 */
export async function getPublishedSnapshot({ db, year }: { db: Executor; year: number }) {
  const [row] = await db
    .select({ snapshot: frozenResults.snapshot, publicFingerprint: frozenResults.publicFingerprint })
    .from(frozenResults)
    .innerJoin(editions, eq(editions.id, frozenResults.editionId))
    .where(whereSealedAndPublished(year));
  if (!row) return null;
  const { publicPart, publicFingerprint } = splitSealedSnapshot(row.snapshot);
  // The stored fingerprint is the published one: a snapshot altered since would no longer give it, and must show.
  return { publicPart, publicFingerprint: row.publicFingerprint ?? publicFingerprint };
}
