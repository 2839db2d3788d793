import { createHash } from "node:crypto";
import { RateLimiterDrizzle, RateLimiterRes } from "rate-limiter-flexible";
import type { Executor } from "../../db/client";
import { signInAttempts } from "../../db/schema";

/** Failed sign-ins allowed per account (email) in one window: enough for typos, far too few to guess. */
export const ACCOUNT_FAILURES_ALLOWED = 5;
/** Failed sign-ins allowed per client address in one window, whatever accounts they aim at. */
export const ADDRESS_FAILURES_ALLOWED = 20;
/** The window both counters run over. */
export const FAILURE_WINDOW_SECONDS = 15 * 60;
/** The address bucket when the client's address cannot be trusted (see TRUSTED_PROXY in lib/env.ts). */
export const UNKNOWN_ADDRESS = "unknown";

export type SignInAttempt = { ok: true } | { ok: false; retryAfterSeconds: number };

interface Limiters {
  account: RateLimiterDrizzle;
  address: RateLimiterDrizzle;
}

// One pair of limiters per database handle; the counts themselves live in the table, shared by every instance.
const limitersByDb = new WeakMap<Executor, Limiters>();

function getLimiters(db: Executor): Limiters {
  let limiters = limitersByDb.get(db);
  if (!limiters) {
    const common = { storeClient: db, schema: signInAttempts, duration: FAILURE_WINDOW_SECONDS };
    limiters = {
      account: new RateLimiterDrizzle({ ...common, keyPrefix: "account", points: ACCOUNT_FAILURES_ALLOWED }),
      address: new RateLimiterDrizzle({ ...common, keyPrefix: "address", points: ADDRESS_FAILURES_ALLOWED }),
    };
    limitersByDb.set(db, limiters);
  }
  return limiters;
}

/** The email as accounts are found by (trimmed, any case), hashed so the table holds no email or address. */
function toKey(value: string): string {
  return createHash("sha256").update(value.trim().toLowerCase(), "utf8").digest("base64url");
}

/**
 * Counts one sign-in attempt against the account and the address before any password is checked, so a burst
 * of parallel attempts is cut off at the limit; a successful sign-in gives the point back (clearSignInFailures),
 * so in effect only failures count. Refused once either counter is over its limit, with the seconds to wait.
 */
export async function consumeSignInAttempt({
  db,
  email,
  address,
}: {
  db: Executor;
  email: string;
  address: string;
}): Promise<SignInAttempt> {
  const limiters = getLimiters(db);
  const outcomes = await Promise.allSettled([limiters.account.consume(toKey(email)), limiters.address.consume(toKey(address))]);
  let waitMs = 0;
  for (const outcome of outcomes) {
    if (outcome.status === "fulfilled") continue;
    // The limiter rejects with a RateLimiterRes when over the limit, and with an Error when the store failed.
    if (!(outcome.reason instanceof RateLimiterRes)) throw outcome.reason;
    waitMs = Math.max(waitMs, outcome.reason.msBeforeNext, 1000);
  }
  return waitMs > 0 ? { ok: false, retryAfterSeconds: Math.ceil(waitMs / 1000) } : { ok: true };
}

/** After a successful sign-in: the account starts afresh, and the address gets back the point this attempt took. */
export async function clearSignInFailures({ db, email, address }: { db: Executor; email: string; address: string }) {
  const limiters = getLimiters(db);
  await Promise.all([limiters.account.delete(toKey(email)), limiters.address.reward(toKey(address))]);
}

/**
 * The client address sign-in attempts are counted by. Behind a proxy the app trusts (TRUSTED_PROXY), the first
 * X-Forwarded-For hop; otherwise that header is the client's own word, so every client shares one bucket.
 */
export function getClientAddress(headers: Headers, trustProxy: boolean): string {
  if (!trustProxy) return UNKNOWN_ADDRESS;
  const first = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return first && first.length <= 64 ? first : UNKNOWN_ADDRESS;
}
