import { and, asc, eq, sql } from "drizzle-orm";
import { expect, it } from "vitest";
import type { Database } from "@/db/client";
import { auditEvents, editions, mailOutbox, nominations } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session-user";
import { formatDeadline } from "@/lib/domain/deadline";
import { formatEditionMoment } from "@/lib/format/edition-time";
import { reopenNomination } from "@/lib/nominations/reopen";
import { createNomination } from "@/lib/nominations/create";
import { getNominationForCoordinator } from "@/lib/nominations/queries";
import { submitNomination } from "@/lib/nominations/submit";
import { updateNomination } from "@/lib/nominations/update";
import { withdrawNomination } from "@/lib/nominations/withdraw";
import { completeDossier, FULL_CONTENT } from "../fixtures/dossier";
import { createEdition, createUser } from "../fixtures/factory";
import { describeEachEngine } from "../helpers/db";

/** Moves the deadline relative to the database clock, e.g. "-1 second" or "-5 minutes -1 second". */
async function setDeadline(db: Database, editionId: number, offset: string, graceMinutes = 0) {
  await db
    .update(editions)
    .set({ submissionDeadline: sql`now() + ${offset}::interval`, gracePeriodMinutes: graceMinutes })
    .where(eq(editions.id, editionId));
}

async function listAudit(db: Database, nominationId: string, action: string) {
  return db
    .select({ data: auditEvents.data, actorUserId: auditEvents.actorUserId })
    .from(auditEvents)
    .where(and(eq(auditEvents.entityId, nominationId), eq(auditEvents.action, action)));
}

async function listMail(db: Database, editionId: number, kind: string) {
  return db
    .select({ to: mailOutbox.toAddress, subject: mailOutbox.subject, body: mailOutbox.body })
    .from(mailOutbox)
    .where(and(eq(mailOutbox.editionId, editionId), eq(mailOutbox.kind, kind)))
    .orderBy(asc(mailOutbox.toAddress));
}

async function readRow(db: Database, id: string) {
  const [row] = await db
    .select({ state: nominations.state, version: nominations.version, reference: nominations.reference, submittedAt: nominations.submittedAt, title: nominations.title })
    .from(nominations)
    .where(eq(nominations.id, id));
  return row!;
}

