import { asc, eq } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { criteria, editions, mailTemplates, prizes } from "../../db/schema";
import type { SessionUser } from "../auth/session-user";
import { shiftEditionDatesByYear } from "../domain/edition-dates";
import { AppError } from "../errors";
import { recordAudit } from "../kernel/audit";
import { runEditionCommand } from "../kernel/edition-command";
import { rethrowYearTaken, yearTakenMessage, YEAR_TAKEN_FIELD_MESSAGE } from "./edition-write";
import { getEditionSettingsRow, hasEditionOfYear } from "./settings-queries";

export interface CopyEditionRequest {
  db: Executor;
  actor: SessionUser;
  /** The edition copied from. */
  editionId: number;
  /** The new edition's year (usually the next one). */
  year: number;
}

/**
 * Makes another year's edition from this one, in its draft phase: the settings, the prizes and the rubric come
 * along (the rubric as a draft, open to change), every date moves by the years between them in the edition's
 * zone; the edited message templates come along as a fresh version 1; nominations, the jury and the result stay
 * with the old edition. Both editions' audit trails say so.
 */
export async function copyEdition({ db, actor, editionId, year }: CopyEditionRequest) {
  try {
    return await runEditionCommand({ db, actor, editionId, action: "edition.copy", lock: "share" }, async ({ tx, edition, audit }) => {
      if (year === edition.year) throw new AppError("INVALID", "Choose another year than this edition's own.", { year: ["Choose another year than this edition's own."] });
      if (await hasEditionOfYear({ db: tx, year })) throw new AppError("CONFLICT", yearTakenMessage(year), { year: [YEAR_TAKEN_FIELD_MESSAGE] });
      const source = (await getEditionSettingsRow({ db: tx, editionId }))!;
      const dates = shiftEditionDatesByYear(source, source.timeZone, year - source.year);
      const [created] = await tx
        .insert(editions)
        .values({
          year,
          phase: "draft",
          theme: source.theme,
          description: source.description,
          presidencyCountryCode: source.presidencyCountryCode,
          timeZone: source.timeZone,
          ...dates,
          gracePeriodMinutes: source.gracePeriodMinutes,
          ceremonyPlace: source.ceremonyPlace,
          descriptionWordLimit: source.descriptionWordLimit,
          answerWordLimit: source.answerWordLimit,
          awardedPlaces: source.awardedPlaces,
          maxVotingJurors: source.maxVotingJurors,
          scoreVisibility: source.scoreVisibility,
          isNormalised: source.isNormalised,
          assignmentMode: source.assignmentMode,
          jurorsPerDossier: source.jurorsPerDossier,
          tieBreakChain: source.tieBreakChain,
          contactRetentionMonths: source.contactRetentionMonths,
        })
        .returning({ id: editions.id, year: editions.year });
      const newId = created!.id;
      const rubric = await tx
        .select({ position: criteria.position, title: criteria.title, guidance: criteria.guidance, weight: criteria.weight, scaleMin: criteria.scaleMin, scaleMax: criteria.scaleMax, isCommentRequired: criteria.isCommentRequired })
        .from(criteria)
        .where(eq(criteria.editionId, editionId))
        .orderBy(asc(criteria.position));
      if (rubric.length > 0) await tx.insert(criteria).values(rubric.map((c) => ({ ...c, editionId: newId })));
      const prizeRows = await tx.select({ rank: prizes.rank, description: prizes.description }).from(prizes).where(eq(prizes.editionId, editionId));
      if (prizeRows.length > 0) await tx.insert(prizes).values(prizeRows.map((p) => ({ ...p, editionId: newId })));
      const templates = await tx.select({ kind: mailTemplates.kind, subject: mailTemplates.subject, body: mailTemplates.body }).from(mailTemplates).where(eq(mailTemplates.editionId, editionId));
      if (templates.length > 0) await tx.insert(mailTemplates).values(templates.map((t) => ({ ...t, editionId: newId, version: 1, updatedByUserId: actor.id })));
      const data = { fromYear: edition.year, toYear: year, criterionCount: rubric.length, prizeCount: prizeRows.length, templateCount: templates.length };
      await audit({ entity: "edition", id: edition.id, data: { ...data, newEditionId: newId } });
      await recordAudit(tx, { actorUserId: actor.id, editionId: newId, action: "edition.created", entityType: "edition", entityId: newId, data: { ...data, copiedFromEditionId: edition.id } });
      return { id: newId, year, criterionCount: rubric.length };
    });
  } catch (error) {
    rethrowYearTaken(error, year);
  }
}
