import { and, asc, eq, inArray } from "drizzle-orm";
import { expect, it } from "vitest";
import type { Database } from "@/db/client";
import { mailOutbox, reminderSends, users } from "@/db/schema";
import { JOB_KINDS } from "@/lib/jobs/kinds";
import { ensureJob } from "@/lib/jobs/queue";
import { runDueJobs } from "@/lib/jobs/runner";
import { sendDueReminders } from "@/lib/reminders/send-due";
import { createEdition, createNomination, createUser } from "../fixtures/factory";
import { insertSheet, listAuditActions, setUpScoringEdition } from "../fixtures/jury";
import { describeEachEngine } from "../helpers/db";

const DAY = 24 * 3600 * 1000;
const APP_URL = "https://palmares.example";

/** The edition's messages to these people, as [kind, address] pairs in the order they were queued. */
async function listMessages(db: Database, editionId: number, userIds: number[]) {
  const addresses = (await db.select({ email: users.email }).from(users).where(inArray(users.id, userIds))).map((row) => row.email);
  return db
    .select({ kind: mailOutbox.kind, to: mailOutbox.toAddress, subject: mailOutbox.subject, body: mailOutbox.body })
    .from(mailOutbox)
    .where(and(eq(mailOutbox.editionId, editionId), inArray(mailOutbox.toAddress, addresses)))
    .orderBy(asc(mailOutbox.id));
}

/** The reminders recorded for the edition (for these people only: standing coordinators of other tests get theirs too). */
async function listMilestones(db: Database, editionId: number, userIds?: number[]) {
  const rows = await db
    .select({ milestone: reminderSends.milestone })
    .from(reminderSends)
    .where(and(eq(reminderSends.editionId, editionId), userIds ? inArray(reminderSends.userId, userIds) : undefined));
  return rows.map((row) => row.milestone).sort();
}

/** An edition taking nominations: Belgium has not started, France has a draft, the Netherlands submitted. */
async function setUpNominations(db: Database) {
  const deadline = new Date(Math.ceil(Date.now() / DAY) * DAY + 40 * DAY);
  const edition = await createEdition(db, { phase: "nominations_open", submissionDeadline: deadline, juryDeadline: new Date(deadline.getTime() + 30 * DAY) });
  const belgium = await createUser(db, [{ role: "coordinator", countryCode: "BE", editionId: edition.id }]);
  const france = await createUser(db, [{ role: "coordinator", countryCode: "FR" }]);
  const netherlands = await createUser(db, [{ role: "coordinator", countryCode: "NL", editionId: edition.id }]);
  const disabled = await createUser(db, [{ role: "coordinator", countryCode: "BE", editionId: edition.id }], { isActive: false });
  await createNomination(db, { editionId: edition.id, countryCode: "FR", state: "draft", title: "Draft from France" });
  await createNomination(db, { editionId: edition.id, countryCode: "NL", state: "submitted", title: "Submitted from NL" });
  const at = (daysBefore: number) => new Date(deadline.getTime() - daysBefore * DAY + 60_000);
  return { edition, deadline, at, belgium, france, netherlands, disabled, everyone: [belgium.id, france.id, netherlands.id, disabled.id] };
}