describeEachEngine("nomination lifecycle", (t) => {
  /** An open edition, a coordinator of the country and one complete competing draft at version 1. */
  async function setUp(countryCode = "BE") {
    const edition = await createEdition(t.db, { phase: "nominations_open" });
    const coordinator = await createUser(t.db, [{ role: "coordinator", countryCode }]);
    const admin = await createUser(t.db, [{ role: "admin" }]);
    const { id } = await createNomination({
      db: t.db,
      user: coordinator,
      input: { year: edition.year, countryCode, kind: "competing", title: "Safe streets", organisation: "", description: "" },
    });
    await completeDossier(t.db, id);
    return { edition, coordinator, admin, id };
  }

  const submit = (user: SessionUser, id: string, version = 1) => submitNomination({ db: t.db, user, id, version });

  it("refuses a submission a second after the deadline, with nothing written", async () => {
    const { edition, coordinator, id } = await setUp();
    await setDeadline(t.db, edition.id, "-1 second");
    await expect(submit(coordinator, id)).rejects.toMatchObject({ code: "DEADLINE_PASSED" });
    await expect(updateNomination({ db: t.db, user: coordinator, input: { id, version: 1, ...FULL_CONTENT } })).rejects.toMatchObject({
      code: "DEADLINE_PASSED",
    });
    expect(await readRow(t.db, id)).toMatchObject({ state: "draft", version: 1, reference: null });
    expect(await listAudit(t.db, id, "nomination.submitted")).toHaveLength(0);
    expect(await listMail(t.db, edition.id, "nomination.receipt")).toHaveLength(0);
  });

  it("takes a submission in the last seconds of the grace period and refuses one a second after it", async () => {
    const late = await setUp("FR");
    await setDeadline(t.db, late.edition.id, "-5 minutes -1 second", 5);
    await expect(submit(late.coordinator, late.id)).rejects.toMatchObject({ code: "DEADLINE_PASSED" });
    expect(await readRow(t.db, late.id)).toMatchObject({ state: "draft" });

    // A few seconds of margin, because a busy test machine can pause between the two statements.
    const inGrace = await setUp("IE");
    await setDeadline(t.db, inGrace.edition.id, "-4 minutes -57 seconds", 5);
    await expect(submit(inGrace.coordinator, inGrace.id)).resolves.toMatchObject({ state: "submitted" });
  });

  it("lets exactly one of two saves from the same version win, and names the colleague to the other", async () => {
    const { coordinator, id } = await setUp();
    const colleague = await createUser(t.db, [{ role: "coordinator", countryCode: "BE" }]);
    const results = await Promise.allSettled([
      updateNomination({ db: t.db, user: coordinator, input: { id, version: 1, ...FULL_CONTENT, title: "Mine" } }),
      updateNomination({ db: t.db, user: colleague, input: { id, version: 1, ...FULL_CONTENT, title: "Theirs" } }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r): r is PromiseRejectedResult => r.status === "rejected")!;
    expect(refused.reason).toMatchObject({ code: "CONFLICT" });
    const row = await readRow(t.db, id);
    expect(row.version).toBe(2);
    expect(["Mine", "Theirs"]).toContain(row.title);
    // The loser's retry from the old version still cannot overwrite the winner, and names them.
    const [loser, winnerName] = row.title === "Mine" ? [colleague, coordinator.name] : [coordinator, colleague.name];
    await expect(updateNomination({ db: t.db, user: loser, input: { id, version: 1, ...FULL_CONTENT, title: "Again" } })).rejects.toMatchObject({
      code: "CONFLICT",
      message: `${winnerName} saved this dossier after you started editing — load their version to go on.`,
    });
    expect((await readRow(t.db, id)).title).toBe(row.title);
  });

  it("refuses a save with bad input field by field and writes nothing of it", async () => {
    const { coordinator, id } = await setUp();
    const bad = {
      ...FULL_CONTENT,
      title: "Changed",
      isOngoing: false,
      startDate: "2024-05-01",
      endDate: "2024-04-01",
      links: [{ url: "https://example.org" }, { url: "not a url" }],
    };
    await expect(updateNomination({ db: t.db, user: coordinator, input: { id, version: 1, ...bad } })).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: {
        endDate: ["The end date cannot be before the start date."],
        "links.1.url": ["Enter a full web address starting with http:// or https://."],
      },
    });
    expect(await readRow(t.db, id)).toMatchObject({ title: "Safe streets", version: 1 });
    const saved = await updateNomination({ db: t.db, user: coordinator, input: { id, version: 1, ...FULL_CONTENT, answerInnovation: "New rounds." } });
    expect(saved).toMatchObject({ version: 2, updatedByName: "Test User" });
    expect(await getNominationForCoordinator({ db: t.db, id, user: coordinator })).toMatchObject({ updatedByName: "Test User", version: 2 });
  });

  it("submits once under repeated requests: one audit entry and one receipt per coordinator, queued with the submission", async () => {
    const { edition, coordinator, id } = await setUp("SE");
    const colleague = await createUser(t.db, [{ role: "coordinator", countryCode: "SE", editionId: edition.id }]);
    await createUser(t.db, [{ role: "coordinator", countryCode: "SE" }], { isActive: false });
    await createUser(t.db, [{ role: "coordinator", countryCode: "NL" }]);
    const otherEdition = await createEdition(t.db, { phase: "nominations_open" });
    await createUser(t.db, [{ role: "coordinator", countryCode: "SE", editionId: otherEdition.id }]);

    const receipts = await Promise.all([submit(coordinator, id), submit(coordinator, id), submit(coordinator, id)]);
    expect(new Set(receipts.map((r) => r.reference))).toEqual(new Set([`ECPA-${edition.year}-SE`]));
    expect(await listAudit(t.db, id, "nomination.submitted")).toHaveLength(1);
    const mails = await listMail(t.db, edition.id, "nomination.receipt");
    expect(mails.map((m) => m.to)).toEqual([coordinator.email, colleague.email].sort());
    expect(mails[0]).toMatchObject({ subject: `Receipt: ECPA-${edition.year}-SE submitted` });
    expect(mails[0]!.body).toContain(`Reference: ECPA-${edition.year}-SE`);
    expect(mails[0]!.body).toContain('"Safe streets" (Sweden, competing nomination');
  });

  it("writes an edition's moments in its own zone: the coordinator's deadline, the receipt, the deadline-passed refusal", async () => {
    const { edition, coordinator, id } = await setUp("FI");
    await t.db.update(editions).set({ timeZone: "Asia/Tokyo" }).where(eq(editions.id, edition.id));
    const draft = await getNominationForCoordinator({ db: t.db, id, user: coordinator });
    expect(draft?.timeZone).toBe("Asia/Tokyo");
    expect(formatDeadline(draft!.submissionDeadline, draft!.timeZone)).toBe(formatEditionMoment(draft!.submissionDeadline, "Asia/Tokyo"));
    expect(formatDeadline(draft!.submissionDeadline, draft!.timeZone)).toMatch(/ Asia\/Tokyo \(GMT\+9\)$/);

    const receipt = await submit(coordinator, id);
    const [mail] = await listMail(t.db, edition.id, "nomination.receipt");
    expect(mail!.body).toContain(`Submitted: ${formatEditionMoment(receipt.submittedAt, "Asia/Tokyo")}`);
    expect(mail!.body).not.toContain("Europe/Brussels");

    const late = await setUp("EE");
    await t.db.update(editions).set({ timeZone: "America/New_York" }).where(eq(editions.id, late.edition.id));
    await setDeadline(t.db, late.edition.id, "-1 second");
    await expect(submit(late.coordinator, late.id)).rejects.toMatchObject({
      code: "DEADLINE_PASSED",
      message: expect.stringMatching(/^The submission deadline \(.+ America\/New_York \((EST|EDT|GMT-[45])\)\) has passed\.$/),
    });
  });

  it("queues no receipt when the submission is refused as incomplete", async () => {
    const { edition, coordinator, id } = await setUp("AT");
    await t.db.update(nominations).set({ contactEmail: "", answerPartners: "" }).where(eq(nominations.id, id));
    await expect(submit(coordinator, id)).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { contactEmail: [expect.any(String)], answerPartners: [expect.any(String)] },
    });
    expect(await listMail(t.db, edition.id, "nomination.receipt")).toHaveLength(0);
  });

  it("withdraws a submitted dossier before the deadline: a draft again, same reference on resubmission", async () => {
    const { edition, coordinator, id } = await setUp("PT");
    const first = await submit(coordinator, id);
    const withdrawn = await withdrawNomination({ db: t.db, user: coordinator, id });
    expect(withdrawn.version).toBe(3);
    expect(await readRow(t.db, id)).toMatchObject({ state: "draft", submittedAt: null, reference: first.reference, version: 3 });
    expect(await listAudit(t.db, id, "nomination.withdrawn")).toEqual([
      { actorUserId: coordinator.id, data: { reference: `ECPA-${edition.year}-PT` } },
    ]);
    await expect(withdrawNomination({ db: t.db, user: coordinator, id })).rejects.toMatchObject({ code: "CONFLICT" });
    const second = await submit(coordinator, id, 3);
    expect(second.reference).toBe(first.reference);
    expect(await listMail(t.db, edition.id, "nomination.receipt")).toHaveLength(2);
  });

  it("refuses to withdraw after the deadline, once eligibility is decided, or another country's dossier", async () => {
    const { edition, coordinator, id } = await setUp("DK");
    await submit(coordinator, id);
    const stranger = await createUser(t.db, [{ role: "coordinator", countryCode: "NL" }]);
    await expect(withdrawNomination({ db: t.db, user: stranger, id })).rejects.toMatchObject({ code: "NOT_FOUND" });

    await setDeadline(t.db, edition.id, "-1 second");
    await expect(withdrawNomination({ db: t.db, user: coordinator, id })).rejects.toMatchObject({
      code: "DEADLINE_PASSED",
      message: expect.stringContaining("can no longer be withdrawn"),
    });
    expect(await readRow(t.db, id)).toMatchObject({ state: "submitted" });

    await setDeadline(t.db, edition.id, "1 day");
    await t.db.update(nominations).set({ state: "accepted" }).where(eq(nominations.id, id));
    await expect(withdrawNomination({ db: t.db, user: coordinator, id })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("eligibility"),
    });
    expect(await listAudit(t.db, id, "nomination.withdrawn")).toHaveLength(0);
  });

  it("lets the secretariat reopen a submitted dossier with a reason, recorded and mailed", async () => {
    const { edition, coordinator, admin, id } = await setUp("LU");
    await submit(coordinator, id);
    await expect(reopenNomination({ db: t.db, user: coordinator, id, reason: "Fix it" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(reopenNomination({ db: t.db, user: admin, id, reason: "   " })).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { reason: ["Give the reason for reopening the dossier."] },
    });
    expect(await readRow(t.db, id)).toMatchObject({ state: "submitted" });

    await expect(reopenNomination({ db: t.db, user: admin, id, reason: " The evaluation answer is missing its results. " })).resolves.toEqual({ version: 3 });
    expect(await readRow(t.db, id)).toMatchObject({ state: "draft", submittedAt: null, reference: `ECPA-${edition.year}-LU` });
    expect(await listAudit(t.db, id, "nomination.reopened")).toEqual([
      { actorUserId: admin.id, data: { reason: "The evaluation answer is missing its results.", reference: `ECPA-${edition.year}-LU` } },
    ]);
    const mails = await listMail(t.db, edition.id, "nomination.reopened");
    expect(mails.map((m) => m.to)).toEqual([coordinator.email]);
    expect(mails[0]!.body).toContain("Reason: The evaluation answer is missing its results.");
    await expect(reopenNomination({ db: t.db, user: admin, id, reason: "Again" })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("refuses to reopen after the deadline or once eligibility is decided", async () => {
    const { edition, coordinator, admin, id } = await setUp("FI");
    await submit(coordinator, id);
    await setDeadline(t.db, edition.id, "-1 second");
    await expect(reopenNomination({ db: t.db, user: admin, id, reason: "Late fix" })).rejects.toMatchObject({ code: "DEADLINE_PASSED" });
    await setDeadline(t.db, edition.id, "1 day");
    await t.db.update(nominations).set({ state: "rejected", eligibilityReason: "off_theme" }).where(eq(nominations.id, id));
    await expect(reopenNomination({ db: t.db, user: admin, id, reason: "Fix" })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await listAudit(t.db, id, "nomination.reopened")).toHaveLength(0);
  });
});
