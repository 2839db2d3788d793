/** How many times a message is tried before it is left as failed. */
export const MAX_MAIL_ATTEMPTS = 5;

export type MailStatus = "sent" | "pending" | "failed";

/** Sent once it has a send time; failed once every attempt is used up; pending otherwise. */
export function getMailStatus(message: { sentAt: Date | null; attempts: number }, maxAttempts = MAX_MAIL_ATTEMPTS): MailStatus {
  if (message.sentAt) return "sent";
  return message.attempts >= maxAttempts ? "failed" : "pending";
}
