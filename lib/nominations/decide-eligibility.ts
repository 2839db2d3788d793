import { and, eq, inArray, sql } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { countries, nominations, type EligibilityReason } from "../../db/schema";
import type { SessionUser } from "../auth/session-user";
import { DECIDABLE_STATES } from "../domain/phases";
import { AppError } from "../errors";
import { msg } from "../i18n/server-text";
import { runEditionCommand } from "../kernel/edition-command";
import { composeEligibilityMail, getEligibilityTemplateKind } from "../mail/eligibility-mail";
import { cacheEditionTemplates } from "../mail/template-queries";
import { formatCountryName } from "../format/country-name";
import { enqueueMail } from "../mail/outbox";
import { listCoordinatorRecipients } from "../mail/recipients";
import { findDossierEdition, loadDossier } from "./dossier-command";

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

const CHANGED_MESSAGE = msg("This nomination changed meanwhile. Reload the page and decide again.");

/**
 * Accepts or rejects a submitted competing nomination during the eligibility phase, with its audit entry and
 * an email to each of the country's coordinators, in one transaction: no decision without its mail, and no mail
 * without its decision. A decision may be changed until the edition leaves the phase.
 */
export async function decideEligibility(request: EligibilityDecision) {
  const { db, actor, nominationId, version, decision } = request;
  const note = request.note?.trim() ?? "";
  return runEditionCommand(
    {
      db,
      actor,
      editionId: findDossierEdition(nominationId),
      action: "nomination.decide-eligibility",
      // Decisions on different dossiers run side by side; the phase cannot move while one is written.
      lock: "share",
      load: loadDossier(nominationId),
      notFound: msg("This nomination does not exist."),
    },
    async ({ tx, edition, audit, resource: { dossier } }) => {
      if (decision === "reject" && !request.reason) {
        throw new AppError("INVALID", "Choose a reason for the rejection.", { reason: [msg("Choose a reason for the rejection.")] });
      }
      if (decision === "reject" && request.reason === "other" && !note) {
        throw new AppError("INVALID", "Explain the reason in the note.", { note: [msg("Explain the reason in the note.")] });
      }
      if (dossier.version !== version) throw new AppError("CONFLICT", CHANGED_MESSAGE);

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
      if (!updated) throw new AppError("CONFLICT", CHANGED_MESSAGE);

      await notifyCoordinators(tx, { ...request, note: isAccepted ? "" : note, edition, nomination: dossier });
      await audit({
        action: isAccepted ? "nomination.accepted" : "nomination.rejected",
        entity: "nomination",
        id: nominationId,
        data: { from: dossier.state, to: updated.state, ...(isAccepted ? {} : { reason: request.reason, note }) },
      });
      return updated;
    },
  );
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
  const templateFor = cacheEditionTemplates(tx, edition.id, getEligibilityTemplateKind(input.decision));
  // Each coordinator reads the decision in their own language.
  for (const { email: to, locale } of await listCoordinatorRecipients(tx, { editionId: edition.id, countryCode: nomination.countryCode })) {
    const mail = composeEligibilityMail(
      {
        year: edition.year,
        title: nomination.title,
        countryName: country ? formatCountryName(nomination.countryCode, country.name, locale) : nomination.countryCode,
        reference: nomination.reference,
        decision: input.decision,
        reason: input.reason,
        note: input.note,
        dossierUrl: input.appUrl ? new URL(`/coordinator/nominations/${input.nominationId}`, input.appUrl).toString() : undefined,
        locale,
      },
      await templateFor(locale),
    );
    await enqueueMail(tx, { editionId: edition.id, kind: "nomination.eligibility", to, ...mail });
  }
}