describeEachEngine("scheduled reminders: coordinators before the submission deadline", (t) => {
  it("sends each milestone once to the countries that have not submitted, never to a submitted country or a disabled account", async () => {
    const { edition, at, belgium, france, everyone } = await setUpNominations(t.db);
    await sendDueReminders({ db: t.db, now: at(20), appUrl: APP_URL });
    expect(await listMessages(t.db, edition.id, everyone)).toEqual([]);

    for (const [days, now] of [[14, at(14)], [14, at(10)], [3, at(3)], [3, at(2)], [1, at(1)], [1, at(0.1)]] as const) {
      await sendDueReminders({ db: t.db, now, appUrl: APP_URL });
      await sendDueReminders({ db: t.db, now, appUrl: APP_URL });
      expect(await listMilestones(t.db, edition.id, everyone), `after the ${days}-day moment`).toContain(`nominations.${days}d:BE`);
    }
    // After the deadline, nothing more.
    await sendDueReminders({ db: t.db, now: at(-1), appUrl: APP_URL });

    const messages = await listMessages(t.db, edition.id, everyone);
    expect(messages.map((m) => [m.kind, m.to])).toEqual(
      [14, 3, 1].flatMap(() => [
        ["reminder.nominations", belgium.email],
        ["reminder.nominations", france.email],
      ]),
    );
    expect(await listMilestones(t.db, edition.id, everyone)).toEqual(
      ["nominations.14d:BE", "nominations.14d:FR", "nominations.1d:BE", "nominations.1d:FR", "nominations.3d:BE", "nominations.3d:FR"].sort(),
    );
    const toFrance = messages.find((m) => m.to === france.email)!;
    expect(toFrance.subject).toBe(`ECPA ${edition.year}: 14 days left to submit France's nomination`);
    expect(toFrance.body).toContain("France's competing nomination is a draft, not submitted yet.");
    expect(toFrance.body).toMatch(/is \d{1,2} \w+ \d{4} at \d\d:\d\d Europe\/Brussels \((CET|CEST)\), in 14 days\./);
    expect(toFrance.body).toContain(`${APP_URL}/coordinator`);
    expect(messages.find((m) => m.to === belgium.email)!.body).toContain("Belgium's competing nomination is not started yet.");

    const audit = await listAuditActions(t.db, edition.id);
    expect(audit.filter((a) => a.action === "reminders.queued").map((a) => a.data.milestone)).toEqual(["nominations.14d", "nominations.3d", "nominations.1d"]);
  });

  it("catches up after an outage with the latest due milestone only, once", async () => {
    const { edition, at, everyone } = await setUpNominations(t.db);
    // Down through the 14-day and 3-day moments: the first run afterwards, inside the 3-day window, sends the 3-day one.
    await sendDueReminders({ db: t.db, now: at(2.5) });
    expect(await listMilestones(t.db, edition.id, everyone)).toEqual(["nominations.3d:BE", "nominations.3d:FR"]);
    await sendDueReminders({ db: t.db, now: at(2) });
    expect(await listMessages(t.db, edition.id, everyone)).toHaveLength(2);
  });

  it("sends each reminder once when two runners work at the same moment", async () => {
    const { edition, at, everyone } = await setUpNominations(t.db);
    await Promise.all([sendDueReminders({ db: t.db, now: at(3) }), sendDueReminders({ db: t.db, now: at(3) })]);
    expect(await listMessages(t.db, edition.id, everyone)).toHaveLength(2);

    // And through the job runner: two runners, one recurring job, one reminder each.
    await ensureJob({ db: t.db, kind: JOB_KINDS.reminders, key: JOB_KINDS.reminders });
    await Promise.all([runDueJobs({ db: t.db, now: at(1), runnerId: "runner-a" }), runDueJobs({ db: t.db, now: at(1), runnerId: "runner-b" })]);
    await Promise.all([sendDueReminders({ db: t.db, now: at(1) }), sendDueReminders({ db: t.db, now: at(1) })]);
    expect(await listMilestones(t.db, edition.id, everyone)).toEqual(["nominations.1d:BE", "nominations.1d:FR", "nominations.3d:BE", "nominations.3d:FR"]);
    expect(await listMessages(t.db, edition.id, everyone)).toHaveLength(4);
  });
});

