import { createHash } from "node:crypto";
import { and, eq, gt, lt, sql } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { signInAttempts } from "../../db/schema";

/** Failed sign-ins allowed per account (email) in one window: enough for typos, far too few to guess. */
export const ACCOUNT_FAILURES_ALLOWED = 5;
/** Failed sign-ins allowed per client address in one window, whatever accounts they aim at. */
export const ADDRESS_FAILURES_ALLOWED = 20;
/** The fixed window both counters run over, from the first counted attempt. */
export const FAILURE_WINDOW_SECONDS = 15 * 60;
/** The address bucket when a request carries no usable address. */
export const UNKNOWN_ADDRESS = "unknown";

export type SignInAttempt = { ok: true } | { ok: false; retryAfterSeconds: number };

/** The email as accounts are found by (trimmed, any case), hashed so the table holds no email or address. */
export function toKey(kind: "account" | "address" | "reset-account" | "reset-address", value: string): string {
  return `${kind}:${createHash("sha256").update(value.trim().toLowerCase(), "utf8").digest("base64url")}`;
}

/** The counter key of an account's failed sign-ins, so erasing a person can remove it. */
export function getAccountAttemptKey(email: string): string {
  return toKey("account", email);
}

/** One atomic upsert: a fresh window when none is running, otherwise one more point in the current one. */
export async function countAttempt(db: Executor, key: string) {
  const isExpired = sql`${signInAttempts.expiresAt} <= now()`;
  const newWindowEnd = sql`now() + make_interval(secs => ${FAILURE_WINDOW_SECONDS})`;
  const [row] = await db
    .insert(signInAttempts)
    .values({ key, points: 1, expiresAt: newWindowEnd })
    .onConflictDoUpdate({
      target: signInAttempts.key,
      set: {
        points: sql`case when ${isExpired} then 1 else ${signInAttempts.points} + 1 end`,
        expiresAt: sql`case when ${isExpired} then ${newWindowEnd} else ${signInAttempts.expiresAt} end`,
      },
    })
    .returning({
      points: signInAttempts.points,
      secondsLeft: sql<number>`greatest(1, ceil(extract(epoch from ${signInAttempts.expiresAt} - now())))::int`,
    });
  return row!;
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
  const account = await countAttempt(db, toKey("account", email));
  const byAddress = await countAttempt(db, toKey("address", address));
  let retryAfterSeconds = 0;
  if (account.points > ACCOUNT_FAILURES_ALLOWED) retryAfterSeconds = account.secondsLeft;
  if (byAddress.points > ADDRESS_FAILURES_ALLOWED) retryAfterSeconds = Math.max(retryAfterSeconds, byAddress.secondsLeft);
  return retryAfterSeconds > 0 ? { ok: false, retryAfterSeconds } : { ok: true };
}

/** After a successful sign-in: the account starts afresh, the address gets back the point this attempt took. */
export async function clearSignInFailures({ db, email, address }: { db: Executor; email: string; address: string }) {
  await db.delete(signInAttempts).where(eq(signInAttempts.key, toKey("account", email)));
  await db
    .update(signInAttempts)
    .set({ points: sql`greatest(${signInAttempts.points} - 1, 0)` })
    .where(and(eq(signInAttempts.key, toKey("address", address)), gt(signInAttempts.expiresAt, sql`now()`)));
  // Counters whose window has ended count nothing; a sign-in is a rare enough moment to sweep them.
  await db.delete(signInAttempts).where(lt(signInAttempts.expiresAt, sql`now()`));
}

/**
 * The client address sign-in attempts are counted by: the last X-Forwarded-For hop. Next's server fills that header
 * from the socket when the client sent none, and a proxy in front appends the peer it saw, so the last hop is the
 * one no client chooses — unless a client talking to the app directly forges the header, which only lets it dodge
 * its own address counter (the account counter still holds). A shared bucket for every client would instead let
 * one stranger's wrong passwords lock everyone out of signing in.
 */
export function getClientAddress(headers: Headers): string {
  const last = headers.get("x-forwarded-for")?.split(",").at(-1)?.trim();
  return last && last.length <= 64 ? last : UNKNOWN_ADDRESS;
}
