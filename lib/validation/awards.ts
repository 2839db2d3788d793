import { z } from "zod";
import { msg } from "../i18n/server-text";
import { multiLineText, singleLineText } from "./text";

/** The most places an edition may award (the database allows 1–10). */
export const MAX_AWARDED_PLACES = 10;

const awardPlaceSchema = z.object({
  rank: z.coerce.number().int().min(1).max(MAX_AWARDED_PLACES),
  // An empty choice leaves the place unawarded.
  nominationId: z.union([z.uuid(), z.literal("")]),
  prize: singleLineText({ max: 1000, tooLong: msg("Keep the prize under 1,000 characters.") }),
  juryReason: multiLineText({ max: 5000, tooLong: msg("Keep the jury's reason under 5,000 characters.") }),
});

/** The awarded places of an edition, place 1 (the winner) first; saving replaces the edition's awards. */
export const saveAwardsSchema = z
  .object({
    editionId: z.coerce.number().int().positive(),
    places: z.array(awardPlaceSchema).min(1).max(MAX_AWARDED_PLACES),
  })
  .superRefine(({ places }, ctx) => {
    const chosenAt = new Map<string, number>();
    let firstEmptyRank: number | undefined;
    places.forEach((place, index) => {
      const path = (field: string) => ["places", index, field];
      if (place.rank !== index + 1) {
        ctx.addIssue({ code: "custom", path: path("rank"), message: msg("Places must be numbered 1, 2, 3… in order.") });
      }
      if (!place.nominationId) {
        if (index === 0) ctx.addIssue({ code: "custom", path: path("nominationId"), message: msg("Choose the winner (place 1).") });
        firstEmptyRank ??= place.rank;
        return;
      }
      // Each message sits on its place's own field, so it needs no place number (and the browser can translate it).
      if (firstEmptyRank !== undefined) {
        ctx.addIssue({ code: "custom", path: path("nominationId"), message: msg("Fill the places above this one first.") });
      }
      const earlier = chosenAt.get(place.nominationId);
      if (earlier !== undefined) {
        ctx.addIssue({ code: "custom", path: path("nominationId"), message: msg("This nomination already holds an earlier place.") });
      } else {
        chosenAt.set(place.nominationId, place.rank);
      }
      if (!place.juryReason) {
        ctx.addIssue({ code: "custom", path: path("juryReason"), message: msg("Write the jury's reason for this place.") });
      }
    });
  });

export type SaveAwardsInput = z.input<typeof saveAwardsSchema>;
export type SaveAwards = z.output<typeof saveAwardsSchema>;
