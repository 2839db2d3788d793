import { z } from "zod";
import { msg } from "../i18n/server-text";
import { multiLineText } from "./text";

/** The chair's order for dossiers the declared tie-breaks left tied, best first, and the reason for it. */
export const tieDecisionSchema = z
  .object({
    editionId: z.coerce.number().int().positive(),
    orderedNominationIds: z.array(z.uuid(msg("Choose a dossier for every place."))).min(2).max(50),
    reason: multiLineText({ required: msg("Give the reason for the decision."), max: 2000, tooLong: msg("Keep the reason under 2,000 characters.") }),
  })
  .superRefine(({ orderedNominationIds }, ctx) => {
    if (new Set(orderedNominationIds).size !== orderedNominationIds.length) {
      ctx.addIssue({ code: "custom", path: ["orderedNominationIds"], message: msg("Put each tied dossier in one place only.") });
    }
  });

export type TieDecisionInput = z.input<typeof tieDecisionSchema>;
export type TieDecision = z.output<typeof tieDecisionSchema>;
