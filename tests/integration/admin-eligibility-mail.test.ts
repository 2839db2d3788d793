import { asc, eq, sql } from "drizzle-orm";
import { expect, it } from "vitest";
import type { Database } from "@/db/client";
import { mailOutbox, nominations } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session-user";
import { decideEligibility } from "@/lib/nominations/decide-eligibility";
import { createEdition, createNomination, createUser } from "../fixtures/factory";
import { describeEachEngine } from "../helpers/db";

async function listMail(db: Database, editionId: number) {
  return db
    .select({ kind: mailOutbox.kind, to: mailOutbox.toAddress, subject: mailOutbox.subject, body: mailOutbox.body, sentAt: mailOutbox.sentAt })
    .from(mailOutbox)
    .where(eq(mailOutbox.editionId, editionId))
    .orderBy(asc(mailOutbox.toAddress));
}

async function getState(db: Database, id: string) {
  const [row] = await db.select({ state: nominations.state, version: nominations.version }).from(nominations).where(eq(nominations.id, id));
  return row!;
}

describeEachEngine("secretariat: the eligibility decision's email", (t) => {
  // Coordinators of every edition outlive a test, so each test uses a country of its own.
  async function setUp(countryCode: string) {
    const admin = await createUser(t.db, [{ role: "admin" }]);
    const edition = await createEdition(t.db, { phase: "eligibility" });
    const nomination = await createNomination(t.db, { editionId: edition.id, countryCode, state: "submitted", title: "HopeNow" });
    await t.db.update(nominations).set({ reference: `ECPA-${edition.year}-${countryCode}` }).where(eq(nominations.id, nomination.id));
    // The country's coordinators: one for every edition, one for this edition only, one disabled, one for another edition.
    const permanent = await createUser(t.db, [{ role: "coordinator", countryCode }]);
    const thisEdition = await createUser(t.db, [{ role: "coordinator", countryCode, editionId: edition.id }]);
    await createUser(t.db, [{ role: "coordinator", countryCode }], { isActive: false });
    const otherEdition = await createEdition(t.db);
    await createUser(t.db, [{ role: "coordinator", countryCode, editionId: otherEdition.id }]);
    await createUser(t.db, [{ role: "coordinator", countryCode: "SE" }]);
    const recipients = [permanent.email, thisEdition.email].sort();
    return { admin, edition, nomination, recipients };
  }

  it("queues one email per active coordinator of the country for this edition when a dossier is accepted", async () => {
    const { admin, edition, nomination, recipients } = await setUp("DK");
    await decideEligibility({ db: t.db, actor: admin, nominationId: nomination.id, version: 1, decision: "accept" });
    const mail = await listMail(t.db, edition.id);
    expect(mail.map((m) => m.to)).toEqual(recipients);
    for (const message of mail) {
      expect(message).toMatchObject({ kind: "nomination.eligibility", sentAt: null });
      expect(message.subject).toBe(`ECPA ${edition.year}: your nomination "HopeNow" was accepted`);
      expect(message.body).toContain(`reference ECPA-${edition.year}-DK`);
      expect(message.body).toContain("Denmark's competing nomination");
      expect(message.body).toContain("It was accepted");
    }
  });

  it("tells the reason and the note of a rejection, and links to the dossier when the app's address is known", async () => {
    const { admin, edition, nomination, recipients } = await setUp("FI");
    await decideEligibility({
      db: t.db,
      actor: admin,
      nominationId: nomination.id,
      version: 1,
      decision: "reject",
      reason: "not_in_english",
      note: "Half of the answers are in Danish.",
      appUrl: "https://awards.example.org",
    });
    const mail = await listMail(t.db, edition.id);
    expect(mail.map((m) => m.to)).toEqual(recipients);
    expect(mail[0]!.subject).toContain("was not accepted");
    expect(mail[0]!.body).toContain("It was not accepted because the dossier is not in English.");
    expect(mail[0]!.body).toContain("Half of the answers are in Danish.");
    expect(mail[0]!.body).toContain(`https://awards.example.org/coordinator/nominations/${nomination.id}`);
  });

  it("queues nothing when the decision is refused", async () => {
    const { admin, edition, nomination } = await setUp("EE");
    const coordinator = await createUser(t.db, [{ role: "coordinator", countryCode: "EE" }]);
    const refused: Parameters<typeof decideEligibility>[0][] = [
      { db: t.db, actor: admin, nominationId: nomination.id, version: 7, decision: "accept" },
      { db: t.db, actor: admin, nominationId: nomination.id, version: 1, decision: "reject" },
      { db: t.db, actor: coordinator, nominationId: nomination.id, version: 1, decision: "accept" },
    ];
    for (const request of refused) await expect(decideEligibility(request)).rejects.toThrow();
    expect(await listMail(t.db, edition.id)).toEqual([]);
    expect(await getState(t.db, nomination.id)).toEqual({ state: "submitted", version: 1 });
  });

  it("writes the email in the decision's transaction: when the decision fails at its last step, no email remains", async () => {
    const { admin, edition, nomination } = await setUp("LV");
    // An actor id no user row has makes the audit entry, written after the emails, fail on its foreign key.
    const ghost: SessionUser = { ...admin, id: 2_000_000_000 };
    await expect(decideEligibility({ db: t.db, actor: ghost, nominationId: nomination.id, version: 1, decision: "accept" })).rejects.toThrow();
    expect(await listMail(t.db, edition.id)).toEqual([]);
    expect(await getState(t.db, nomination.id)).toEqual({ state: "submitted", version: 1 });
  });

  it("queues nothing, and still decides, when the country has no coordinator", async () => {
    const admin = await createUser(t.db, [{ role: "admin" }]);
    const edition = await createEdition(t.db, { phase: "eligibility" });
    const nomination = await createNomination(t.db, { editionId: edition.id, countryCode: "MT", state: "submitted" });
    await decideEligibility({ db: t.db, actor: admin, nominationId: nomination.id, version: 1, decision: "accept" });
    expect((await getState(t.db, nomination.id)).state).toBe("accepted");
    const [row] = await t.db.select({ n: sql<number>`count(*)::int` }).from(mailOutbox).where(eq(mailOutbox.editionId, edition.id));
    expect(row!.n).toBe(0);
  });
});
