import { and, eq, sql } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { awards, editions, frozenResults } from "../../db/schema";
import { authorize } from "../access/policy";
import type { SessionUser } from "../auth/session-user";
import { parseLocalDateTime, zonedLocalToUtc } from "../domain/edition-time";
import { AppError } from "../errors";
import { msg } from "../i18n/server-text";
import { EMBARGO_FORMAT_MESSAGE } from "../validation/embargo";
import { applyPhaseMove } from "../editions/phase-move";
import { cancelJob, enqueueJob } from "../jobs/queue";
import { JOB_KINDS, getEditionJobKey } from "../jobs/kinds";
import { runEditionCommand, type EditionCommandContext } from "../kernel/edition-command";
import { invalidatePublicResults } from "./public-invalidation";

/**
 * The three ways results go public: at the winner's reveal in the live show (publishAtReveal), by the job runner
 * at the embargo time the secretariat scheduled (publishAtEmbargo), or by the manual phase move on the ranking
 * page. All three need the sealed result (the rule edition.publish) and make the same state change.
 */

// Uncorrelated on purpose: drizzle leaves columns unqualified in one-table queries, so a correlated subquery could bind "id" to awards.
const hasWinner = sql<boolean>`${editions.id} in (select ${awards.editionId} from ${awards} where ${awards.rank} = 1)`;

/** Publishes inside a command that holds the edition's lock, after the rule edition.publish allowed it. */
async function publishWithin({ tx, edition, actorId }: EditionCommandContext, auditData: Record<string, unknown>) {
  await applyPhaseMove(tx, { editionId: edition.id, from: "deliberation", to: "published", version: edition.version, actorId, auditData });
}

/**
 * The scheduled publication, run by the job runner as "system": publishes the edition if its embargo is still the
 * one the job was scheduled for and the result is sealed. An edition published meanwhile is left as it is.
 */
export async function publishAtEmbargo({ db, editionId, embargoAt }: { db: Executor; editionId: number; embargoAt: string }) {
  const [row] = await db.select({ phase: editions.phase }).from(editions).where(eq(editions.id, editionId));
  if (!row || row.phase === "published") return { isPublished: false };
  const result = await runEditionCommand({ db, actor: "system", editionId, action: "edition.publish" }, async (context) => {
    const [current] = await context.tx.select({ embargoAt: editions.embargoAt }).from(editions).where(eq(editions.id, editionId));
    // The secretariat moved or cleared the embargo after this job was queued: its replacement decides.
    if (current?.embargoAt?.toISOString() !== embargoAt) return { isPublished: false };
    await publishWithin(context, { trigger: "embargo", embargoAt });
    return { isPublished: true };
  });
  // Committed: the public pages show the results from the next request on.
  if (result.isPublished) await invalidatePublicResults();
  return result;
}

/**
 * Publishes the edition at the winner's reveal, inside the ceremony step's own command, when the rule
 * edition.publish allows it (a sealed result). Returns false when the edition was already published. The caller
 * clears the public cache once its command has committed (invalidatePublicResults).
 */
export async function publishAtReveal(context: EditionCommandContext): Promise<boolean> {
  const { actor, edition } = context;
  if (edition.phase === "published") return false;
  const decision = authorize(actor, "edition.publish", { edition });
  if (!decision.ok) throw new AppError(decision.code, decision.reason);
  await publishWithin(context, { trigger: "ceremony" });
  return true;
}

/** The edition's scheduled publication, with whether its time has passed by the database clock and what it waits for. */
export async function getEmbargo({ db, editionId }: { db: Executor; editionId: number }) {
  const [row] = await db
    .select({
      embargoAt: editions.embargoAt,
      isPassed: sql<boolean>`coalesce(${editions.embargoAt} <= now(), false)`,
      hasWinner,
      isFrozen: sql<boolean>`${editions.id} in (select ${frozenResults.editionId} from ${frozenResults})`,
    })
    .from(editions)
    .where(eq(editions.id, editionId));
  if (!row) return undefined;
  return { embargoAt: row.embargoAt, isPassed: Boolean(row.isPassed), hasWinner: Boolean(row.hasWinner), isFrozen: Boolean(row.isFrozen) };
}

/**
 * Schedules (or with null, cancels) the automatic publication of an unpublished edition, with its audit entry and
 * the publication job at that time (replacing the one scheduled before). The time must lie ahead by the database
 * clock; the edition's version guards against a stale page.
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
  /** A moment, or the wall-clock time "2026-12-04T19:30" in the edition's zone as the form sends it; null cancels. */
  embargoAt: Date | string | null;
  version: number;
}) {
  return runEditionCommand({ db, actor, editionId, action: "publication.schedule" }, async ({ tx, edition, audit }) => {
    if (edition.version !== version) {
      throw new AppError("CONFLICT", "Someone else changed this edition meanwhile. Reload the page and try again.");
    }
    const local = typeof embargoAt === "string" ? parseLocalDateTime(embargoAt) : undefined;
    if (typeof embargoAt === "string" && !local) throw new AppError("INVALID", EMBARGO_FORMAT_MESSAGE, { embargoAt: [EMBARGO_FORMAT_MESSAGE] });
    const moment = local ? zonedLocalToUtc(local, edition.timeZone) : (embargoAt as Date | null);
    if (moment) {
      const [clock] = await tx.select({ isFuture: sql<boolean>`${moment.toISOString()}::timestamptz > now()` }).from(editions).limit(1);
      if (!clock?.isFuture) {
        throw new AppError("INVALID", "Choose a time that is still ahead.", { embargoAt: [msg("The publication time must lie in the future.")] });
      }
    }
    const [updated] = await tx
      .update(editions)
      .set({ embargoAt: moment, version: sql`${editions.version} + 1` })
      .where(and(eq(editions.id, editionId), eq(editions.version, version)))
      .returning({ version: editions.version, embargoAt: editions.embargoAt });
    if (!updated) throw new AppError("CONFLICT", "Someone else changed this edition meanwhile. Reload the page and try again.");
    const job = { db: tx, kind: JOB_KINDS.publication, key: getEditionJobKey(editionId) };
    if (updated.embargoAt) {
      await enqueueJob({ ...job, runAt: updated.embargoAt, payload: { editionId, embargoAt: updated.embargoAt.toISOString() }, maxAttempts: 10 });
    } else {
      await cancelJob(job);
    }
    await audit({
      action: moment ? "edition.embargo_set" : "edition.embargo_cleared",
      entity: "edition",
      id: editionId,
      data: { embargoAt: updated.embargoAt?.toISOString() ?? null, version: updated.version },
    });
    return updated;
  });
}
