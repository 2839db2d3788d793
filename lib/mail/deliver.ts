import { and, asc, eq, gt, isNull, lt, lte, or, sql } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { mailOutbox } from "../../db/schema";
import { getEnv } from "../env";
import { maskAccountLinks } from "./account-links";
import { getMailRetryDelaySeconds, MAX_MAIL_ATTEMPTS } from "../domain/mail-retry";

/** What delivery needs from a mail transport; a nodemailer transporter has this shape. */
export interface MailTransport {
  sendMail(message: { from: string; to: string; subject: string; text: string }): Promise<unknown>;
}

export interface DeliveryRequest {
  db: Executor;
  transport: MailTransport;
  /** The sender of every message; MAIL_FROM by default. */
  from?: string;
  maxAttempts?: number;
  /** At most this many messages per run, so one run cannot go on forever. */
  limit?: number;
  /** The clock deciding which retries are due; the database's own when left out (tests pass a time). */
  now?: Date;
}

export interface DeliveryReport {
  sentIds: number[];
  failedIds: number[];
}

const LAST_ERROR_LENGTH = 300;

// A URL's user and password (smtp://user:secret@host), which a connection error may quote.
const URL_CREDENTIALS = /(\b[a-z][a-z0-9+.-]*:\/\/)[^\s/@]+@/gi;

/**
 * A short, single-line account of a failed send, fit for the outbox page: the SMTP server's reply when there is one,
 * else the error's message (never its stack), with any credentials in a URL removed.
 */
export function describeSendError(error: unknown): string {
  const reply = (error as { response?: unknown } | null)?.response;
  const text = typeof reply === "string" && reply ? reply : error instanceof Error ? error.message : String(error);
  const firstLines = text.split(/\n\s+at /)[0] ?? text;
  return firstLines.replace(URL_CREDENTIALS, "$1").replace(/\s+/g, " ").trim().slice(0, LAST_ERROR_LENGTH) || "Unknown error";
}

/**
 * Sends the outbox's due messages, oldest first, each in its own transaction that holds the row's lock while
 * it is sent: a second deliverer skips locked rows (`for update skip locked`), so no message goes out twice.
 * A failure counts an attempt, keeps the SMTP reply and sets the next attempt after a backoff that grows per
 * attempt (lib/domain/mail-retry); once maxAttempts is reached the message is left as failed. Each run tries a
 * message at most once. A sent message's account links are masked.
 */
export async function deliverPendingMail(request: DeliveryRequest): Promise<DeliveryReport> {
  const { db, transport, from = getEnv().MAIL_FROM, maxAttempts = MAX_MAIL_ATTEMPTS, limit = 100, now } = request;
  const clock = now ? sql`${now.toISOString()}::timestamptz` : sql`now()`;
  const report: DeliveryReport = { sentIds: [], failedIds: [] };
  let lastId = 0;
  for (let tried = 0; tried < limit; tried++) {
    const outcome = await db.transaction(async (tx) => {
      const [message] = await tx
        .select({ id: mailOutbox.id, toAddress: mailOutbox.toAddress, subject: mailOutbox.subject, body: mailOutbox.body, attempts: mailOutbox.attempts })
        .from(mailOutbox)
        .where(
          and(
            isNull(mailOutbox.sentAt),
            lt(mailOutbox.attempts, maxAttempts),
            or(isNull(mailOutbox.nextAttemptAt), lte(mailOutbox.nextAttemptAt, clock)),
            gt(mailOutbox.id, lastId),
          ),
        )
        .orderBy(asc(mailOutbox.id))
        .limit(1)
        .for("update", { skipLocked: true });
      if (!message) return null;
      try {
        await transport.sendMail({ from, to: message.toAddress, subject: message.subject, text: message.body });
      } catch (error) {
        const delay = getMailRetryDelaySeconds(message.attempts + 1, maxAttempts);
        await tx
          .update(mailOutbox)
          .set({
            attempts: sql`${mailOutbox.attempts} + 1`,
            lastError: describeSendError(error),
            // No next attempt once they are used up: the message stays failed for the secretariat to see.
            nextAttemptAt: delay === null ? null : sql`${clock} + make_interval(secs => ${delay})`,
          })
          .where(eq(mailOutbox.id, message.id));
        return { id: message.id, isSent: false };
      }
      await tx
        .update(mailOutbox)
        // Once delivered, the stored copy keeps no usable token: the link is the addressee's alone.
        .set({ sentAt: sql`now()`, attempts: sql`${mailOutbox.attempts} + 1`, lastError: null, nextAttemptAt: null, body: maskAccountLinks(message.body) })
        .where(eq(mailOutbox.id, message.id));
      return { id: message.id, isSent: true };
    });
    if (!outcome) break;
    lastId = outcome.id;
    (outcome.isSent ? report.sentIds : report.failedIds).push(outcome.id);
  }
  return report;
}
