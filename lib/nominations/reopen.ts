/** The secretariat's way back: a submitted dossier becomes a draft again, with the reason on record. */
import { and, eq, sql } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { countries, editions, nominations } from "../../db/schema";
import type { SessionUser } from "../auth/session-user";
import { AppError } from "../errors";
import { reopenNominationInputSchema } from "../validation/nomination";
import { enqueueReopenNotices } from "./mail";
import { recordNominationAudit, toInvalid } from "./nominations";
import { isWindowOpen } from "./submission-window";

/**
 * Reopens a submitted dossier whose eligibility is not decided yet, so its coordinators can change and submit
 * it again. Only while the edition takes dossiers by the database clock: a draft reopened after the deadline
 * could never be submitted again, so the secretariat extends the deadline (or grace period) first.
 * The dossier keeps its reference; its coordinators get a mail with the reason.
 */
export async function reopenNomination({ db, user, id, reason }: { db: Executor; user: SessionUser; id: string; reason: string }) {
  if (!user.isActive || !user.isAdmin) throw new AppError("FORBIDDEN", "Only the secretariat can reopen a dossier.");
  const input = reopenNominationInputSchema.safeParse({ id, reason });
  if (!input.success) throw toInvalid(input.error, "Please give the reason for reopening the dossier.");
  return db.transaction(async (tx) => {
    const [dossier] = await tx
      .select({
        id: nominations.id,
        editionId: nominations.editionId,
        year: editions.year,
        countryCode: nominations.countryCode,
        countryName: countries.name,
        kind: nominations.kind,
        title: nominations.title,
        state: nominations.state,
        reference: nominations.reference,
        isWindowOpen,
      })
      .from(nominations)
      .innerJoin(editions, eq(editions.id, nominations.editionId))
      .innerJoin(countries, eq(countries.code, nominations.countryCode))
      .where(eq(nominations.id, input.data.id))
      .for("update", { of: nominations });
    if (!dossier) throw new AppError("NOT_FOUND", "This nomination does not exist.");
    if (dossier.state !== "submitted") {
      throw new AppError(
        "CONFLICT",
        dossier.state === "draft" ? "This dossier is already a draft." : "Its eligibility is decided, so this dossier can no longer be reopened.",
      );
    }
    if (!dossier.isWindowOpen) {
      throw new AppError(
        "DEADLINE_PASSED",
        "The edition no longer takes dossiers: extend the submission deadline or grace period first, so its coordinators can submit it again.",
      );
    }
    const [reopened] = await tx
      .update(nominations)
      .set({ state: "draft", submittedAt: null, version: sql`${nominations.version} + 1`, updatedBy: user.id, updatedAt: sql`now()` })
      .where(and(eq(nominations.id, dossier.id), eq(nominations.state, "submitted")))
      .returning({ version: nominations.version });
    await recordNominationAudit(tx, {
      user,
      editionId: dossier.editionId,
      id: dossier.id,
      action: "nomination.reopened",
      data: { reason: input.data.reason, reference: dossier.reference },
    });
    await enqueueReopenNotices(tx, dossier, input.data.reason);
    return reopened!;
  });
}
