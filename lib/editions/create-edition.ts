import { editions } from "../../db/schema";
import type { Executor } from "../../db/client";
import { authorizeGlobal } from "../access/policy";
import type { SessionUser } from "../auth/session-user";
import { AppError } from "../errors";
import { recordAudit } from "../kernel/audit";
import type { EditionSettings } from "../validation/edition";
import { assertCountryExists, replacePrizes, rethrowYearTaken, toEditionColumns, yearTakenMessage, YEAR_TAKEN_FIELD_MESSAGE } from "./edition-write";
import { hasEditionOfYear } from "./settings-queries";

export interface CreateEditionRequest {
  db: Executor;
  actor: SessionUser;
  year: number;
  settings: EditionSettings;
}

/**
 * Creates an edition in its draft phase, with its prizes and its audit entry, in one transaction. There is no
 * edition to lock yet, so the right is a global one (edition.create); the unique year settles a race.
 */
export async function createEdition({ db, actor, year, settings }: CreateEditionRequest) {
  const decision = authorizeGlobal(actor, "edition.create");
  if (!decision.ok) throw new AppError(decision.code, decision.reason);
  try {
    return await db.transaction(async (tx) => {
      if (await hasEditionOfYear({ db: tx, year })) throw new AppError("CONFLICT", yearTakenMessage(year), { year: [YEAR_TAKEN_FIELD_MESSAGE] });
      await assertCountryExists(tx, settings.presidencyCountryCode);
      const [created] = await tx
        .insert(editions)
        .values({ year, phase: "draft", ...toEditionColumns(settings) })
        .returning({ id: editions.id, year: editions.year, version: editions.version });
      await replacePrizes(tx, created!.id, settings.prizes);
      await recordAudit(tx, {
        actorUserId: actor.id,
        editionId: created!.id,
        action: "edition.created",
        entityType: "edition",
        entityId: created!.id,
        data: { year, theme: settings.theme, presidencyCountryCode: settings.presidencyCountryCode },
      });
      return created!;
    });
  } catch (error) {
    rethrowYearTaken(error, year);
  }
}
