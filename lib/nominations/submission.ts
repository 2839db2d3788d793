/** Submitting and withdrawing a dossier: each a state change with its audit entry (and receipt) in one transaction. */
import { and, eq, exists, sql } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { editions, nominations, type NominationKind, type NominationState } from "../../db/schema";
import type { SessionUser } from "../auth/session-user";
import { AppError } from "../errors";
import { createCompleteNominationSchema, toDossierFormValues } from "../validation/nomination";
import { enqueueSubmissionReceipts } from "./mail";
import {
  getNominationForCoordinator,
  isCoordinatedBy,
  NOT_FOUND_MESSAGE,
  recordNominationAudit,
  STALE_VERSION_MESSAGE,
  toInvalid,
  type CoordinatorDossier,
} from "./nominations";
import { explainClosedWindow, getSubmissionWindow, isWindowOpen } from "./submission-window";

const REFERENCE_PREFIX = "ECPA";

export interface SubmissionReceipt {
  id: string;
  reference: string;
  submittedAt: Date;
  state: NominationState;
}

/** ECPA-2026-BE for the competing dossier; ECPA-2026-BE-A1, -A2… for additional ones, in submission order. */
async function getNextReference(tx: Executor, dossier: CoordinatorDossier): Promise<string> {
  const base = `${REFERENCE_PREFIX}-${dossier.year}-${dossier.countryCode}`;
  if (dossier.kind === "competing") return base;
  const siblings = and(
    eq(nominations.editionId, dossier.editionId),
    eq(nominations.countryCode, dossier.countryCode),
    eq(nominations.kind, "additional" satisfies NominationKind),
  );
  // Locking the country's additional dossiers makes two simultaneous submissions take numbers in turn.
  await tx.select({ id: nominations.id }).from(nominations).where(siblings).for("update");
  const [row] = await tx
    .select({ highest: sql<number>`coalesce(max(substring(${nominations.reference} from '-A([0-9]+)$')::int), 0)`.mapWith(Number) })
    .from(nominations)
    .where(siblings);
  return `${base}-A${(row?.highest ?? 0) + 1}`;
}

/** The condition "the dossier's edition takes dossiers now", by the database clock, for an UPDATE's WHERE. */
function isEditionOpen(tx: Executor) {
  return exists(tx.select({ one: sql`1` }).from(editions).where(and(eq(editions.id, nominations.editionId), isWindowOpen)));
}

/**
 * Submits a complete draft before the deadline, checked by the database clock in the UPDATE itself, and queues
 * the receipt mails in the same transaction. Submitting an already submitted dossier again returns its receipt,
 * so a retried request is harmless and sends nothing twice.
 */
export async function submitNomination({
  db,
  user,
  id,
  version,
}: {
  db: Executor;
  user: SessionUser;
  id: string;
  version: number;
}): Promise<SubmissionReceipt> {
  return db.transaction(async (tx) => {
    const dossier = await getNominationForCoordinator({ db: tx, id, user, isLocking: true });
    if (!dossier) throw new AppError("NOT_FOUND", NOT_FOUND_MESSAGE);
    if (dossier.state !== "draft") {
      if (!dossier.reference || !dossier.submittedAt) throw new AppError("CONFLICT", "This dossier has already been submitted.");
      return { id, reference: dossier.reference, submittedAt: dossier.submittedAt, state: dossier.state };
    }
    if (dossier.version !== version) throw new AppError("CONFLICT", STALE_VERSION_MESSAGE);
    const complete = createCompleteNominationSchema(dossier).safeParse(toDossierFormValues(dossier));
    if (!complete.success) throw toInvalid(complete.error, "The dossier is not complete yet: fill in the highlighted fields and save.");
    // A withdrawn or reopened dossier keeps its reference, so letters that quote it stay valid.
    const reference = dossier.reference ?? (await getNextReference(tx, dossier));
    const [submitted] = await tx
      .update(nominations)
      .set({
        state: "submitted",
        submittedAt: sql`now()`,
        reference,
        version: sql`${nominations.version} + 1`,
        updatedBy: user.id,
        updatedAt: sql`now()`,
      })
      .where(and(eq(nominations.id, id), eq(nominations.state, "draft"), eq(nominations.version, version), isCoordinatedBy(tx, user), isEditionOpen(tx)))
      .returning({ reference: nominations.reference, submittedAt: nominations.submittedAt, state: nominations.state });
    if (!submitted) {
      const edition = await getSubmissionWindow(tx, eq(editions.id, dossier.editionId));
      if (edition && !edition.isAcceptingSubmissions) throw explainClosedWindow(edition);
      throw new AppError("CONFLICT", STALE_VERSION_MESSAGE);
    }
    await recordNominationAudit(tx, { user, editionId: dossier.editionId, id, action: "nomination.submitted", data: { reference } });
    await enqueueSubmissionReceipts(tx, dossier, {
      reference,
      submittedAt: submitted.submittedAt!,
      submitterName: user.name,
      submitterEmail: user.email,
    });
    return { id, reference, submittedAt: submitted.submittedAt!, state: submitted.state };
  });
}

/**
 * Takes a submitted dossier back to draft before the deadline (by the database clock), so it can be changed and
 * submitted again. It keeps its reference; once the secretariat has decided on eligibility it can no longer move.
 */
export async function withdrawNomination({ db, user, id }: { db: Executor; user: SessionUser; id: string }) {
  return db.transaction(async (tx) => {
    const dossier = await getNominationForCoordinator({ db: tx, id, user, isLocking: true });
    if (!dossier) throw new AppError("NOT_FOUND", NOT_FOUND_MESSAGE);
    if (dossier.state === "draft") throw new AppError("CONFLICT", "This dossier is a draft: there is nothing to withdraw.");
    if (dossier.state !== "submitted") {
      throw new AppError("CONFLICT", "The secretariat has decided on this dossier's eligibility, so it can no longer be withdrawn.");
    }
    const [withdrawn] = await tx
      .update(nominations)
      .set({ state: "draft", submittedAt: null, version: sql`${nominations.version} + 1`, updatedBy: user.id, updatedAt: sql`now()` })
      .where(and(eq(nominations.id, id), eq(nominations.state, "submitted"), isEditionOpen(tx)))
      .returning({ version: nominations.version });
    if (!withdrawn) {
      const closed = explainClosedWindow(dossier);
      throw new AppError(closed.code, `${closed.message} A submitted dossier can no longer be withdrawn; write to the secretariat if it must change.`);
    }
    await recordNominationAudit(tx, { user, editionId: dossier.editionId, id, action: "nomination.withdrawn", data: { reference: dossier.reference } });
    return withdrawn;
  });
}
