"use server";

import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/actions/safe-action";
import { createNomination } from "@/lib/nominations/create";
import { getNominationForCoordinator, NOT_FOUND_MESSAGE } from "@/lib/nominations/queries";
import { submitNomination } from "@/lib/nominations/submit";
import { updateNomination } from "@/lib/nominations/update";
import { withdrawNomination } from "@/lib/nominations/withdraw";
import { AppError } from "@/lib/errors";
import { scheduleMailDelivery } from "@/lib/mail/schedule";
import {
  newNominationInputSchema,
  nominationIdInputSchema,
  saveNominationInputSchema,
  submitNominationInputSchema,
  toDossierFormValues,
} from "@/lib/validation/nomination";

// The commands decide who may do what (lib/access/policy through the edition-command kernel); these only answer.

/** Creates a draft dossier for one of the coordinator's countries; answers its id. */
export const createNominationAction = createAction(newNominationInputSchema, async (input, { user, db }) => {
  const created = await createNomination({ db, user, input });
  revalidatePath("/coordinator");
  return { id: created.id };
});

/** Saves a draft's content if nobody saved it since the form loaded; answers the new version, when and by whom. */
export const saveNominationAction = createAction(saveNominationInputSchema, async (input, { user, db }) => {
  const saved = await updateNomination({ db, user, input });
  return { version: saved.version, savedAt: saved.updatedAt, savedBy: saved.updatedByName };
});

/** The dossier as it is saved now (after a conflict): its content, version, state, and who saved it when. */
export const loadNominationAction = createAction(nominationIdInputSchema, async (input, { user, db }) => {
  // The read's WHERE clause is the access rule: another country's dossier is not found.
  const dossier = await getNominationForCoordinator({ db, id: input.id, user });
  if (!dossier) throw new AppError("NOT_FOUND", NOT_FOUND_MESSAGE);
  return {
    values: toDossierFormValues(dossier),
    version: dossier.version,
    state: dossier.state,
    savedAt: dossier.updatedAt,
    savedBy: dossier.updatedByName,
    // The same person in another tab is told so, not taken for a colleague.
    isSavedByMe: dossier.updatedById === user.id,
  };
});

/** Submits a complete draft; a repeated request answers the same receipt. */
export const submitNominationAction = createAction(submitNominationInputSchema, async (input, { user, db }) => {
  const receipt = await submitNomination({ db, user, id: input.id, version: input.version });
  // The receipt mail was queued in the submit's transaction; deliver it now that it is committed.
  scheduleMailDelivery();
  revalidatePath("/coordinator");
  revalidatePath(`/coordinator/nominations/${input.id}`);
  return receipt;
});

/** Takes a submitted dossier back to draft before the deadline. */
export const withdrawNominationAction = createAction(nominationIdInputSchema, async (input, { user, db }) => {
  const withdrawn = await withdrawNomination({ db, user, id: input.id });
  revalidatePath("/coordinator");
  revalidatePath(`/coordinator/nominations/${input.id}`);
  return withdrawn;
});
