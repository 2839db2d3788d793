import { and, eq, sql } from "drizzle-orm";
import type { Executor, Transaction } from "../../db/client";
import { awards, ceremonies } from "../../db/schema";
import type { SessionUser } from "../auth/session-user";
import {
  getShownStepIndex,
  getStepLabel,
  getTargetStepIndex,
  isOrderOf,
  isRevealStep,
  listCeremonySteps,
  type CeremonyMode,
  type CeremonyStep,
} from "../domain/ceremony";
import { AppError } from "../errors";
import { msg } from "../i18n/server-text";
import { runEditionCommand } from "../kernel/edition-command";
import { findCeremony, isLiveShowRunning, listNominees } from "./queries";
import { announceCeremonyChange, notifyCeremonyChange } from "./signal";
import { publishAtReveal } from "../results/publication";
import { invalidatePublicResults } from "../results/public-invalidation";

/**
 * The presenter's controls: start a show, step through it, order the nominees. Every change is version-checked,
 * notifies the other server processes on commit (NOTIFY in its transaction) and wakes this process's streams after.
 */

const STALE_MESSAGE = msg("The show moved on in another window meanwhile: this view now shows where it stands.");

interface ShowRequest {
  db: Executor;
  actor: SessionUser;
  editionId: number;
  mode: CeremonyMode;
}

async function lockCeremony(tx: Transaction, editionId: number, mode: CeremonyMode, version: number) {
  const [row] = await tx
    .select({ id: ceremonies.id, step: ceremonies.step, stepRank: ceremonies.stepRank, version: ceremonies.version })
    .from(ceremonies)
    .where(and(eq(ceremonies.editionId, editionId), eq(ceremonies.mode, mode)))
    .for("update");
  if (!row) throw new AppError("NOT_FOUND", mode === "live" ? msg("The live show has not started yet.") : msg("The rehearsal has not started yet."));
  if (row.version !== version) throw new AppError("CONFLICT", STALE_MESSAGE);
  return row;
}

function getStepRank(step: CeremonyStep | undefined): number | null {
  return step?.kind === "place" ? step.rank : null;
}

/**
 * Starts a show at its first step; starting one that runs already changes nothing. The live show takes the
 * rehearsal's order, and needs the sealed result (the rule ceremony.start-live); a rehearsal does not.
 */
export async function startCeremony({ db, actor, editionId, mode }: ShowRequest) {
  const action = mode === "live" ? "ceremony.start-live" : "ceremony.present";
  const result = await runEditionCommand({ db, actor, editionId, action }, async ({ tx, actorId, audit }) => {
    const existing = await findCeremony({ db: tx, editionId, mode });
    if (existing) return { version: existing.version, isStarted: false };
    const rehearsal = mode === "live" ? await findCeremony({ db: tx, editionId, mode: "rehearsal" }) : undefined;
    const [created] = await tx
      .insert(ceremonies)
      .values({ editionId, mode, step: 0, stepRank: null, nomineeOrder: rehearsal?.nomineeOrder ?? [], startedBy: actorId })
      .returning({ id: ceremonies.id, version: ceremonies.version });
    await audit({ action: "ceremony.started", entity: "ceremony", id: created!.id, data: { mode } });
    await notifyCeremonyChange(tx, editionId);
    return { version: created!.version, isStarted: true };
  });
  announceCeremonyChange(editionId);
  return result;
}

/**
 * Moves the show one step forward or back. In the live show, reaching the winner publishes the edition in this
 * same transaction, so the public page and the API switch on at the very moment of the reveal; going back after
 * it never un-publishes.
 */
export async function moveCeremonyStep({
  direction,
  version,
  ...request
}: ShowRequest & { direction: "next" | "previous"; version: number }) {
  const { db, actor, editionId, mode } = request;
  const result = await runEditionCommand({ db, actor, editionId, action: "ceremony.present" }, async (context) => {
    const { tx, audit } = context;
    const row = await lockCeremony(tx, editionId, mode, version);
    const ranks = await tx.select({ rank: awards.rank }).from(awards).where(eq(awards.editionId, editionId));
    const steps = listCeremonySteps(ranks.map((r) => r.rank));
    const from = getShownStepIndex(steps, row.step, row.stepRank);
    const to = getTargetStepIndex(from, direction, steps.length);
    if (to === from) {
      throw new AppError("INVALID", direction === "next" ? msg("This is the last step of the show.") : msg("This is the first step of the show."));
    }
    const [updated] = await tx
      .update(ceremonies)
      .set({ step: to, stepRank: getStepRank(steps[to]), version: sql`${ceremonies.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(ceremonies.id, row.id), eq(ceremonies.version, version)))
      .returning({ version: ceremonies.version });
    if (!updated) throw new AppError("CONFLICT", STALE_MESSAGE);
    const isPublished = mode === "live" && isRevealStep(steps[to]) ? await publishAtReveal(context) : false;
    await audit({
      action: "ceremony.step_moved",
      entity: "ceremony",
      id: row.id,
      data: { mode, from, to, step: getStepLabel(steps[to]!), version: updated.version, isPublished },
    });
    await notifyCeremonyChange(tx, editionId);
    return { version: updated.version, stepIndex: to, isPublished };
  });
  // The reveal has committed: the public pages and the API show the results from the next request on.
  if (result.isPublished) await invalidatePublicResults();
  announceCeremonyChange(editionId);
  return result;
}

/** Takes the rehearsal back to its first step, to run it again. */
export async function restartRehearsal({ db, actor, editionId, version }: Omit<ShowRequest, "mode"> & { version: number }) {
  const result = await runEditionCommand({ db, actor, editionId, action: "ceremony.present" }, async ({ tx, audit }) => {
    const row = await lockCeremony(tx, editionId, "rehearsal", version);
    const [updated] = await tx
      .update(ceremonies)
      .set({ step: 0, stepRank: null, version: sql`${ceremonies.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(ceremonies.id, row.id), eq(ceremonies.version, version)))
      .returning({ version: ceremonies.version });
    if (!updated) throw new AppError("CONFLICT", STALE_MESSAGE);
    await audit({ action: "ceremony.restarted", entity: "ceremony", id: row.id, data: { mode: "rehearsal", from: row.step, version: updated.version } });
    await notifyCeremonyChange(tx, editionId);
    return { version: updated.version };
  });
  announceCeremonyChange(editionId);
  return result;
}

/**
 * Saves the order in which the show presents the nominees: it must name each current nominee exactly once. The
 * live show's order holds still while it runs (the rule ceremony.reorder).
 */
export async function saveNomineeOrder({ order, version, ...request }: ShowRequest & { order: string[]; version: number }) {
  const { db, actor, editionId, mode } = request;
  const result = await runEditionCommand(
    {
      db,
      actor,
      editionId,
      action: "ceremony.reorder",
      load: async (tx, edition) => ({ isLiveShowRunning: mode === "live" && (await isLiveShowRunning({ db: tx, edition })) }),
    },
    async ({ tx, audit }) => {
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
      await audit({ action: "ceremony.order_saved", entity: "ceremony", id: row.id, data: { mode, order, version: updated.version } });
      await notifyCeremonyChange(tx, editionId);
      return { version: updated.version };
    },
  );
  announceCeremonyChange(editionId);
  return result;
}
