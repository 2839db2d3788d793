import { and, eq, isNotNull, sql } from "drizzle-orm";
import type { Executor, Transaction } from "../../db/client";
import { awards, editions } from "../../db/schema";
import { can } from "../access/policy";
import type { SessionUser } from "../auth/session-user";
import { AppError } from "../errors";
import { logUnexpectedError } from "../log";
import { advanceEditionPhase, applyPhaseMove } from "../editions/admin-editions";
import { recordAudit } from "../kernel/audit";

/**
 * The three ways results go public: at the winner's reveal in the live show (publishAtReveal), at the embargo
 * time the secretariat scheduled (publishDueEditions, run lazily before public reads), or by the manual phase
 * move on the ranking page. All three make the same state change, through the phase transition's own code.
 */

// Uncorrelated on purpose: drizzle leaves columns unqualified in one-table queries, so a correlated subquery could bind "id" to awards.
const hasWinner = sql<boolean>`${editions.id} in (select ${awards.editionId} from ${awards} where ${awards.rank} = 1)`;

/** An edition waiting in deliberation whose embargo has passed by the database clock, with a winner to publish. */
const isDue = and(eq(editions.phase, "deliberation"), isNotNull(editions.embargoAt), sql`${editions.embargoAt} <= now()`, hasWinner);

/**
 * Publishes every edition whose embargo time has passed, as the secretariat scheduled; returns their years.
 * Idempotent: two requests at once publish an edition once, the second finds it published under the row lock.
 */
export async function publishDueEditions({ db }: { db: Executor }): Promise<number[]> {
  const due = await db.select({ id: editions.id }).from(editions).where(isDue);
  const years: number[] = [];
  for (const { id } of due) {
    try {
      const year = await publishAtEmbargo({ db, editionId: id });
      if (year !== null) years.push(year);
    } catch (error) {
      // A public page must still answer: the edition stays unpublished, and the ceremony page shows the embargo passed.
      logUnexpectedError(`the scheduled publication of edition ${id}`, error);
    }
  }
  return years;
}

async function publishAtEmbargo({ db, editionId }: { db: Executor; editionId: number }): Promise<number | null> {
  return db.transaction(async (tx) => {
    const [edition] = await tx
      .select({ year: editions.year, phase: editions.phase, version: editions.version, embargoAt: editions.embargoAt })
      .from(editions)
      .where(and(eq(editions.id, editionId), isDue))
      .for("update");
    // Another request may have published it while this one waited for the lock.
    if (!edition) return null;
    await applyPhaseMove(tx, {
      editionId,
      from: "deliberation",
      to: "published",
      version: edition.version,
      actorId: null,
      auditData: { trigger: "embargo", embargoAt: edition.embargoAt?.toISOString() },
    });
    return edition.year;
  });
}

/**
 * Publishes the edition at the winner's reveal, inside the ceremony step's own transaction, through the phase
 * transition (its rights check, guard and writes). Returns false when the edition was already published.
 */
export async function publishAtReveal({ tx, actor, editionId }: { tx: Transaction; actor: SessionUser; editionId: number }) {
  const [edition] = await tx
    .select({ phase: editions.phase, version: editions.version })
    .from(editions)
    .where(eq(editions.id, editionId))
    .for("update");
  if (!edition) throw new AppError("NOT_FOUND", "This edition does not exist.");
  if (edition.phase === "published") return false;
  await advanceEditionPhase({ db: tx, actor, editionId, from: edition.phase, to: "published", version: edition.version });
  return true;
}

/** The edition's scheduled publication, with whether its time has passed by the database clock. */
export async function getEmbargo({ db, editionId }: { db: Executor; editionId: number }) {
  const [row] = await db
    .select({
      embargoAt: editions.embargoAt,
      isPassed: sql<boolean>`coalesce(${editions.embargoAt} <= now(), false)`,
      hasWinner,
    })
    .from(editions)
    .where(eq(editions.id, editionId));
  if (!row) return undefined;
  return { embargoAt: row.embargoAt, isPassed: Boolean(row.isPassed), hasWinner: Boolean(row.hasWinner) };
}

/**
 * Schedules (or with null, cancels) the automatic publication of an unpublished edition, with its audit entry.
 * The time must lie ahead by the database clock; the edition's version guards against a stale page.
 */
export async function setEmbargo({
  db,
  actor,
  editionId,
  embargoAt,
  version,
}: {
  db: Executor;
  actor: SessionUser;
  editionId: number;
  embargoAt: Date | null;
  version: number;
}) {
  return db.transaction(async (tx) => {
    const [edition] = await tx
      .select({
        id: editions.id,
        phase: editions.phase,
        version: editions.version,
        isFuture: embargoAt ? sql<boolean>`${embargoAt.toISOString()}::timestamptz > now()` : sql<boolean>`true`,
      })
      .from(editions)
      .where(eq(editions.id, editionId))
      .for("update");
    if (!edition) throw new AppError("NOT_FOUND", "This edition does not exist.");
    if (!can(actor, "edition.manage", { edition })) throw new AppError("FORBIDDEN", "Only the secretariat can schedule the publication.");
    if (edition.phase === "published") throw new AppError("CONFLICT", "The results are already published.");
    if (edition.version !== version) {
      throw new AppError("CONFLICT", "Someone else changed this edition meanwhile. Reload the page and try again.");
    }
    if (embargoAt && !edition.isFuture) {
      throw new AppError("INVALID", "Choose a time that is still ahead.", { embargoAt: ["The publication time must lie in the future."] });
    }
    const [updated] = await tx
      .update(editions)
      .set({ embargoAt, version: sql`${editions.version} + 1` })
      .where(and(eq(editions.id, editionId), eq(editions.version, version)))
      .returning({ version: editions.version, embargoAt: editions.embargoAt });
    if (!updated) throw new AppError("CONFLICT", "Someone else changed this edition meanwhile. Reload the page and try again.");
    await recordAudit(tx, {
      actorUserId: actor.id,
      editionId,
      action: embargoAt ? "edition.embargo_set" : "edition.embargo_cleared",
      entityType: "edition",
      entityId: editionId,
      data: { embargoAt: embargoAt?.toISOString() ?? null, version: updated.version },
    });
    return updated;
  });
}
