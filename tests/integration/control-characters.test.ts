import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import type { z } from "zod";
import { assignments, nominations, scoreSheets } from "@/db/schema";
import { toActionFailure, type ActionResult } from "@/lib/actions/result";
import type { SessionUser } from "@/lib/auth/session-user";
import { decideEligibility } from "@/lib/nominations/decide-eligibility";
import { getNominationForCoordinator } from "@/lib/nominations/queries";
import { updateNomination } from "@/lib/nominations/update";
import { listRubric } from "@/lib/scoring/queries";
import { saveScoreSheet } from "@/lib/scoring/save-sheet";
import { decideEligibilitySchema } from "@/lib/validation/eligibility";
import { saveNominationInputSchema } from "@/lib/validation/nomination";
import { getCommentFieldName, getScoreFieldName, saveScoreSheetRequestSchema } from "@/lib/validation/score-sheet";
import { CONTROL_CHARACTER_MESSAGE } from "@/lib/validation/text";
import { FULL_CONTENT } from "../fixtures/dossier";
import { createEdition, createNomination, createUser } from "../fixtures/factory";
import { describeEachEngine } from "../helpers/db";

const NUL = "\u0000";

/** What a server action answers for this input: its schema, then the data layer, every failure as an ActionResult. */
async function runLikeAction<S extends z.ZodType, T>(schema: S, input: unknown, handler: (parsed: z.output<S>) => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await handler(schema.parse(input)) };
  } catch (error) {
    return toActionFailure(error);
  }
}

describeEachEngine("a NUL character in a text field", (t) => {
  it("is refused on a dossier's autosave with the field's message, and the draft is not written", async () => {
    const edition = await createEdition(t.db, { phase: "nominations_open" });
    const coordinator = await createUser(t.db, [{ role: "coordinator", countryCode: "BE" }]);
    const [draft] = await t.db
      .insert(nominations)
      .values({ editionId: edition.id, countryCode: "BE", title: "Safe streets", createdBy: coordinator.id })
      .returning({ id: nominations.id, version: nominations.version });
    const input = { id: draft!.id, version: draft!.version, ...FULL_CONTENT, description: `Before${NUL}after`, contactName: `An${NUL}` };

    const result = await runLikeAction(saveNominationInputSchema, input, (parsed) => updateNomination({ db: t.db, user: coordinator, input: parsed }));

    expect(result).toMatchObject({
      ok: false,
      code: "INVALID",
      fieldErrors: { description: [CONTROL_CHARACTER_MESSAGE], contactName: [CONTROL_CHARACTER_MESSAGE] },
    });
    const stored = await getNominationForCoordinator({ db: t.db, id: draft!.id, user: coordinator });
    expect(stored).toMatchObject({ version: draft!.version, description: "", contactName: "" });
  });

  it("is refused in a juror's comment with the field's message, and no sheet is written", async () => {
    const edition = await createEdition(t.db, { phase: "jury_scoring" });
    const nomination = await createNomination(t.db, { editionId: edition.id, countryCode: "DK", state: "accepted" });
    const juror = await createUser(t.db, [{ role: "juror", countryCode: "FR", editionId: edition.id }]);
    await t.db.insert(assignments).values({ editionId: edition.id, jurorUserId: juror.id, nominationId: nomination.id, source: "manual" });
    const [criterion] = await listRubric({ db: t.db, editionId: edition.id });
    const comment = getCommentFieldName(criterion!.id);
    const input = { nominationId: nomination.id, version: 0, intent: "draft", [getScoreFieldName(criterion!.id)]: "7", [comment]: `Good${NUL}`, overallComment: `\u001B[2J` };

    const result = await runLikeAction(saveScoreSheetRequestSchema, input, ({ nominationId, version, intent, ...values }) =>
      saveScoreSheet({ db: t.db, user: juror, nominationId, version, intent, values }),
    );

    expect(result).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { [comment]: [CONTROL_CHARACTER_MESSAGE], overallComment: [CONTROL_CHARACTER_MESSAGE] } });
    expect(await t.db.select({ id: scoreSheets.id }).from(scoreSheets).where(eq(scoreSheets.nominationId, nomination.id))).toEqual([]);
  });

  it("is refused in an eligibility note with the field's message, and the dossier keeps its state", async () => {
    const edition = await createEdition(t.db, { phase: "eligibility" });
    const admin: SessionUser = await createUser(t.db, [{ role: "admin" }]);
    const nomination = await createNomination(t.db, { editionId: edition.id, countryCode: "NL", state: "submitted" });
    const input = { nominationId: nomination.id, version: nomination.version, decision: "reject", reason: "other", note: `Sent${NUL} twice` };

    const result = await runLikeAction(decideEligibilitySchema, input, (parsed) => decideEligibility({ db: t.db, actor: admin, ...parsed }));

    expect(result).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { note: [CONTROL_CHARACTER_MESSAGE] } });
    const [stored] = await t.db.select({ state: nominations.state, version: nominations.version }).from(nominations).where(eq(nominations.id, nomination.id));
    expect(stored).toEqual({ state: "submitted", version: nomination.version });
  });
});
