import { eq, sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { mailOutbox } from "@/db/schema";
import { getOutboxMessage, listOutboxMessages } from "@/lib/mail/outbox-queries";
import { AppError } from "@/lib/errors";
import { enqueueMail } from "@/lib/mail/outbox";
import { MAX_MAIL_ATTEMPTS } from "@/lib/mail/status";
import { createEdition, createUser } from "../fixtures/factory";
import { describeEachEngine } from "../helpers/db";

describeEachEngine("secretariat: the outbox", (t) => {
  it("lists messages newest first with their status, and shows one message's body", async () => {
    const admin = await createUser(t.db, [{ role: "admin" }]);
    const edition = await createEdition(t.db);
    const queue = (subject: string, minutesAgo: number) =>
      enqueueMail(t.db, { editionId: edition.id, kind: "nomination.eligibility", to: "nl@example.test", subject, body: `Body of ${subject}` }).then(
        async (id) => {
          await t.db.update(mailOutbox).set({ createdAt: sql`now() - make_interval(mins => ${minutesAgo})` }).where(eq(mailOutbox.id, id));
          return id;
        },
      );
    const sent = await queue("Oldest, sent", 30);
    const failed = await queue("Middle, failed", 20);
    const pending = await queue("Newest, pending", 10);
    await t.db.update(mailOutbox).set({ sentAt: sql`now()`, attempts: 1 }).where(eq(mailOutbox.id, sent));
    await t.db.update(mailOutbox).set({ attempts: MAX_MAIL_ATTEMPTS, lastError: "550 No such mailbox" }).where(eq(mailOutbox.id, failed));

    const outbox = await listOutboxMessages({ db: t.db, viewer: admin });
    const mine = outbox.messages.filter((m) => [sent, failed, pending].includes(m.id));
    expect(mine.map((m) => [m.subject, m.status])).toEqual([
      ["Newest, pending", "pending"],
      ["Middle, failed", "failed"],
      ["Oldest, sent", "sent"],
    ]);
    expect(mine[0]).toMatchObject({ toAddress: "nl@example.test", kind: "nomination.eligibility", editionYear: edition.year });
    // The list carries no bodies; the detail view does.
    expect(Object.keys(mine[0]!)).not.toContain("body");
    expect(await getOutboxMessage({ db: t.db, viewer: admin, id: failed })).toMatchObject({
      subject: "Middle, failed",
      body: "Body of Middle, failed",
      lastError: "550 No such mailbox",
      status: "failed",
    });
    expect(await getOutboxMessage({ db: t.db, viewer: admin, id: 2_000_000_000 })).toBeUndefined();

    // The filters: the failed messages alone, or every message not sent yet (failed ones included).
    const failedOnly = await listOutboxMessages({ db: t.db, viewer: admin, filter: "failed" });
    expect(failedOnly.messages.every((m) => m.status === "failed")).toBe(true);
    expect(failedOnly.messages.map((m) => m.id)).toContain(failed);
    const unsent = (await listOutboxMessages({ db: t.db, viewer: admin, filter: "unsent" })).messages.map((m) => m.id);
    expect(unsent).toEqual(expect.arrayContaining([failed, pending]));
    expect(unsent).not.toContain(sent);
  });

  it("refuses everyone but an active admin", async () => {
    const edition = await createEdition(t.db);
    const id = await enqueueMail(t.db, { kind: "test", to: "a@example.test", subject: "Secret", body: "Secret body" });
    const admin = await createUser(t.db, [{ role: "admin" }]);
    const refused = [
      await createUser(t.db, [{ role: "coordinator", countryCode: "NL" }]),
      await createUser(t.db, [{ role: "juror", countryCode: "DE", editionId: edition.id, isChair: true }]),
      { ...admin, isActive: false },
    ];
    for (const viewer of refused) {
      for (const read of [listOutboxMessages({ db: t.db, viewer }), getOutboxMessage({ db: t.db, viewer, id })]) {
        await expect(read).rejects.toSatisfy((error) => error instanceof AppError && error.code === "FORBIDDEN");
      }
    }
  });
});
