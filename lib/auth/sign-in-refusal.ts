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

/** How the form says the wait (messages signIn.throttledMinutes/Seconds): whole minutes (rounded up), or seconds under a minute. */
export function describeThrottledWait(retryAfterSeconds: number): { unit: "minutes" | "seconds"; count: number } {
  return retryAfterSeconds < 60 ? { unit: "seconds", count: retryAfterSeconds } : { unit: "minutes", count: Math.ceil(retryAfterSeconds / 60) };
}
