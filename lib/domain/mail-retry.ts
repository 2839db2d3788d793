/**
 * When a message that failed to send is tried again. Pure: the outbox stores the time, computed from the
 * database clock by the deliverer.
 */

/** How many times a message is tried before it is left as failed. */
export const MAX_MAIL_ATTEMPTS = 5;

const FIRST_DELAY_SECONDS = 60;
/** No wait is longer than six hours, so a message held up by a long outage still goes out the same day. */
export const MAX_MAIL_RETRY_DELAY_SECONDS = 6 * 3600;

/**
 * Seconds to wait after the given failed attempt (from 1) before the next one: 1 min, 4 min, 16 min, 64 min…
 * up to the cap; null once the attempts are used up, since there is no next attempt.
 */
export function getMailRetryDelaySeconds(failedAttempts: number, maxAttempts = MAX_MAIL_ATTEMPTS): number | null {
  if (failedAttempts >= maxAttempts) return null;
  const exponent = Math.max(failedAttempts - 1, 0);
  return Math.min(FIRST_DELAY_SECONDS * 4 ** exponent, MAX_MAIL_RETRY_DELAY_SECONDS);
}
