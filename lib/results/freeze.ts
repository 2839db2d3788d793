import { eq } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { editions, frozenResults, users, type EditionPhase } from "../../db/schema";
import { can } from "../access/policy";
import type { SessionUser } from "../auth/session-user";
import { fingerprint } from "../domain/fingerprint";
import { splitSealedSnapshot } from "../domain/sealed-parts";
import { getOfficialList } from "../domain/ranking-result";
import { AppError, getViolatedConstraint } from "../errors";
import { msg, text } from "../i18n/server-text";
import { UNFREEZE_REASON_MESSAGE } from "../validation/result-seal";
import { runEditionCommand } from "../kernel/edition-command";
import { buildComparableSnapshot } from "../portability/seal-check";
import { getPartFingerprints } from "./seal-parts";
import { buildResultSnapshot } from "./snapshot";

/**
 * A result is frozen in deliberation, once the jury is closed; a published edition that was never frozen (an
 * archive year) may still be sealed, so its record has a fingerprint too.
 */
export const FREEZABLE_PHASES: readonly EditionPhase[] = ["deliberation", "published"];

export const UNFREEZE_PUBLISHED_MESSAGE = msg(
  "The results are published: the sealed result is the public record, announced with its fingerprint, and cannot be unfrozen.",
);

/**
 * Seals the edition's result, through the edition-command kernel: stores its snapshot (ranking, awards, reasons, tie
 * decisions, statement, the scores used) with the SHA-256 fingerprint of its canonical JSON and those of its public and
 * private parts (lib/domain/sealed-parts.ts), and the audit entry, in one transaction. From then on the database refuses changes to scores, assignments, conflicts, awards and ties.
 */
export async function freezeResult({ db, user, editionId }: { db: Executor; user: SessionUser; editionId: number }) {
  return runEditionCommand({ db, actor: user, editionId, action: "result.freeze" }, async ({ tx, edition, audit }) => {
    if (edition.isFrozen) {
      const [existing] = await tx.select({ fingerprint: frozenResults.fingerprint }).from(frozenResults).where(eq(frozenResults.editionId, editionId));
      throw new AppError("CONFLICT", text("The result is already frozen (fingerprint {fingerprint}).", { fingerprint: existing?.fingerprint ?? "?" }));
    }
    const { snapshot, record, awards } = await buildResultSnapshot({ db: tx, editionId });
    if (!awards.some((award) => award.rank === 1)) {
      throw new AppError("CONFLICT", "Choose the winner (place 1) on the ranking page before freezing the result.");
    }
    // A tie the chair has not decided on an awarded place would seal a result nobody can defend.
    const undecided = getOfficialList(record.result).openTies.find((tie) => tie.decisionId === null && tie.place <= awards.length);
    if (undecided) {
      throw new AppError(
        "CONFLICT",
        text("Place {place} is still tied in the official ranking: the jury chair must decide the tie before the result is frozen.", { place: undecided.place }),
      );
    }

    const { sealFingerprint: value, publicFingerprint, privateFingerprint } = splitSealedSnapshot(snapshot);
    let frozenAt: Date;
    try {
      const [row] = await tx
        .insert(frozenResults)
        .values({ editionId, snapshot, fingerprint: value, publicFingerprint, privateFingerprint, frozenBy: user.id })
        .returning({ frozenAt: frozenResults.frozenAt });
      frozenAt = row!.frozenAt;
    } catch (error) {
      if (getViolatedConstraint(error) !== undefined) throw new AppError("CONFLICT", "The result was frozen meanwhile. Reload the page.");
      throw error;
    }
    await audit({ action: "result.frozen", entity: "edition", id: editionId, data: { fingerprint: value, publicFingerprint, privateFingerprint } });
    return { fingerprint: value, publicFingerprint, privateFingerprint, frozenAt };
  });
}

/**
 * Lifts the seal so the result can change again, with the reason and the old fingerprint in the audit entry.
 * Refused once published (the rule result.unfreeze): what was announced must stay what the record says.
 */
export async function unfreezeResult({ db, user, editionId, reason }: { db: Executor; user: SessionUser; editionId: number; reason: string }) {
  return runEditionCommand({ db, actor: user, editionId, action: "result.unfreeze" }, async ({ tx, audit }) => {
    const trimmed = reason.trim();
    if (!trimmed) throw new AppError("INVALID", UNFREEZE_REASON_MESSAGE, { reason: [UNFREEZE_REASON_MESSAGE] });
    const [removed] = await tx
      .delete(frozenResults)
      .where(eq(frozenResults.editionId, editionId))
      .returning({ fingerprint: frozenResults.fingerprint });
    if (!removed) throw new AppError("CONFLICT", "The result is not frozen.");
    await audit({ action: "result.unfrozen", entity: "edition", id: editionId, data: { fingerprint: removed.fingerprint, reason: trimmed } });
    return { previousFingerprint: removed.fingerprint };
  });
}

/** The seal of an edition's result, or null when it is not frozen; no access check (the presenter's script prints it). */
export async function getFrozenResult({ db, editionId }: { db: Executor; editionId: number }) {
  const [row] = await db
    .select({ fingerprint: frozenResults.fingerprint, frozenAt: frozenResults.frozenAt })
    .from(frozenResults)
    .where(eq(frozenResults.editionId, editionId));
  return row ?? null;
}

/**
 * The seal as the secretariat's result page shows it: who froze it, the fingerprints of its public and private parts,
 * and two checks — the stored snapshot still
 * hashes to its fingerprint (`isIntact`), and the database today still gives the same snapshot (`isCurrent`).
 */
export async function getResultSeal({ db, viewer, editionId }: { db: Executor; viewer: SessionUser; editionId: number }) {
  const [edition] = await db.select({ id: editions.id, phase: editions.phase }).from(editions).where(eq(editions.id, editionId));
  if (!edition) throw new AppError("NOT_FOUND", "This edition does not exist.");
  if (!can(viewer, "edition.manage", { edition })) throw new AppError("FORBIDDEN", "Only the secretariat can see the sealed result.");
  const [row] = await db
    .select({
      snapshot: frozenResults.snapshot,
      fingerprint: frozenResults.fingerprint,
      publicFingerprint: frozenResults.publicFingerprint,
      privateFingerprint: frozenResults.privateFingerprint,
      frozenAt: frozenResults.frozenAt,
      frozenByName: users.name,
    })
    .from(frozenResults)
    .leftJoin(users, eq(users.id, frozenResults.frozenBy))
    .where(eq(frozenResults.editionId, editionId));
  if (!row) return null;
  // An imported seal names the source database's ids: buildComparableSnapshot rebuilds it in those.
  const current = await buildComparableSnapshot({ db, editionId, fingerprint: row.fingerprint });
  return {
    fingerprint: row.fingerprint,
    ...getPartFingerprints(row),
    frozenAt: row.frozenAt,
    frozenByName: row.frozenByName,
    isIntact: fingerprint(row.snapshot) === row.fingerprint,
    isCurrent: fingerprint(current) === row.fingerprint,
  };
}
