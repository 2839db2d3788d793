import { z } from "zod";
import { countWords } from "../domain/word-count";

/** The real entry form's limit; each edition may set its own (editions.descriptionWordLimit). */
export const DEFAULT_DESCRIPTION_WORD_LIMIT = 600;
export const NOMINATION_KINDS = ["competing", "additional"] as const;

export interface NominationLimits {
  descriptionWordLimit: number;
}

const title = z.string().trim().min(1, "Enter the project title.").max(200, "Keep the title to 200 characters or fewer.");
const organisation = z.string().trim().max(200, "Keep the organisation's name to 200 characters or fewer.");
// A hard cap on characters protects the database whatever word limit an edition sets.
const description = z.string().trim().max(30_000, "The description is far too long.");

/** The dossier's editable fields, before any edition-specific word limit. */
export const nominationBaseShape = { title, organisation, description };

/** Who sends the dossier and as what; fixed once the draft exists. */
export const nominationTargetShape = {
  countryCode: z.string().trim().toUpperCase().length(2, "Choose a country."),
  kind: z.enum(NOMINATION_KINDS, { error: "Choose whether the project competes or is an additional good practice." }),
};

function createDescriptionSchema({ descriptionWordLimit }: NominationLimits, isRequired = false) {
  const schema = isRequired ? description.min(1, "Write the project description.") : description;
  return schema.superRefine((text, ctx) => {
    const words = countWords(text);
    if (words > descriptionWordLimit) {
      ctx.addIssue({
        code: "custom",
        message: `The description has ${words} words; the limit is ${descriptionWordLimit}.`,
      });
    }
  });
}

/** The editable content of a draft, with the edition's word limit (the dossier form and the data layer). */
export function createNominationContentSchema(limits: NominationLimits) {
  return z.object({ ...nominationBaseShape, description: createDescriptionSchema(limits) });
}

/** A new dossier: country, kind and content, with the edition's word limit (the "new nomination" form). */
export function createNominationSchema(limits: NominationLimits) {
  return createNominationContentSchema(limits).extend(nominationTargetShape);
}

/** What a dossier needs before it can be submitted: every required field filled in, within the limit. */
export function createCompleteNominationSchema(limits: NominationLimits) {
  return z.object({
    title,
    organisation: organisation.min(1, "Enter the responsible organisation."),
    description: createDescriptionSchema(limits, true),
  });
}

export type NominationContentValues = z.input<ReturnType<typeof createNominationContentSchema>>;
export type NominationFormValues = z.input<ReturnType<typeof createNominationSchema>>;

const revisionShape = {
  id: z.uuid("Unknown nomination."),
  version: z.coerce.number().int().positive(),
};

// Action inputs: the edition's word limit is checked again once the edition is loaded.
export const newNominationInputSchema = z.object({
  year: z.coerce.number().int().min(1990).max(2200),
  ...nominationTargetShape,
  ...nominationBaseShape,
});
export const saveNominationInputSchema = z.object({ ...revisionShape, ...nominationBaseShape });
export const submitNominationInputSchema = z.object(revisionShape);

export type NewNominationInput = z.output<typeof newNominationInputSchema>;
export type SaveNominationInput = z.output<typeof saveNominationInputSchema>;
export type SubmitNominationInput = z.output<typeof submitNominationInputSchema>;
