import { and, eq, sql } from "drizzle-orm";
import type { Executor, Transaction } from "../../db/client";
import { awards, ceremonies, editions } from "../../db/schema";
import { can } from "../access/policy";
import type { SessionUser } from "../auth/session-user";
import {
  getStepAt,
  getStepLabel,
  getTargetStepIndex,
  isOrderOf,
  isRevealStep,
  listCeremonySteps,
  type CeremonyMode,
} from "../domain/ceremony";
import { AppError } from "../errors";
import { recordAudit } from "../kernel/audit";
import { findCeremony, listNominees } from "./queries";
import { announceCeremonyChange } from "./signal";
import { publishAtReveal } from "../results/publication";

/** The presenter's controls: start a show, step through it, order the nominees. Every change is version-checked. */

const STALE_MESSAGE = "The show moved on in another window meanwhile: this view now shows where it stands.";

interface ShowRequest {
  db: Executor;
  actor: SessionUser;
  editionId: number;
  mode: CeremonyMode;
}

/** Locks the edition row (the same lock publication and award changes take) and checks the right to present. */
async function lockEditionForPresenter(tx: Transaction, actor: SessionUser, editionId: number) {
  const [edition] = await tx
    .select({ id: editions.id, phase: editions.phase })
    .from(editions)
    .where(eq(editions.id, editionId))
    .for("update");
  if (!edition) throw new AppError("NOT_FOUND", "This edition does not exist.");
  if (!actor.isAdmin) throw new AppError("FORBIDDEN", "Only the secretariat can present the ceremony.");
  if (!can(actor, "ceremony.present", { edition })) {
    throw new AppError("CONFLICT", "The ceremony can be presented once the edition is in deliberation.");
  }
  return edition;
}

async function lockCeremony(tx: Transaction, editionId: number, mode: CeremonyMode, version: number) {
  const [row] = await tx
    .select({ id: ceremonies.id, step: ceremonies.step, version: ceremonies.version })
    .from(ceremonies)
    .where(and(eq(ceremonies.editionId, editionId), eq(ceremonies.mode, mode)))
    .for("update");
  if (!row) throw new AppError("NOT_FOUND", mode === "live" ? "The live show has not started yet." : "The rehearsal has not started yet.");
  if (row.version !== version) throw new AppError("CONFLICT", STALE_MESSAGE);
  return row;
}

/** Starts a show at its first step; starting one that runs already changes nothing. The live show takes the rehearsal's order. */
export async function startCeremony({ db, actor, editionId, mode }: ShowRequest) {
  const result = await db.transaction(async (tx) => {
    await lockEditionForPresenter(tx, actor, editionId);
    const existing = await findCeremony({ db: tx, editionId, mode });
    if (existing) return { version: existing.version, isStarted: false };
    const rehearsal = mode === "live" ? await findCeremony({ db: tx, editionId, mode: "rehearsal" }) : undefined;
    const [created] = await tx
      .insert(ceremonies)
      .values({ editionId, mode, step: 0, nomineeOrder: rehearsal?.nomineeOrder ?? [], startedBy: actor.id })
      .returning({ id: ceremonies.id, version: ceremonies.version });
    await recordAudit(tx, {
      actorUserId: actor.id,
      editionId,
      action: "ceremony.started",
      entityType: "ceremony",
      entityId: created!.id,
      data: { mode },
    });
    return { version: created!.version, isStarted: true };
  });
  announceCeremonyChange(editionId);
  return result;
}

/**
 * Moves the show one step forward or back. In the live show, reaching the winner publishes the edition in this
 * same transaction, so the public page and the API switch on at the very moment of the reveal.
 */
export async function moveCeremonyStep({
  direction,
  version,
  ...request
}: ShowRequest & { direction: "next" | "previous"; version: number }) {
  const { db, actor, editionId, mode } = request;
  const result = await db.transaction(async (tx) => {
    await lockEditionForPresenter(tx, actor, editionId);
    const row = await lockCeremony(tx, editionId, mode, version);
    const ranks = await tx.select({ rank: awards.rank }).from(awards).where(eq(awards.editionId, editionId));
    const steps = listCeremonySteps(ranks.map((r) => r.rank));
    const from = steps.indexOf(getStepAt(steps, row.step));
    const to = getTargetStepIndex(from, direction, steps.length);
    if (to === from) {
      throw new AppError("INVALID", direction === "next" ? "This is the last step of the show." : "This is the first step of the show.");
    }
    const [updated] = await tx
      .update(ceremonies)
      .set({ step: to, version: sql`${ceremonies.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(ceremonies.id, row.id), eq(ceremonies.version, version)))
      .returning({ version: ceremonies.version });
    if (!updated) throw new AppError("CONFLICT", STALE_MESSAGE);
    const isPublished = mode === "live" && isRevealStep(steps[to]) ? await publishAtReveal({ tx, actor, editionId }) : false;
    await recordAudit(tx, {
      actorUserId: actor.id,
      editionId,
      action: "ceremony.step_moved",
      entityType: "ceremony",
      entityId: row.id,
      data: { mode, from, to, step: getStepLabel(steps[to]!), version: updated.version, isPublished },
    });
    return { version: updated.version, stepIndex: to, isPublished };
  });
  announceCeremonyChange(editionId);
  return result;
}

/** Takes the rehearsal back to its first step, to run it again. */
export async function restartRehearsal({ db, actor, editionId, version }: Omit<ShowRequest, "mode"> & { version: number }) {
  const result = await db.transaction(async (tx) => {
    await lockEditionForPresenter(tx, actor, editionId);
    const row = await lockCeremony(tx, editionId, "rehearsal", version);
    const [updated] = await tx
      .update(ceremonies)
      .set({ step: 0, version: sql`${ceremonies.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(ceremonies.id, row.id), eq(ceremonies.version, version)))
      .returning({ version: ceremonies.version });
    if (!updated) throw new AppError("CONFLICT", STALE_MESSAGE);
    await recordAudit(tx, {
      actorUserId: actor.id,
      editionId,
      action: "ceremony.restarted",
      entityType: "ceremony",
      entityId: row.id,
      data: { mode: "rehearsal", from: row.step, version: updated.version },
    });
    return { version: updated.version };
  });
  announceCeremonyChange(editionId);
  return result;
}

/** Saves the order in which the show presents the nominees: it must name each current nominee exactly once. */
export async function saveNomineeOrder({ order, version, ...request }: ShowRequest & { order: string[]; version: number }) {
  const { db, actor, editionId, mode } = request;
  const result = await db.transaction(async (tx) => {
    await lockEditionForPresenter(tx, actor, editionId);
    const row = await lockCeremony(tx, editionId, mode, version);
    const nominees = await listNominees({ db: tx, editionId });
    if (!isOrderOf(order, nominees.map((n) => n.nominationId))) {
      throw new AppError("CONFLICT", "The list of nominees changed meanwhile. Reload the page and order them again.");
    }
    const [updated] = await tx
      .update(ceremonies)
      .set({ nomineeOrder: order, version: sql`${ceremonies.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(ceremonies.id, row.id), eq(ceremonies.version, version)))
      .returning({ version: ceremonies.version });
    if (!updated) throw new AppError("CONFLICT", STALE_MESSAGE);
    await recordAudit(tx, {
      actorUserId: actor.id,
      editionId,
      action: "ceremony.order_saved",
      entityType: "ceremony",
      entityId: row.id,
      data: { mode, order, version: updated.version },
    });
    return { version: updated.version };
  });
  announceCeremonyChange(editionId);
  return result;
}
