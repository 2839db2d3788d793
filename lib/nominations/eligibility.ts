import { and, eq, inArray, sql } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { countries, editions, nominations, type EligibilityReason } from "../../db/schema";
import { can } from "../access/policy";
import type { SessionUser } from "../auth/session-user";
import { AppError } from "../errors";
import { composeEligibilityMail } from "../mail/eligibility-mail";
import { enqueueMail } from "../mail/outbox";
import { listCoordinatorAddresses } from "../mail/recipients";
import { recordAudit } from "../kernel/audit";

export interface EligibilityDecision {
  db: Executor;
  actor: SessionUser;
  nominationId: string;
  /** The nomination's version the admin saw: a decision on a changed dossier is refused as a conflict. */
  version: number;
  decision: "accept" | "reject";
  reason?: EligibilityReason;
  note?: string;
  /** The app's public address (NEXTAUTH_URL), so the email can link to the dossier. */
  appUrl?: string;
}

const DECIDABLE_STATES = ["submitted", "accepted", "rejected"] as const;

/**
 * Accepts or rejects a submitted competing nomination during the eligibility phase, with its audit entry and
 * an email to each of the country's coordinators, in one transaction: no decision without its mail, and no mail
 * without its decision. A decision may be changed until the edition leaves the phase.
 */
export async function decideEligibility(request: EligibilityDecision) {
  const { db, actor, nominationId, version, decision } = request;
  const note = request.note?.trim() ?? "";
  return db.transaction(async (tx) => {
    const [target] = await tx.select({ editionId: nominations.editionId }).from(nominations).where(eq(nominations.id, nominationId));
    if (!target) throw new AppError("NOT_FOUND", "This nomination does not exist.");
    // A shared lock on the edition keeps the phase from moving on while the decision is written.
    const [edition] = await tx
      .select({ id: editions.id, year: editions.year, phase: editions.phase })
      .from(editions)
      .where(eq(editions.id, target.editionId))
      .for("share");
    const [nomination] = await tx
      .select({
        countryCode: nominations.countryCode,
        title: nominations.title,
        reference: nominations.reference,
        kind: nominations.kind,
        state: nominations.state,
        version: nominations.version,
      })
      .from(nominations)
      .where(eq(nominations.id, nominationId))
      .for("update");
    if (!edition || !nomination) throw new AppError("NOT_FOUND", "This nomination does not exist.");
    if (!can(actor, "edition.manage", { edition })) {
      throw new AppError("FORBIDDEN", "Only the secretariat can decide on eligibility.");
    }
    if (!can(actor, "nomination.decide-eligibility", { edition, nomination })) {
      throw new AppError(
        "CONFLICT",
        edition.phase === "eligibility"
          ? "Only submitted competing nominations can be accepted or rejected."
          : "Eligibility can only be decided while the edition is in its eligibility phase.",
      );
    }
    if (decision === "reject" && !request.reason) {
      throw new AppError("INVALID", "Choose a reason for the rejection.", { reason: ["Choose a reason for the rejection."] });
    }
    if (decision === "reject" && request.reason === "other" && !note) {
      throw new AppError("INVALID", "Explain the reason in the note.", { note: ["Explain the reason in the note."] });
    }
    if (nomination.version !== version) {
      throw new AppError("CONFLICT", "This nomination changed meanwhile. Reload the page and decide again.");
    }

    const isAccepted = decision === "accept";
    const [updated] = await tx
      .update(nominations)
      .set({
        state: isAccepted ? "accepted" : "rejected",
        eligibilityReason: isAccepted ? null : request.reason,
        eligibilityNote: isAccepted || !note ? null : note,
        version: sql`${nominations.version} + 1`,
        updatedAt: sql`now()`,
        updatedBy: actor.id,
      })
      .where(
        and(
          eq(nominations.id, nominationId),
          eq(nominations.version, version),
          eq(nominations.kind, "competing"),
          inArray(nominations.state, [...DECIDABLE_STATES]),
        ),
      )
      .returning({ state: nominations.state, version: nominations.version });
    if (!updated) throw new AppError("CONFLICT", "This nomination changed meanwhile. Reload the page and decide again.");

    await notifyCoordinators(tx, { ...request, note: isAccepted ? "" : note, edition, nomination });
    await recordAudit(tx, {
      actorUserId: actor.id,
      editionId: edition.id,
      action: isAccepted ? "nomination.accepted" : "nomination.rejected",
      entityType: "nomination",
      entityId: nominationId,
      data: { from: nomination.state, to: updated.state, ...(isAccepted ? {} : { reason: request.reason, note }) },
    });
    return updated;
  });
}

/** Queues the decision's email to every active coordinator of the dossier's country, inside the caller's transaction. */
async function notifyCoordinators(
  tx: Executor,
  input: Pick<EligibilityDecision, "nominationId" | "decision" | "reason" | "appUrl"> & {
    note: string;
    edition: { id: number; year: number };
    nomination: { countryCode: string; title: string; reference: string | null };
  },
) {
  const { edition, nomination } = input;
  const [country] = await tx.select({ name: countries.name }).from(countries).where(eq(countries.code, nomination.countryCode));
  const mail = composeEligibilityMail({
    year: edition.year,
    title: nomination.title,
    countryName: country?.name ?? nomination.countryCode,
    reference: nomination.reference,
    decision: input.decision,
    reason: input.reason,
    note: input.note,
    dossierUrl: input.appUrl ? new URL(`/coordinator/nominations/${input.nominationId}`, input.appUrl).toString() : undefined,
  });
  for (const to of await listCoordinatorAddresses(tx, { editionId: edition.id, countryCode: nomination.countryCode })) {
    await enqueueMail(tx, { editionId: edition.id, kind: "nomination.eligibility", to, ...mail });
  }
}
