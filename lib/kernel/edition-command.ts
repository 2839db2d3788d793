import { eq, is, SQL, sql } from "drizzle-orm";
import type { Executor, Transaction } from "../../db/client";
import { editions, frozenResults, type EditionPhase } from "../../db/schema";
import { authorize, type AccessResource, type Action, type Actor } from "../access/policy";
import { AppError } from "../errors";
import { msg } from "../i18n/server-text";
import { recordAudit } from "./audit";

/** The edition row as every command sees it, read under its lock. */
export interface LockedEdition {
  id: number;
  year: number;
  phase: EditionPhase;
  version: number;
  isFrozen: boolean;
  juryClosedAt: Date | null;
  juryDeadline: Date;
  /** The edition's zone, in which its moments are written (deadline-passed messages). */
  timeZone: string;
  /** The database's clock for this transaction, so deadlines are judged by it without another query. */
  now: Date;
}

/** What a command's audit entry says; the actor, the edition and (by default) the action are bound by the kernel. */
export interface CommandAuditEntry {
  /** Defaults to the command's action, e.g. "nomination.reopen". */
  action?: string;
  entity: string;
  id: string | number;
  data?: Record<string, unknown>;
}

export interface EditionCommandContext {
  tx: Transaction;
  actor: Actor;
  /** The acting person's id, or null for the job runner. */
  actorId: number | null;
  edition: LockedEdition;
  audit: (entry: CommandAuditEntry) => Promise<void>;
}

/** The parts of the resource beyond the edition that the command's rule reads (the dossier, assignments…). */
export type ResourceFacts = Omit<AccessResource, "edition">;

export interface EditionCommandRequest<Loaded extends ResourceFacts> {
  db: Executor;
  actor: Actor;
  /**
   * The edition, or how to find it from the command's own row: read before the lock (checked again after it), or
   * a scalar subquery the lock itself evaluates, which saves a round trip on hot commands (a juror's save).
   */
  editionId: number | SQL<number | null> | ((db: Executor) => Promise<number | undefined>);
  action: Action;
  /**
   * "update" (default) makes every other command on the edition wait; "share" lets commands that only touch their
   * own rows (a juror's sheet) run side by side while still waiting for edition-wide changes.
   */
  lock?: "update" | "share";
  /** Loads (and locks) the rows the rule needs, under the edition's lock; whatever it returns reaches the command. */
  load?: (tx: Transaction, edition: LockedEdition) => Promise<Loaded>;
  /** The message when the edition, or the row it was found from, does not exist. */
  notFound?: string;
  /**
   * Whether the wrong person is told the row is not found (with `notFound`) rather than FORBIDDEN, so a dossier
   * of another country, or not assigned to a juror, never reveals that it exists.
   */
  isHiddenWhenForbidden?: boolean;
}

const EDITION_NOT_FOUND = msg("This edition does not exist.");

/**
 * The one shape of every write to an edition: in one transaction it locks the edition row, loads the resource,
 * authorises the actor (FORBIDDEN for the wrong person, CONFLICT for the wrong moment, the frozen result or the
 * closed jury, as the policy table says), then runs the command with an audit() bound to the actor and the edition.
 */
export async function runEditionCommand<T, Loaded extends ResourceFacts = ResourceFacts>(
  request: EditionCommandRequest<Loaded>,
  command: (context: EditionCommandContext & { resource: Loaded }) => Promise<T>,
): Promise<T> {
  const { db, actor, action } = request;
  const notFound = request.notFound ?? EDITION_NOT_FOUND;
  const editionId = typeof request.editionId === "number" || is(request.editionId, SQL) ? request.editionId : await request.editionId(db);
  if (editionId === undefined) throw new AppError("NOT_FOUND", notFound);
  return db.transaction(async (tx) => {
    const edition = await lockEdition(tx, editionId, request.lock ?? "update");
    if (!edition) throw new AppError("NOT_FOUND", notFound);
    const resource = request.load ? await request.load(tx, edition) : ({} as Loaded);
    const decision = authorize(actor, action, { ...resource, edition });
    if (!decision.ok) {
      // A dossier the person may not see is not found, so its existence never leaks through a refusal.
      if (decision.code === "FORBIDDEN" && (action === "nomination.view" || request.isHiddenWhenForbidden)) {
        throw new AppError("NOT_FOUND", request.isHiddenWhenForbidden ? notFound : decision.reason);
      }
      throw new AppError(decision.code, decision.reason);
    }
    const actorId = actor === "system" ? null : actor.id;
    const audit = (entry: CommandAuditEntry) =>
      recordAudit(tx, {
        actorUserId: actorId,
        editionId: edition.id,
        action: entry.action ?? action,
        entityType: entry.entity,
        entityId: entry.id,
        data: entry.data,
      });
    return command({ tx, actor, actorId, edition, audit, resource });
  });
}

async function lockEdition(tx: Transaction, editionId: number | SQL<number | null>, mode: "update" | "share"): Promise<LockedEdition | undefined> {
  const [edition] = await tx
    .select({
      id: editions.id,
      year: editions.year,
      phase: editions.phase,
      version: editions.version,
      juryClosedAt: editions.juryClosedAt,
      juryDeadline: editions.juryDeadline,
      timeZone: editions.timeZone,
      isFrozen: sql<boolean>`exists (select 1 from ${frozenResults} where ${frozenResults.editionId} = ${editions.id})`,
      now: sql<Date>`now()`.mapWith(editions.juryDeadline),
    })
    .from(editions)
    .where(eq(editions.id, typeof editionId === "number" ? editionId : sql`(${editionId})`))
    .for(mode === "update" ? "update" : "share", { of: editions });
  return edition;
}
