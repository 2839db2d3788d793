// Shared by the sign-in route and the sign-in form, so it imports nothing from the server.

/** The error code the credentials callback answers with (HTTP 429) while sign-in is throttled. */
export const THROTTLED_ERROR = "TooManyAttempts";

/** The error next-auth's client reads back: the code and the seconds to wait, e.g. "TooManyAttempts:840". */
export function toThrottledError(retryAfterSeconds: number): string {
  return `${THROTTLED_ERROR}:${retryAfterSeconds}`;
}

/** The seconds to wait if the error is a throttling refusal; undefined for any other error. */
export function readThrottledSeconds(error: string | null | undefined): number | undefined {
  if (!error?.startsWith(`${THROTTLED_ERROR}:`)) return undefined;
  const seconds = Number(error.slice(THROTTLED_ERROR.length + 1));
  return Number.isInteger(seconds) && seconds > 0 ? seconds : undefined;
}

/** The form's message: the wait in whole minutes (rounded up), or seconds under a minute. */
export function getThrottledMessage(retryAfterSeconds: number): string {
  const wait =
    retryAfterSeconds < 60
      ? `${retryAfterSeconds} second${retryAfterSeconds === 1 ? "" : "s"}`
      : `${Math.ceil(retryAfterSeconds / 60)} minute${Math.ceil(retryAfterSeconds / 60) === 1 ? "" : "s"}`;
  return `Too many failed sign-in attempts. Please wait ${wait} before trying again.`;
}
