import { and, eq, sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { auditEvents, editions, nominations } from "@/db/schema";
import { submitNomination } from "@/lib/nominations/submit";
import { createNomination } from "@/lib/nominations/create";
import { getNominationForCoordinator, listCoordinatorNominations, listNominatingCountries } from "@/lib/nominations/queries";
import { updateNomination } from "@/lib/nominations/update";
import { listCoordinatorEditions } from "@/lib/nominations/submission-window";
import type { Database } from "@/db/client";
import type { SessionUser } from "@/lib/auth/session-user";
import { completeDossier, FULL_CONTENT } from "../fixtures/dossier";
import { createEdition, createNomination as insertNomination, createUser } from "../fixtures/factory";
import { describeEachEngine } from "../helpers/db";

const CONTENT = { title: "Safe streets", organisation: "City of Ghent", description: "A neighbourhood project that works." };

async function setDeadline(db: Database, editionId: number, offset: string, graceMinutes = 0) {
  await db
    .update(editions)
    .set({ submissionDeadline: sql`now() + ${offset}::interval`, gracePeriodMinutes: graceMinutes })
    .where(eq(editions.id, editionId));
}

async function countAudit(db: Database, nominationId: string, action: string) {
  const rows = await db
    .select({ id: auditEvents.id })
    .from(auditEvents)
    .where(and(eq(auditEvents.entityId, nominationId), eq(auditEvents.action, action)));
  return rows.length;
}

describeEachEngine("coordinator nominations", (t) => {
  async function setUp(countryCode = "BE") {
    const edition = await createEdition(t.db, { phase: "nominations_open" });
    const coordinator = await createUser(t.db, [{ role: "coordinator", countryCode }]);
    // Drafts are completed in the database, keeping version 1, so a test can submit one at once.
    const create = async (user: SessionUser, values: Partial<typeof CONTENT> & { kind?: "competing" | "additional"; countryCode?: string } = {}) => {
      const created = await createNomination({
        db: t.db,
        user,
        input: { year: edition.year, countryCode, kind: "competing", ...CONTENT, ...values },
      });
      const { title, organisation, description } = { ...CONTENT, ...values };
      await completeDossier(t.db, created.id, { title, organisation, description });
      return created;
    };
    return { edition, coordinator, create };
  }

  it("lets a coordinator create a competing draft for their country, with an audit entry", async () => {
    const { coordinator, create } = await setUp();
    const { id } = await create(coordinator);
    const dossier = await getNominationForCoordinator({ db: t.db, id, user: coordinator });
    expect(dossier).toMatchObject({ countryCode: "BE", kind: "competing", state: "draft", version: 1, title: "Safe streets" });
    expect(await countAudit(t.db, id, "nomination.created")).toBe(1);
  });

  it("refuses a second competing nomination for the same country and edition, but takes additional ones", async () => {
    const { edition, coordinator, create } = await setUp();
    await create(coordinator);
    await expect(create(coordinator, { title: "Second" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining(`already has a competing nomination for ${edition.year}`),
    });
    await expect(create(coordinator, { kind: "additional", title: "Extra" })).resolves.toHaveProperty("id");
  });

  it("refuses a country the user does not coordinate, and keeps a description over the word limit in the new draft", async () => {
    const { edition, coordinator, create } = await setUp();
    await expect(create(coordinator, { countryCode: "NL" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await t.db.update(editions).set({ descriptionWordLimit: 3 }).where(eq(editions.id, edition.id));
    // A draft keeps every word typed; only submitting asks for the description to be shortened.
    const { id } = await create(coordinator, { description: "one two three four" });
    expect(await getNominationForCoordinator({ db: t.db, id, user: coordinator })).toMatchObject({ description: "one two three four", state: "draft" });
  });

  it("lets a coordinator of several countries choose among theirs only", async () => {
    const edition = await createEdition(t.db, { phase: "nominations_open" });
    const user = await createUser(t.db, [
      { role: "coordinator", countryCode: "BE" },
      { role: "coordinator", countryCode: "NL", editionId: edition.id },
    ]);
    const input = { year: edition.year, kind: "competing" as const, ...CONTENT };
    await createNomination({ db: t.db, user, input: { ...input, countryCode: "NL" } });
    expect(await listNominatingCountries({ db: t.db, user, editionId: edition.id })).toEqual([
      { code: "BE", name: "Belgium", hasCompeting: false },
      { code: "NL", name: "Netherlands", hasCompeting: true },
    ]);
    await expect(createNomination({ db: t.db, user, input: { ...input, countryCode: "DE" } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const nominations = await listCoordinatorNominations({ db: t.db, user });
    expect(nominations.filter((n) => n.editionId === edition.id).map((n) => n.countryCode)).toEqual(["NL"]);
  });

  it("hides another country's dossiers: get, save and submit all answer not found", async () => {
    const { edition, coordinator, create } = await setUp("BE");
    const other = await createUser(t.db, [{ role: "coordinator", countryCode: "NL" }]);
    const { id } = await create(coordinator);
    const submitted = await insertNomination(t.db, { editionId: edition.id, countryCode: "BE", kind: "additional", state: "submitted" });

    for (const nominationId of [id, submitted.id]) {
      expect(await getNominationForCoordinator({ db: t.db, id: nominationId, user: other })).toBeUndefined();
    }
    await expect(updateNomination({ db: t.db, user: other, input: { id, version: 1, ...FULL_CONTENT } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(submitNomination({ db: t.db, user: other, id, version: 1 })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listCoordinatorNominations({ db: t.db, user: other })).map((n) => n.id)).not.toContain(id);
    expect(await getNominationForCoordinator({ db: t.db, id, user: coordinator })).toMatchObject({ state: "draft", version: 1 });
  });

  it("limits a coordinator named for one edition to that edition", async () => {
    const { edition, coordinator, create } = await setUp("BE");
    const { id } = await create(coordinator);
    const later = await createEdition(t.db, { phase: "nominations_open" });
    const laterOnly = await createUser(t.db, [{ role: "coordinator", countryCode: "BE", editionId: later.id }]);
    expect(await getNominationForCoordinator({ db: t.db, id, user: laterOnly })).toBeUndefined();
    const years = (await listCoordinatorEditions({ db: t.db, user: laterOnly })).map((e) => e.year);
    expect(years).toEqual([later.year]);
    expect(years).not.toContain(edition.year);
  });

  it("refuses a save made from a stale version and keeps the newer text", async () => {
    const { coordinator, create } = await setUp();
    const colleague = await createUser(t.db, [{ role: "coordinator", countryCode: "BE" }]);
    const { id } = await create(coordinator);
    const saved = await updateNomination({ db: t.db, user: colleague, input: { id, version: 1, ...FULL_CONTENT, title: "Colleague's title" } });
    expect(saved.version).toBe(2);
    await expect(updateNomination({ db: t.db, user: coordinator, input: { id, version: 1, ...FULL_CONTENT, title: "Mine" } })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "Test User saved this dossier after you started editing — load their version to go on.",
    });
    expect(await getNominationForCoordinator({ db: t.db, id, user: coordinator })).toMatchObject({ title: "Colleague's title", version: 2 });
  });

  it("refuses a submission after the deadline by the database clock and accepts one just before it", async () => {
    const { edition, coordinator, create } = await setUp("DK");
    const { id } = await create(coordinator);
    await setDeadline(t.db, edition.id, "-1 second");
    await expect(submitNomination({ db: t.db, user: coordinator, id, version: 1 })).rejects.toMatchObject({
      code: "DEADLINE_PASSED",
      message: expect.stringContaining("has passed"),
    });
    expect(await getNominationForCoordinator({ db: t.db, id, user: coordinator })).toMatchObject({ state: "draft", reference: null });
    expect(await countAudit(t.db, id, "nomination.submitted")).toBe(0);

    // A few seconds of margin, because a busy test machine can pause between the two statements.
    await setDeadline(t.db, edition.id, "3 seconds");
    const receipt = await submitNomination({ db: t.db, user: coordinator, id, version: 1 });
    expect(receipt).toMatchObject({ state: "submitted", reference: `ECPA-${edition.year}-DK` });
  });

  it("accepts a submission within the grace period after the deadline", async () => {
    const { edition, coordinator, create } = await setUp("FR");
    const { id } = await create(coordinator);
    await setDeadline(t.db, edition.id, "-1 minute", 5);
    await expect(submitNomination({ db: t.db, user: coordinator, id, version: 1 })).resolves.toMatchObject({ state: "submitted" });
  });

  it("submits once when the request is repeated: same receipt, one audit entry, then locked", async () => {
    const { edition, coordinator, create } = await setUp("SE");
    const { id } = await create(coordinator);
    const [first, second] = await Promise.all([
      submitNomination({ db: t.db, user: coordinator, id, version: 1 }),
      submitNomination({ db: t.db, user: coordinator, id, version: 1 }),
    ]);
    const third = await submitNomination({ db: t.db, user: coordinator, id, version: 1 });
    expect(first.reference).toBe(`ECPA-${edition.year}-SE`);
    expect(second).toEqual(first);
    expect(third).toEqual(first);
    expect(await countAudit(t.db, id, "nomination.submitted")).toBe(1);
    await expect(updateNomination({ db: t.db, user: coordinator, input: { id, version: 2, ...FULL_CONTENT } })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("numbers additional dossiers A1, A2 in submission order", async () => {
    const { edition, coordinator, create } = await setUp("PT");
    const a = await create(coordinator, { kind: "additional", title: "First extra" });
    const b = await create(coordinator, { kind: "additional", title: "Second extra" });
    const receiptB = await submitNomination({ db: t.db, user: coordinator, id: b.id, version: 1 });
    const receiptA = await submitNomination({ db: t.db, user: coordinator, id: a.id, version: 1 });
    expect([receiptB.reference, receiptA.reference]).toEqual([`ECPA-${edition.year}-PT-A1`, `ECPA-${edition.year}-PT-A2`]);
  });

  it("refuses to submit an incomplete dossier and names the missing fields", async () => {
    const { coordinator, create } = await setUp("AT");
    const { id } = await create(coordinator, { organisation: "", description: "   " });
    await expect(submitNomination({ db: t.db, user: coordinator, id, version: 1 })).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { organisation: [expect.any(String)], description: [expect.any(String)] },
    });
    const [row] = await t.db.select({ state: nominations.state }).from(nominations).where(eq(nominations.id, id));
    expect(row?.state).toBe("draft");
  });

  it("lists only editions past the draft phase, newest first", async () => {
    const coordinator = await createUser(t.db, [{ role: "coordinator", countryCode: "LU" }]);
    const open = await createEdition(t.db, { phase: "nominations_open" });
    const draft = await createEdition(t.db, { phase: "draft" });
    const years = (await listCoordinatorEditions({ db: t.db, user: coordinator })).map((e) => e.year);
    expect(years).toContain(open.year);
    expect(years).not.toContain(draft.year);
    expect(years).toEqual([...years].sort((x, y) => y - x));
    const noRole = await createUser(t.db, []);
    expect(await listCoordinatorEditions({ db: t.db, user: noRole })).toEqual([]);
  });
});
