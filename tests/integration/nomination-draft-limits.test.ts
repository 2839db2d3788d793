import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { editions, nominations } from "@/db/schema";
import { OTHER_TAB_MESSAGE } from "@/lib/nominations/conflict-messages";
import { createNomination } from "@/lib/nominations/create";
import { getNominationForCoordinator } from "@/lib/nominations/queries";
import { submitNomination } from "@/lib/nominations/submit";
import { updateNomination } from "@/lib/nominations/update";
import { FULL_CONTENT } from "../fixtures/dossier";
import { createEdition, createUser } from "../fixtures/factory";
import { describeEachEngine } from "../helpers/db";

const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(" ");

describeEachEngine("a draft over a word limit, and who saved in between", (t) => {
  /** An open edition with a 20-word answer limit, a Belgian coordinator and their draft at version 1. */
  async function setUp() {
    const edition = await createEdition(t.db, { phase: "nominations_open" });
    await t.db.update(editions).set({ answerWordLimit: 20 }).where(eq(editions.id, edition.id));
    const coordinator = await createUser(t.db, [{ role: "coordinator", countryCode: "BE" }]);
    const { id } = await createNomination({
      db: t.db,
      user: coordinator,
      input: { year: edition.year, countryCode: "BE", kind: "competing", title: "Safe streets", organisation: "", description: "" },
    });
    return { coordinator, id };
  }

  it("saves every answer, the over-long one included, and only the submission refuses it, saying by how much", async () => {
    const { coordinator, id } = await setUp();
    const longAnswer = words(23);
    const saved = await updateNomination({
      db: t.db,
      user: coordinator,
      input: { id, version: 1, ...FULL_CONTENT, answerPartners: "The city and the police.", answerInnovation: longAnswer },
    });
    expect(saved.version).toBe(2);
    // Nothing typed is lost: the long answer is kept word for word beside the others.
    expect(await getNominationForCoordinator({ db: t.db, id, user: coordinator })).toMatchObject({
      answerInnovation: longAnswer,
      answerPartners: "The city and the police.",
      contactName: FULL_CONTENT.contactName,
      state: "draft",
    });

    await expect(submitNomination({ db: t.db, user: coordinator, id, version: 2 })).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { answerInnovation: ["This answer is 3 words over the limit (23 of 20): shorten it to submit."] },
    });
    const [row] = await t.db.select({ state: nominations.state, reference: nominations.reference }).from(nominations).where(eq(nominations.id, id));
    expect(row).toEqual({ state: "draft", reference: null });

    await updateNomination({ db: t.db, user: coordinator, input: { id, version: 2, ...FULL_CONTENT, answerInnovation: words(20) } });
    await expect(submitNomination({ db: t.db, user: coordinator, id, version: 3 })).resolves.toMatchObject({ state: "submitted" });
  });

  it("still refuses a draft field in the wrong format, and writes nothing of that save", async () => {
    const { coordinator, id } = await setUp();
    await expect(
      updateNomination({ db: t.db, user: coordinator, input: { id, version: 1, ...FULL_CONTENT, contactEmail: "an.peeters@" } }),
    ).rejects.toMatchObject({ code: "INVALID", fieldErrors: { contactEmail: ["Enter a valid email address, e.g. name@example.org."] } });
    expect(await getNominationForCoordinator({ db: t.db, id, user: coordinator })).toMatchObject({ version: 1, contactEmail: "" });
  });

  it("tells a person who saved in another tab that it was them, not a colleague", async () => {
    const { coordinator, id } = await setUp();
    await updateNomination({ db: t.db, user: coordinator, input: { id, version: 1, ...FULL_CONTENT, title: "From the first tab" } });
    await expect(
      updateNomination({ db: t.db, user: coordinator, input: { id, version: 1, ...FULL_CONTENT, title: "From the second tab" } }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: OTHER_TAB_MESSAGE });

    const colleague = await createUser(t.db, [{ role: "coordinator", countryCode: "BE" }]);
    await expect(
      updateNomination({ db: t.db, user: colleague, input: { id, version: 1, ...FULL_CONTENT, title: "From a colleague" } }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: "Test User saved this dossier after you started editing — load their version to go on." });
    expect(await getNominationForCoordinator({ db: t.db, id, user: coordinator })).toMatchObject({ title: "From the first tab", version: 2 });
  });
});
