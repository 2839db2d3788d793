import { and, asc, eq, exists, sql } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { annexes, assignments, conflicts, editions, nominations, users } from "../../db/schema";
import { can, type AccessResource } from "../access/policy";
import type { SessionUser } from "../auth/session-user";
import { msg } from "../i18n/server-text";
import { UUID_PATTERN } from "./queries";

export const ANNEX_NOT_FOUND_MESSAGE = msg("This annex does not exist or you may not see it.");

export const annexSummaryColumns = {
  id: annexes.id,
  fileName: annexes.fileName,
  sizeBytes: annexes.sizeBytes,
  uploadedAt: annexes.uploadedAt,
};

export type AnnexSummary = NonNullable<Awaited<ReturnType<typeof listAnnexes>>>[number];

function toBoolean(value: unknown): boolean {
  return value === true || value === "t" || value === "true";
}

/**
 * The dossier as the policy's "annex.read" rule judges it for this user: its edition and phase, its country, kind
 * and state, and whether it is assigned to them and whether they hold a conflict on it (undefined: no such dossier).
 */
async function loadAnnexResource({ db, user, nominationId }: { db: Executor; user: SessionUser; nominationId: string }) {
  const isAssigned = exists(
    db.select({ one: sql`1` }).from(assignments).where(and(eq(assignments.nominationId, nominations.id), eq(assignments.jurorUserId, user.id))),
  );
  const isConflicted = exists(
    db.select({ one: sql`1` }).from(conflicts).where(and(eq(conflicts.nominationId, nominations.id), eq(conflicts.jurorUserId, user.id))),
  );
  const [row] = await db
    .select({
      editionId: editions.id,
      phase: editions.phase,
      countryCode: nominations.countryCode,
      kind: nominations.kind,
      state: nominations.state,
      isAssigned: sql<boolean>`${isAssigned}`.mapWith(toBoolean),
      isConflicted: sql<boolean>`${isConflicted}`.mapWith(toBoolean),
    })
    .from(nominations)
    .innerJoin(editions, eq(editions.id, nominations.editionId))
    .where(eq(nominations.id, nominationId));
  if (!row) return undefined;
  return {
    edition: { id: row.editionId, phase: row.phase },
    nomination: { countryCode: row.countryCode, kind: row.kind, state: row.state },
    assignedJurorIds: row.isAssigned ? [user.id] : [],
    conflictedJurorIds: row.isConflicted ? [user.id] : [],
  } satisfies AccessResource;
}

/** Whether the user may read the dossier's annexes, by the policy's "annex.read" rule. */
async function mayReadAnnexes({ db, user, nominationId }: { db: Executor; user: SessionUser; nominationId: string }) {
  if (!user.isActive || !UUID_PATTERN.test(nominationId)) return false;
  const resource = await loadAnnexResource({ db, user, nominationId });
  return resource !== undefined && can(user, "annex.read", resource);
}

/** The dossier's annexes, oldest first, or undefined when the user may not see the dossier. */
export async function listAnnexes({ db, user, nominationId }: { db: Executor; user: SessionUser; nominationId: string }) {
  if (!(await mayReadAnnexes({ db, user, nominationId }))) return undefined;
  return db
    .select({ ...annexSummaryColumns, uploadedByName: users.name })
    .from(annexes)
    .leftJoin(users, eq(users.id, annexes.uploadedBy))
    .where(eq(annexes.nominationId, nominationId))
    .orderBy(asc(annexes.uploadedAt), asc(annexes.id));
}

/** An annex's stored file and name, or undefined when it does not exist or the user may not see its dossier. */
export async function getAnnexForDownload({ db, user, annexId }: { db: Executor; user: SessionUser; annexId: string }) {
  if (!UUID_PATTERN.test(annexId)) return undefined;
  const [annex] = await db
    .select({ ...annexSummaryColumns, nominationId: annexes.nominationId, storageKey: annexes.storageKey, contentType: annexes.contentType })
    .from(annexes)
    .where(eq(annexes.id, annexId));
  if (!annex || !(await mayReadAnnexes({ db, user, nominationId: annex.nominationId }))) return undefined;
  return annex;
}

