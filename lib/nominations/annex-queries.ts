import { asc, eq } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { annexes, editions, nominations, users } from "../../db/schema";
import { can } from "../access/policy";
import type { SessionUser } from "../auth/session-user";
import { getDossierForJuror } from "../jury/dossiers";
import { getNominationForCoordinator, UUID_PATTERN } from "./queries";
import { toAccessResource } from "./submission-window";

export const ANNEX_NOT_FOUND_MESSAGE = "This annex does not exist or you may not see it.";

export const annexSummaryColumns = {
  id: annexes.id,
  fileName: annexes.fileName,
  sizeBytes: annexes.sizeBytes,
  uploadedAt: annexes.uploadedAt,
};

export type AnnexSummary = NonNullable<Awaited<ReturnType<typeof listAnnexes>>>[number];

/**
 * Whether the user may see the dossier, by the same lookups its pages use: the admin, the dossier's own
 * coordinators, and jurors allowed by getDossierForJuror (accepted competing, other country, no conflict, jury phase).
 */
async function isNominationVisible({ db, user, nominationId }: { db: Executor; user: SessionUser; nominationId: string }) {
  if (!user.isActive || !UUID_PATTERN.test(nominationId)) return false;
  if (user.isAdmin) {
    const [row] = await db
      .select({ editionId: editions.id, phase: editions.phase, countryCode: nominations.countryCode, kind: nominations.kind, state: nominations.state })
      .from(nominations)
      .innerJoin(editions, eq(editions.id, nominations.editionId))
      .where(eq(nominations.id, nominationId));
    if (row && can(user, "nomination.view", toAccessResource(row, row))) return true;
  }
  const own = await getNominationForCoordinator({ db, id: nominationId, user });
  if (own && own.phase !== "draft" && can(user, "nomination.view", toAccessResource(own, own))) return true;
  const juried = await getDossierForJuror({ db, nominationId, user });
  // Conflicts are already excluded by getDossierForJuror's WHERE clause.
  return juried !== undefined && can(user, "nomination.view", toAccessResource({ editionId: juried.editionId, phase: juried.edition.phase }, juried));
}

/** The dossier's annexes, oldest first, or undefined when the user may not see the dossier. */
export async function listAnnexes({ db, user, nominationId }: { db: Executor; user: SessionUser; nominationId: string }) {
  if (!(await isNominationVisible({ db, user, nominationId }))) return undefined;
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
  if (!annex || !(await isNominationVisible({ db, user, nominationId: annex.nominationId }))) return undefined;
  return annex;
}

