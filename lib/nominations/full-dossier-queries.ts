import { and, asc, eq, isNull, or } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { auditEvents, countries, editions, memberships, nominations, users, type EditionPhase } from "../../db/schema";
import { authorize } from "../access/policy";
import type { SessionUser } from "../auth/session-user";
import { describeDossierHistory, ENGLISH_HISTORY_WORDS, type HistoryWords } from "../domain/dossier-history";
import { AppError } from "../errors";
import { ELIGIBILITY_REASON_LABELS } from "../validation/eligibility";
import { dossierColumns, updater, UUID_PATTERN } from "./queries";

interface ReadRequest {
  db: Executor;
  viewer: SessionUser;
  edition: { id: number; phase: EditionPhase };
}

/** The reading desk is the secretariat's: anyone else is refused before anything is read. */
function assertMayReadFull({ viewer, edition }: Pick<ReadRequest, "viewer" | "edition">) {
  const decision = authorize(viewer, "nomination.read-full", { edition });
  if (!decision.ok) throw new AppError(decision.code, decision.reason);
}

/** One dossier of the edition in full (contact person included), or undefined when the edition has no such dossier. */
export async function getFullDossier({ db, viewer, edition, id }: ReadRequest & { id: string }) {
  assertMayReadFull({ viewer, edition });
  if (!UUID_PATTERN.test(id)) return undefined;
  const [row] = await db
    .select({ ...dossierColumns, createdAt: nominations.createdAt })
    .from(nominations)
    .innerJoin(editions, eq(editions.id, nominations.editionId))
    .innerJoin(countries, eq(countries.code, nominations.countryCode))
    .leftJoin(updater, eq(updater.id, nominations.updatedBy))
    .where(and(eq(nominations.id, id), eq(nominations.editionId, edition.id)));
  return row;
}

export type FullDossier = NonNullable<Awaited<ReturnType<typeof getFullDossier>>>;

/** The coordinators of the dossier's country for this edition (standing ones included), by name. */
export async function listDossierCoordinators({ db, viewer, edition, countryCode }: ReadRequest & { countryCode: string }) {
  assertMayReadFull({ viewer, edition });
  return db
    .selectDistinct({ id: users.id, name: users.name, email: users.email, isActive: users.isActive })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.role, "coordinator"),
        eq(memberships.countryCode, countryCode),
        or(isNull(memberships.editionId), eq(memberships.editionId, edition.id)),
      ),
    )
    .orderBy(asc(users.name), asc(users.id));
}

/** The history of the dossier's states from the audit trail, oldest first, told in words. */
export async function listDossierHistory({ db, viewer, edition, nominationId, words }: ReadRequest & { nominationId: string; words?: HistoryWords }) {
  assertMayReadFull({ viewer, edition });
  const entries = await db
    .select({ id: auditEvents.id, at: auditEvents.at, action: auditEvents.action, data: auditEvents.data, actorName: users.name })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorUserId))
    .where(and(eq(auditEvents.entityType, "nomination"), eq(auditEvents.entityId, nominationId)))
    .orderBy(asc(auditEvents.at), asc(auditEvents.id));
  return describeDossierHistory(entries, words ?? { ...ENGLISH_HISTORY_WORDS, reasons: ELIGIBILITY_REASON_LABELS });
}
