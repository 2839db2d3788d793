import { randomBytes } from "node:crypto";
import type { AddressInfo } from "node:net";
import { eq, inArray } from "drizzle-orm";
import { SMTPServer } from "smtp-server";
import { afterEach, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { mailOutbox } from "@/db/schema";
import { deliverPendingMail } from "@/lib/mail/deliver";
import { enqueueMail } from "@/lib/mail/outbox";
import { getMailRetryDelaySeconds } from "@/lib/domain/mail-retry";
import { MAX_MAIL_ATTEMPTS, getMailStatus } from "@/lib/mail/status";
import { createMailTransport } from "@/lib/mail/transport";
import { describeEachEngine } from "../helpers/db";

interface ReceivedMail {
  from: string;
  to: string[];
  subject: string;
}

/** A real SMTP server on a free loopback port; it accepts every message, or refuses every recipient with 550. */
async function startSmtpListener({ isRejecting = false } = {}) {
  const received: ReceivedMail[] = [];
  const refusedRecipients: string[] = [];
  const server = new SMTPServer({
    authOptional: true,
    // Plain SMTP on loopback: no TLS upgrade for the client to try.
    disabledCommands: ["STARTTLS"],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (!isRejecting) return callback();
      refusedRecipients.push(address.address);
      callback(Object.assign(new Error("No such mailbox here"), { responseCode: 550 }));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address),
          subject: /^Subject: (.*)$/m.exec(raw)?.[1]?.trim() ?? "",
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    refusedRecipients,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const listeners: { close: () => Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(listeners.splice(0).map((listener) => listener.close()));
});

async function openListener(options?: { isRejecting?: boolean }) {
  const listener = await startSmtpListener(options);
  listeners.push(listener);
  return listener;
}

/** Queues a message to an address no other test uses, so assertions only ever see this test's mail. */
async function queue(db: Database, subject = "Your nomination was accepted") {
  const to = `coordinator-${randomBytes(4).toString("hex")}@example.test`;
  const id = await enqueueMail(db, { kind: "nomination.eligibility", to, subject, body: "Dear coordinator,\n\nAccepted.\n" });
  return { id, to, subject };
}

async function getRow(db: Database, id: number) {
  const [row] = await db
    .select({ sentAt: mailOutbox.sentAt, attempts: mailOutbox.attempts, lastError: mailOutbox.lastError, nextAttemptAt: mailOutbox.nextAttemptAt })
    .from(mailOutbox)
    .where(eq(mailOutbox.id, id));
  return row!;
}

const FROM = "Palmares <secretariat@example.test>";

describeEachEngine("mail: delivery through a real SMTP server", (t) => {
  it("sends a pending message once, with its recipient and subject, and marks it sent", async () => {
    const smtp = await openListener();
    const message = await queue(t.db);
    const transport = createMailTransport(smtp.url);

    const report = await deliverPendingMail({ db: t.db, transport, from: FROM });
    expect(report.sentIds).toContain(message.id);
    const mine = smtp.received.filter((mail) => mail.to.includes(message.to));
    expect(mine).toEqual([{ from: "secretariat@example.test", to: [message.to], subject: message.subject }]);
    const row = await getRow(t.db, message.id);
    expect(row.sentAt).toBeInstanceOf(Date);
    expect(row).toMatchObject({ attempts: 1, lastError: null });
    expect(getMailStatus(row)).toBe("sent");

    // A second run finds nothing left to send for it.
    const again = await deliverPendingMail({ db: t.db, transport, from: FROM });
    expect(again.sentIds).not.toContain(message.id);
    expect(smtp.received.filter((mail) => mail.to.includes(message.to))).toHaveLength(1);
  });

  it("counts a refused send as an attempt, keeps the server's reply and the message, and sends it on a later run", async () => {
    const refusing = await openListener({ isRejecting: true });
    const message = await queue(t.db);

    const report = await deliverPendingMail({ db: t.db, transport: createMailTransport(refusing.url), from: FROM });
    expect(report.failedIds).toContain(message.id);
    expect(refusing.refusedRecipients).toContain(message.to);
    expect(refusing.received.filter((mail) => mail.to.includes(message.to))).toEqual([]);
    const failed = await getRow(t.db, message.id);
    expect(failed).toMatchObject({ sentAt: null, attempts: 1 });
    expect(failed.lastError).toMatch(/550/);
    expect(failed.lastError!.length).toBeLessThanOrEqual(300);
    expect(getMailStatus(failed)).toBe("pending");

    // The retry waits its backoff: a run before the next attempt time leaves it alone, a run after it sends it.
    expect(failed.nextAttemptAt).toBeInstanceOf(Date);
    const working = await openListener();
    const early = await deliverPendingMail({ db: t.db, transport: createMailTransport(working.url), from: FROM });
    expect(early.sentIds).not.toContain(message.id);
    expect(working.received.filter((mail) => mail.to.includes(message.to))).toEqual([]);
    await deliverPendingMail({ db: t.db, transport: createMailTransport(working.url), from: FROM, now: new Date(failed.nextAttemptAt!.getTime() + 1000) });
    expect(working.received.filter((mail) => mail.to.includes(message.to))).toHaveLength(1);
    expect(await getRow(t.db, message.id)).toMatchObject({ attempts: 2, lastError: null, nextAttemptAt: null });
  });

  it("gives up after the last attempt and never tries that message again", async () => {
    const refusing = await openListener({ isRejecting: true });
    const message = await queue(t.db);
    await t.db.update(mailOutbox).set({ attempts: MAX_MAIL_ATTEMPTS - 1 }).where(eq(mailOutbox.id, message.id));

    await deliverPendingMail({ db: t.db, transport: createMailTransport(refusing.url), from: FROM });
    const failed = await getRow(t.db, message.id);
    expect(failed).toMatchObject({ sentAt: null, attempts: MAX_MAIL_ATTEMPTS, nextAttemptAt: null });
    expect(getMailStatus(failed)).toBe("failed");

    const working = await openListener();
    const muchLater = new Date(Date.now() + 30 * 24 * 3600 * 1000);
    const report = await deliverPendingMail({ db: t.db, transport: createMailTransport(working.url), from: FROM, now: muchLater });
    expect(report.sentIds).not.toContain(message.id);
    expect(working.received.filter((mail) => mail.to.includes(message.to))).toEqual([]);
    expect(await getRow(t.db, message.id)).toMatchObject({ sentAt: null, attempts: MAX_MAIL_ATTEMPTS });
  });

  it("waits longer after each failed attempt, up to the cap, keeps why it failed, and gives up after the last", async () => {
    const refusing = await openListener({ isRejecting: true });
    const message = await queue(t.db);
    const transport = createMailTransport(refusing.url);
    let clock = new Date(Date.now() + 60_000);
    const waits: number[] = [];
    for (let attempt = 1; attempt <= MAX_MAIL_ATTEMPTS; attempt++) {
      const report = await deliverPendingMail({ db: t.db, transport, from: FROM, now: clock });
      expect(report.failedIds).toContain(message.id);
      const row = await getRow(t.db, message.id);
      expect(row).toMatchObject({ sentAt: null, attempts: attempt });
      expect(row.lastError).toMatch(/^550 /);
      if (attempt === MAX_MAIL_ATTEMPTS) {
        expect(row.nextAttemptAt).toBeNull();
        expect(getMailStatus(row)).toBe("failed");
        break;
      }
      const wait = (row.nextAttemptAt!.getTime() - clock.getTime()) / 1000;
      expect(wait).toBe(getMailRetryDelaySeconds(attempt));
      waits.push(wait);
      // Just before its next attempt the message is left alone; at it, it is tried again.
      const before = await deliverPendingMail({ db: t.db, transport, from: FROM, now: new Date(row.nextAttemptAt!.getTime() - 1000) });
      expect(before.failedIds).not.toContain(message.id);
      clock = row.nextAttemptAt!;
    }
    expect(waits).toEqual([...waits].sort((a, b) => a - b));
    expect(new Set(waits).size).toBe(waits.length);
    expect(refusing.refusedRecipients.filter((address) => address === message.to)).toHaveLength(MAX_MAIL_ATTEMPTS);
  });

  it("lets two deliverers run at once without sending any message twice", async () => {
    const smtp = await openListener();
    const messages = await Promise.all(Array.from({ length: 6 }, (_, i) => queue(t.db, `Message ${i + 1}`)));
    const ids = messages.map((m) => m.id).sort((a, b) => a - b);

    const [first, second] = await Promise.all([
      deliverPendingMail({ db: t.db, transport: createMailTransport(smtp.url), from: FROM }),
      deliverPendingMail({ db: t.db, transport: createMailTransport(smtp.url), from: FROM }),
    ]);
    const sentByBoth = [...first.sentIds, ...second.sentIds].filter((id) => ids.includes(id));
    expect(sentByBoth.sort((a, b) => a - b)).toEqual(ids);
    for (const message of messages) {
      expect(smtp.received.filter((mail) => mail.to.includes(message.to))).toHaveLength(1);
    }
    const rows = await t.db.select({ attempts: mailOutbox.attempts }).from(mailOutbox).where(inArray(mailOutbox.id, ids));
    expect(rows.every((row) => row.attempts === 1)).toBe(true);
  });
});
