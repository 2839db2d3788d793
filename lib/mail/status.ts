import { MAX_MAIL_ATTEMPTS } from "../domain/mail-retry";

export { MAX_MAIL_ATTEMPTS };

export type MailStatus = "sent" | "pending" | "failed";

/** Sent once it has a send time; failed once every attempt is used up; pending otherwise (a retry waits its next attempt time). */
export function getMailStatus(message: { sentAt: Date | null; attempts: number }, maxAttempts = MAX_MAIL_ATTEMPTS): MailStatus {
  if (message.sentAt) return "sent";
  return message.attempts >= maxAttempts ? "failed" : "pending";
}
