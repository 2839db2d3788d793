import { and, eq, inArray } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { assignments, conflicts, editions, memberships, nominations, scoreSheets, users, type AssignmentMode } from "../../db/schema";
import type { SessionUser } from "../auth/session-user";
import { planAssignments, type JurorDossierPair } from "../domain/assignment-plan";
import { AppError } from "../errors";
import { SCORABLE_STATES } from "../domain/phases";
import { recordAudit } from "../kernel/audit";
import { runEditionCommand } from "../kernel/edition-command";
import { ASSIGNMENT_REMOVED_REASON, releaseJurorFromDossier } from "./release-juror";

/** The reason written on every automatic own-country conflict. */
export const OWN_COUNTRY_REASON = "The juror's own country.";

const pairKey = (p: { jurorUserId: number; nominationId: string }) => `${p.jurorUserId}|${p.nominationId}`;

export interface GenerationSummary {
  mode: AssignmentMode;
  jurorsPerDossier: number | null;
  added: number;
  removed: number;
  kept: number;
  total: number;
  ownCountryConflictsAdded: number;
  shortfalls: { nominationId: string; wanted: number; planned: number }[];
}

/**
 * Writes the edition's assignment plan inside the caller's transaction, with no rights check: for the move to jury
 * scoring, which has checked them already. Adds the own-country conflicts first; keeps manual assignments and any
 * with a sheet; replaces the other automatic ones; takes away (and audits) any that a conflict now forbids.
 */
export async function generateAssignmentsWithin({ tx, actorId, editionId }: { tx: Executor; actorId: number; editionId: number }) {
  const [settings] = await tx
    .select({ mode: editions.assignmentMode, jurorsPerDossier: editions.jurorsPerDossier })
    .from(editions)
    .where(eq(editions.id, editionId));
  if (!settings) throw new AppError("NOT_FOUND", "This edition does not exist.");
  const jurors = await tx
    .select({ id: memberships.userId, countryCode: memberships.countryCode, isVoting: memberships.isVoting, isActive: users.isActive })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.role, "juror"), eq(memberships.editionId, editionId)));
  const dossiers = await tx
    .select({ id: nominations.id, countryCode: nominations.countryCode })
    .from(nominations)
    .where(and(eq(nominations.editionId, editionId), eq(nominations.kind, "competing"), inArray(nominations.state, [...SCORABLE_STATES])));

  const ownCountryPairs = jurors.flatMap((j) =>
    dossiers.filter((d) => d.countryCode === j.countryCode).map((d) => ({ jurorUserId: j.id, nominationId: d.id })),
  );
  const ownCountryAdded =
    ownCountryPairs.length === 0
      ? []
      : await tx
          .insert(conflicts)
          .values(ownCountryPairs.map((p) => ({ ...p, editionId, source: "own_country" as const, reason: OWN_COUNTRY_REASON, createdBy: actorId })))
          .onConflictDoNothing({ target: [conflicts.jurorUserId, conflicts.nominationId] })
          .returning({ id: conflicts.id });

  const conflictRows = await tx
    .select({ jurorUserId: conflicts.jurorUserId, nominationId: conflicts.nominationId, reason: conflicts.reason })
    .from(conflicts)
    .where(eq(conflicts.editionId, editionId));
  const existing = await tx
    .select({
      jurorUserId: assignments.jurorUserId,
      nominationId: assignments.nominationId,
      source: assignments.source,
      sheetId: scoreSheets.id,
      isSheetExcluded: scoreSheets.isExcluded,
    })
    .from(assignments)
    .leftJoin(scoreSheets, and(eq(scoreSheets.jurorUserId, assignments.jurorUserId), eq(scoreSheets.nominationId, assignments.nominationId)))
    .where(eq(assignments.editionId, editionId));

  const toPair = (p: { jurorUserId: number; nominationId: string }): JurorDossierPair => ({ jurorId: p.jurorUserId, nominationId: p.nominationId });
  // A sheet already written (draft or submitted) keeps its assignment, so regenerating never strands a juror's work.
  const kept = existing.filter((a) => a.source === "manual" || (a.sheetId !== null && !a.isSheetExcluded));
  const plan = planAssignments({
    mode: settings.mode,
    jurorsPerDossier: settings.jurorsPerDossier,
    // A disabled juror keeps what they have but gets nothing new.
    jurors: jurors.map((j) => ({ id: j.id, countryCode: j.countryCode ?? "", isVoting: j.isVoting && j.isActive })),
    dossiers,
    conflicts: conflictRows.map(toPair),
    kept: kept.map(toPair),
  });

  const planned = new Set(plan.assignments.map((a) => pairKey({ jurorUserId: a.jurorId, nominationId: a.nominationId })));
  const existingKeys = new Set(existing.map(pairKey));
  const conflictReasons = new Map(conflictRows.map((c) => [pairKey(c), c.reason]));
  const stale = existing.filter((a) => !planned.has(pairKey(a)));
  for (const a of stale) {
    const conflictReason = conflictReasons.get(pairKey(a));
    const reason = conflictReason === undefined ? ASSIGNMENT_REMOVED_REASON : `Conflict of interest: ${conflictReason}`;
    await releaseJurorFromDossier(tx, { editionId, jurorUserId: a.jurorUserId, nominationId: a.nominationId, actorId, reason });
  }
  const fresh = plan.assignments.filter((a) => !existingKeys.has(pairKey({ jurorUserId: a.jurorId, nominationId: a.nominationId })));
  if (fresh.length > 0) {
    await tx
      .insert(assignments)
      .values(fresh.map((a) => ({ editionId, jurorUserId: a.jurorId, nominationId: a.nominationId, source: "auto" as const, createdBy: actorId })))
      .onConflictDoNothing({ target: [assignments.jurorUserId, assignments.nominationId] });
  }

  const summary: GenerationSummary = {
    mode: settings.mode,
    jurorsPerDossier: settings.mode === "per_dossier" ? settings.jurorsPerDossier : null,
    added: fresh.length,
    removed: stale.length,
    kept: existing.length - stale.length,
    total: plan.assignments.length,
    ownCountryConflictsAdded: ownCountryAdded.length,
    shortfalls: plan.shortfalls,
  };
  await recordAudit(tx, {
    actorUserId: actorId,
    editionId,
    action: "assignments.generated",
    entityType: "edition",
    entityId: editionId,
    data: { ...summary },
  });
  return summary;
}

/** The secretariat's "Generate assignments": the same plan, through the kernel (rights, phase, closed jury, frozen result). */
export async function generateAssignments({ db, user, editionId }: { db: Executor; user: SessionUser; editionId: number }) {
  return runEditionCommand({ db, actor: user, editionId, action: "assignments.change" }, ({ tx }) =>
    generateAssignmentsWithin({ tx, actorId: user.id, editionId }),
  );
}
