"use server";

import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/actions/safe-action";
import { addAssignment } from "@/lib/jury/add-assignment";
import { generateAssignments } from "@/lib/jury/generate-assignments";
import { removeAssignment } from "@/lib/jury/remove-assignment";
import { updateAssignmentSettings } from "@/lib/jury/update-assignment-settings";
import { assignmentPairSchema, assignmentSettingsSchema, editionJurySchema } from "@/lib/validation/assignments";

// The commands decide who may do what, on the edition they have locked (lib/access/policy through the kernel).

/** Chooses how dossiers are assigned: to every eligible juror, or to N jurors each. */
export const updateAssignmentSettingsAction = createAction(assignmentSettingsSchema, async (input, { user, db }) => {
  const result = await updateAssignmentSettings({ db, user, ...input });
  revalidatePath("/admin", "layout");
  return result;
});

/** Writes a fresh plan: replaces automatic assignments without a sheet, keeps the rest. */
export const generateAssignmentsAction = createAction(editionJurySchema, async (input, { user, db }) => {
  const summary = await generateAssignments({ db, user, editionId: input.editionId });
  revalidatePath("/admin", "layout");
  return { added: summary.added, removed: summary.removed, kept: summary.kept, total: summary.total, shortfallCount: summary.shortfalls.length };
});

/** Gives one dossier to one juror by hand. */
export const addAssignmentAction = createAction(assignmentPairSchema, async (input, { user, db }) => {
  const result = await addAssignment({ db, user, ...input });
  revalidatePath("/admin", "layout");
  return result;
});

/** Takes one dossier away from one juror; their sheet, if any, is kept but excluded. */
export const removeAssignmentAction = createAction(assignmentPairSchema, async (input, { user, db }) => {
  const result = await removeAssignment({ db, user, ...input });
  revalidatePath("/admin", "layout");
  return result;
});
