"use server";

import { revalidatePath } from "next/cache";
import { can, getCoordinatorCountries } from "@/lib/access/policy";
import { createAction } from "@/lib/actions/safe-action";
import { submitNomination, withdrawNomination } from "@/lib/nominations/submission";
import { createNomination, getNominationForCoordinator, LOCKED_MESSAGE, NOT_FOUND_MESSAGE, updateNomination } from "@/lib/nominations/nominations";
import { explainClosedWindow, getEditionWindowByYear, toAccessResource } from "@/lib/nominations/submission-window";
import { AppError } from "@/lib/errors";
import { scheduleMailDelivery } from "@/lib/mail/schedule";
import {
  newNominationInputSchema,
  nominationIdInputSchema,
  saveNominationInputSchema,
  submitNominationInputSchema,
  toDossierFormValues,
} from "@/lib/validation/nomination";

/** Creates a draft dossier for one of the coordinator's countries; answers its id. */
export const createNominationAction = createAction(newNominationInputSchema, async (input, { user, db }) => {
  const edition = await getEditionWindowByYear({ db, year: input.year });
  if (!edition || getCoordinatorCountries(user, edition.editionId).length === 0) {
    throw new AppError("FORBIDDEN", `You are not a coordinator for ${input.year}.`);
  }
  if (!can(user, "nomination.create", toAccessResource(edition))) throw explainClosedWindow(edition);
  const created = await createNomination({ db, user, input });
  revalidatePath("/coordinator");
  return { id: created.id };
});

/** Saves a draft's content if nobody saved it since the form loaded; answers the new version, when and by whom. */
export const saveNominationAction = createAction(saveNominationInputSchema, async (input, { user, db }) => {
  const dossier = await getNominationForCoordinator({ db, id: input.id, user });
  if (!dossier) throw new AppError("NOT_FOUND", NOT_FOUND_MESSAGE);
  if (!can(user, "nomination.edit", toAccessResource(dossier, dossier))) {
    if (dossier.state !== "draft") throw new AppError("CONFLICT", LOCKED_MESSAGE);
    throw explainClosedWindow(dossier);
  }
  const saved = await updateNomination({ db, user, input });
  return { version: saved.version, savedAt: saved.updatedAt, savedBy: saved.updatedByName };
});

/** The dossier as it is saved now (after a conflict): its content, version, state, and who saved it when. */
export const loadNominationAction = createAction(nominationIdInputSchema, async (input, { user, db }) => {
  const dossier = await getNominationForCoordinator({ db, id: input.id, user });
  if (!dossier || !can(user, "nomination.view", toAccessResource(dossier, dossier))) throw new AppError("NOT_FOUND", NOT_FOUND_MESSAGE);
  return {
    values: toDossierFormValues(dossier),
    version: dossier.version,
    state: dossier.state,
    savedAt: dossier.updatedAt,
    savedBy: dossier.updatedByName,
  };
});

/** Submits a complete draft; a repeated request answers the same receipt. */
export const submitNominationAction = createAction(submitNominationInputSchema, async (input, { user, db }) => {
  const dossier = await getNominationForCoordinator({ db, id: input.id, user });
  if (!dossier) throw new AppError("NOT_FOUND", NOT_FOUND_MESSAGE);
  const resource = toAccessResource(dossier, dossier);
  // An already submitted dossier only needs the right to see it: the data layer then answers its receipt.
  const isAllowed = dossier.state === "draft" ? can(user, "nomination.submit", resource) : can(user, "nomination.view", resource);
  if (!isAllowed) throw explainClosedWindow(dossier);
  const receipt = await submitNomination({ db, user, id: input.id, version: input.version });
  // The receipt mail was queued in the submit's transaction; deliver it now that it is committed.
  scheduleMailDelivery();
  revalidatePath("/coordinator");
  revalidatePath(`/coordinator/nominations/${input.id}`);
  return receipt;
});

/** Takes a submitted dossier back to draft before the deadline; the data layer checks state and clock. */
export const withdrawNominationAction = createAction(nominationIdInputSchema, async (input, { user, db }) => {
  const dossier = await getNominationForCoordinator({ db, id: input.id, user });
  if (!dossier || !can(user, "nomination.view", toAccessResource(dossier, dossier))) throw new AppError("NOT_FOUND", NOT_FOUND_MESSAGE);
  // Withdrawing reverses a submission, so it needs the right to submit that dossier were it a draft.
  if (!can(user, "nomination.submit", toAccessResource(dossier, { ...dossier, state: "draft" }))) throw explainClosedWindow(dossier);
  const withdrawn = await withdrawNomination({ db, user, id: input.id });
  revalidatePath("/coordinator");
  revalidatePath(`/coordinator/nominations/${input.id}`);
  return withdrawn;
});
