import { eq } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { editions, nominations } from "../../db/schema";
import type { SessionUser } from "../auth/session-user";
import { AppError, getViolatedConstraint } from "../errors";
import { runEditionCommand } from "../kernel/edition-command";
import { createNominationSchema, type NewNominationInput } from "../validation/nomination";
import { msg, text } from "../i18n/server-text";
import { toInvalid } from "./dossier-command";
import { sayFieldMessage } from "./request-language";
import { explainClosedWindow, getEditionWindowByYear, getSubmissionWindow } from "./submission-window";

/** Creates a draft dossier for one of the user's countries while the edition takes dossiers (by the database clock). */
export async function createNomination({ db, user, input }: { db: Executor; user: SessionUser; input: NewNominationInput }) {
  try {
    return await runEditionCommand(
      {
        db,
        actor: user,
        editionId: async (db) => (await getEditionWindowByYear({ db, year: input.year }))?.editionId,
        action: "nomination.create",
        // The country asked for is judged by the policy: one of the coordinator's own.
        load: async () => ({ nomination: { countryCode: input.countryCode, kind: input.kind, state: "draft" as const } }),
        notFound: msg("You cannot nominate projects for this country in this edition."),
      },
      async ({ tx, actorId, edition, audit }) => {
        const window = await getSubmissionWindow(tx, eq(editions.id, edition.id));
        if (!window) throw new AppError("NOT_FOUND", msg("This edition does not exist."));
        if (!window.isAcceptingSubmissions) throw await explainClosedWindow(window);
        const content = createNominationSchema(window).safeParse(input);
        if (!content.success) throw await toInvalid(content.error, msg("Please correct the highlighted fields."));
        const { title, organisation, description } = content.data;
        const [created] = await tx
          .insert(nominations)
          .values({ editionId: edition.id, countryCode: input.countryCode, kind: input.kind, title, organisation, description, createdBy: actorId, updatedBy: actorId })
          .returning({ id: nominations.id, version: nominations.version });
        await audit({ action: "nomination.created", entity: "nomination", id: created!.id, data: { kind: input.kind } });
        return created!;
      },
    );
  } catch (error) {
    if (getViolatedConstraint(error) === "nominations_one_competing_idx") {
      const message = text(
        "Your country already has a competing nomination for {year}. Add this project as an additional good practice, or edit the competing one.",
        { year: input.year },
      );
      throw new AppError("CONFLICT", message, { kind: [await sayFieldMessage(message)] });
    }
    throw error;
  }
}