describeEachEngine("scheduled reminders: the jury", (t) => {
  it("tells every juror scoring is open, then reminds only those with missing sheets before the jury deadline", async () => {
    const { edition, jurors, dossiers } = await setUpScoringEdition(t.db, { jurors: ["FR", "DE"], dossiers: ["BE", "NL"] });
    const ids = [jurors.FR!.id, jurors.DE!.id];
    const soon = new Date(Date.now() + 60_000);
    await Promise.all([sendDueReminders({ db: t.db, now: soon, appUrl: APP_URL }), sendDueReminders({ db: t.db, now: soon, appUrl: APP_URL })]);
    const opened = await listMessages(t.db, edition.id, ids);
    expect(opened.map((m) => m.kind)).toEqual(["reminder.scoring_opened", "reminder.scoring_opened"]);
    expect(opened[0]!.body).toContain("2 dossiers to read and score");
    expect(opened[0]!.body).toMatch(/Europe\/Brussels \((CET|CEST)\)/);

    for (const dossier of ["BE", "NL"]) {
      await insertSheet(t.db, { editionId: edition.id, nominationId: dossiers[dossier]!, jurorUserId: jurors.FR!.id, state: "submitted" });
    }
    await insertSheet(t.db, { editionId: edition.id, nominationId: dossiers.BE!, jurorUserId: jurors.DE!.id, state: "draft" });
    const sixDaysBefore = new Date(edition.juryDeadline.getTime() - 6 * DAY);
    await sendDueReminders({ db: t.db, now: sixDaysBefore, appUrl: APP_URL });
    await sendDueReminders({ db: t.db, now: sixDaysBefore, appUrl: APP_URL });
    const reminders = (await listMessages(t.db, edition.id, ids)).filter((m) => m.kind === "reminder.scoring_deadline");
    expect(reminders.map((m) => m.to)).toEqual([jurors.DE!.email]);
    expect(reminders[0]!.subject).toBe(`ECPA ${edition.year}: 6 days left, 2 dossiers still to score`);
    expect(reminders[0]!.body).toContain('- Belgium: "Dossier from BE" (draft saved, not submitted)');
    expect(reminders[0]!.body).toContain(`${APP_URL}/jury`);
    expect(await listMilestones(t.db, edition.id, ids)).toEqual(["scoring.7d", "scoring.opened", "scoring.opened"]);
  });
});

describeEachEngine("scheduled reminders: results published", (t) => {
  it("messages the edition's coordinators (standing ones too) and jurors once each, and an old edition nobody", async () => {
    const edition = await createEdition(t.db, { phase: "published", publishedAt: new Date() });
    const standing = await createUser(t.db, [{ role: "coordinator", countryCode: "IE" }]);
    const ofEdition = await createUser(t.db, [{ role: "coordinator", countryCode: "PT", editionId: edition.id }]);
    const juror = await createUser(t.db, [{ role: "juror", countryCode: "SE", editionId: edition.id }]);
    const both = await createUser(t.db, [{ role: "coordinator", countryCode: "AT", editionId: edition.id }, { role: "juror", countryCode: "AT", editionId: edition.id }]);
    const otherJuror = await createUser(t.db, [{ role: "juror", countryCode: "SE", editionId: (await createEdition(t.db)).id }]);
    const ids = [standing.id, ofEdition.id, juror.id, both.id, otherJuror.id];

    const soon = new Date(Date.now() + 60_000);
    await Promise.all([sendDueReminders({ db: t.db, now: soon, appUrl: APP_URL }), sendDueReminders({ db: t.db, now: soon, appUrl: APP_URL })]);
    await sendDueReminders({ db: t.db, now: new Date(Date.now() + DAY), appUrl: APP_URL });
    const messages = await listMessages(t.db, edition.id, ids);
    expect(messages.map((m) => m.to).sort()).toEqual([standing.email, ofEdition.email, juror.email, both.email].sort());
    expect(messages.every((m) => m.kind === "results.published" && m.body.includes(`${APP_URL}/results/${edition.year}`))).toBe(true);

    const old = await createEdition(t.db, { phase: "published", publishedAt: new Date(Date.now() - 30 * DAY) });
    await sendDueReminders({ db: t.db, now: soon });
    expect(await listMilestones(t.db, old.id)).toEqual([]);
  });
});
