"use server";

import { revalidatePath } from "next/cache";
import { can, getCoordinatorCountries } from "@/lib/access/policy";
import { createAction } from "@/lib/actions/safe-action";
import { createNomination, getNominationForCoordinator, NOT_FOUND_MESSAGE, submitNomination, updateNomination } from "@/lib/data/nominations";
import { explainClosedWindow, getEditionWindowByYear, toAccessResource } from "@/lib/data/submission-window";
import { AppError } from "@/lib/errors";
import { newNominationInputSchema, saveNominationInputSchema, submitNominationInputSchema } from "@/lib/validation/nomination";

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

/** Saves a draft's text if nobody saved it since the form loaded; answers the new version and save time. */
export const saveNominationAction = createAction(saveNominationInputSchema, async (input, { user, db }) => {
  const dossier = await getNominationForCoordinator({ db, id: input.id, user });
  if (!dossier) throw new AppError("NOT_FOUND", NOT_FOUND_MESSAGE);
  if (!can(user, "nomination.edit", toAccessResource(dossier, dossier))) {
    if (dossier.state !== "draft") throw new AppError("CONFLICT", "This dossier has been submitted and is locked.");
    throw explainClosedWindow(dossier);
  }
  const saved = await updateNomination({ db, user, input });
  revalidatePath("/coordinator");
  return { version: saved.version, savedAt: saved.updatedAt };
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
  revalidatePath("/coordinator");
  revalidatePath(`/coordinator/nominations/${input.id}`);
  return receipt;
});
