"use server";

import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/actions/safe-action";
import { addAssignment, removeAssignment } from "@/lib/jury/assignment-changes";
import { generateAssignments, updateAssignmentSettings } from "@/lib/jury/assignments";
import { AppError } from "@/lib/errors";
import { assignmentPairSchema, assignmentSettingsSchema, editionJurySchema } from "@/lib/validation/assignments";

// Each handler refuses non-admins at once; the data layer checks again on the edition row it has locked.
const FORBIDDEN_MESSAGE = "Only the secretariat can change the jury's assignments.";

/** Chooses how dossiers are assigned: to every eligible juror, or to N jurors each. */
export const updateAssignmentSettingsAction = createAction(assignmentSettingsSchema, async (input, { user, db }) => {
  if (!user.isAdmin) throw new AppError("FORBIDDEN", FORBIDDEN_MESSAGE);
  const result = await updateAssignmentSettings({ db, user, ...input });
  revalidatePath("/admin", "layout");
  return result;
});

/** Writes a fresh plan: replaces automatic assignments without a sheet, keeps the rest. */
export const generateAssignmentsAction = createAction(editionJurySchema, async (input, { user, db }) => {
  if (!user.isAdmin) throw new AppError("FORBIDDEN", FORBIDDEN_MESSAGE);
  const summary = await generateAssignments({ db, user, editionId: input.editionId });
  revalidatePath("/admin", "layout");
  return { added: summary.added, removed: summary.removed, kept: summary.kept, total: summary.total, shortfallCount: summary.shortfalls.length };
});

/** Gives one dossier to one juror by hand. */
export const addAssignmentAction = createAction(assignmentPairSchema, async (input, { user, db }) => {
  if (!user.isAdmin) throw new AppError("FORBIDDEN", FORBIDDEN_MESSAGE);
  const result = await addAssignment({ db, user, ...input });
  revalidatePath("/admin", "layout");
  return result;
});

/** Takes one dossier away from one juror; their sheet, if any, is kept but excluded. */
export const removeAssignmentAction = createAction(assignmentPairSchema, async (input, { user, db }) => {
  if (!user.isAdmin) throw new AppError("FORBIDDEN", FORBIDDEN_MESSAGE);
  const result = await removeAssignment({ db, user, ...input });
  revalidatePath("/admin", "layout");
  return result;
});
