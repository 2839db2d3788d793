"use server";

import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/actions/safe-action";
import { advanceEditionPhase } from "@/lib/editions/advance-phase";
import { decideEligibility } from "@/lib/nominations/decide-eligibility";
import { reopenNomination } from "@/lib/nominations/reopen";
import { getEnv } from "@/lib/env";
import { scheduleMailDelivery } from "@/lib/mail/schedule";
import { advancePhaseSchema } from "@/lib/validation/phase-change";
import { decideEligibilitySchema } from "@/lib/validation/eligibility";
import { reopenNominationInputSchema } from "@/lib/validation/nomination";

// The commands decide who may do what, on the row they have locked (lib/access/policy through the kernel).

/** Moves an edition to its next phase (publishing included). */
export const advancePhaseAction = createAction(advancePhaseSchema, async (input, { user, db }) => {
  const result = await advanceEditionPhase({ db, actor: user, ...input });
  // Publication changes what the public pages show, so everything is refreshed then.
  revalidatePath(result.phase === "published" ? "/" : "/admin", "layout");
  return { year: result.year, phase: result.phase, version: result.version };
});

/** Accepts or rejects one submitted competing nomination during eligibility. */
export const decideEligibilityAction = createAction(decideEligibilitySchema, async (input, { user, db }) => {
  const result = await decideEligibility({ db, actor: user, ...input, appUrl: getEnv().NEXTAUTH_URL });
  // The decision and its emails are committed: sending them must not hold up the answer.
  scheduleMailDelivery();
  revalidatePath("/admin", "layout");
  return { state: result.state, version: result.version };
});

/** Turns a submitted dossier back into a draft for its coordinators, with the reason on record and mailed to them. */
export const reopenNominationAction = createAction(reopenNominationInputSchema, async (input, { user, db }) => {
  const result = await reopenNomination({ db, user, id: input.id, reason: input.reason });
  scheduleMailDelivery();
  revalidatePath("/admin", "layout");
  return { version: result.version };
});
