/** Submitting a dossier: a state change with its audit entry and receipts in one transaction. */
import { and, eq, sql } from "drizzle-orm";
import type { Executor, Transaction } from "../../db/client";
import { nominations, type NominationKind, type NominationState } from "../../db/schema";
import type { SessionUser } from "../auth/session-user";
import { AppError } from "../errors";
import { msg } from "../i18n/server-text";
import { runEditionCommand } from "../kernel/edition-command";
import { createCompleteNominationSchema, toDossierFormValues } from "../validation/nomination";
import { findDossierEdition, isEditionOpen, loadDossier, toInvalid, type LoadedDossier } from "./dossier-command";
import { enqueueSubmissionReceipts } from "./mail";
import { NOT_FOUND_MESSAGE, STALE_VERSION_MESSAGE } from "./queries";
import { explainClosedWindow } from "./submission-window";

const REFERENCE_PREFIX = "ECPA";

export interface SubmissionReceipt {
  id: string;
  reference: string;
  submittedAt: Date;
  state: NominationState;
}

/** ECPA-2026-BE for the competing dossier; ECPA-2026-BE-A1, -A2… for additional ones, in submission order. */
async function getNextReference(tx: Transaction, dossier: LoadedDossier): Promise<string> {
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
  return runEditionCommand(
    { db, actor: user, editionId: findDossierEdition(id), action: "nomination.submit", load: loadDossier(id), notFound: NOT_FOUND_MESSAGE, isHiddenWhenForbidden: true },
    async ({ tx, audit, resource: { dossier } }) => {
      if (dossier.state !== "draft") {
        if (!dossier.reference || !dossier.submittedAt) throw new AppError("CONFLICT", "This dossier has already been submitted.");
        return { id, reference: dossier.reference, submittedAt: dossier.submittedAt, state: dossier.state };
      }
      if (dossier.version !== version) throw new AppError("CONFLICT", STALE_VERSION_MESSAGE);
      if (!dossier.isAcceptingSubmissions) throw await explainClosedWindow(dossier);
      const complete = createCompleteNominationSchema(dossier).safeParse(toDossierFormValues(dossier));
      if (!complete.success) throw await toInvalid(complete.error, msg("The dossier is not complete yet: fill in the highlighted fields and save."));
      // A withdrawn or reopened dossier keeps its reference, so letters that quote it stay valid.
      const reference = dossier.reference ?? (await getNextReference(tx, dossier));
      const [submitted] = await tx
        .update(nominations)
        .set({ state: "submitted", submittedAt: sql`now()`, reference, version: sql`${nominations.version} + 1`, updatedBy: user.id, updatedAt: sql`now()` })
        // The deadline is judged by the database clock at the moment of the write itself.
        .where(and(eq(nominations.id, id), eq(nominations.state, "draft"), eq(nominations.version, version), isEditionOpen(tx)))
        .returning({ reference: nominations.reference, submittedAt: nominations.submittedAt, state: nominations.state });
      if (!submitted) throw await explainClosedWindow(dossier);
      await audit({ action: "nomination.submitted", entity: "nomination", id, data: { reference } });
      await enqueueSubmissionReceipts(tx, dossier, {
        reference,
        submittedAt: submitted.submittedAt!,
        submitterName: user.name,
        submitterEmail: user.email,
      });
      return { id, reference, submittedAt: submitted.submittedAt!, state: submitted.state };
    },
  );
}
