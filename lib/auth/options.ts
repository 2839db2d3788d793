import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { getDb, type Executor } from "../../db/client";
import { getUserCredentials } from "../people/queries";
import { getEnv } from "../env";
import { toSafeRedirectUrl } from "./callback";
import { getLogger, logUnexpectedError } from "../log";
import { endSessions } from "./end-sessions";
import { decodeSessionToken, encodeSessionToken } from "./session-token";
import { getDummyHash, verifyPassword } from "./password";
import { recordSignIn, recordSignInFailure } from "./sign-in-audit";
import { clearSignInFailures, UNKNOWN_ADDRESS } from "./sign-in-throttle";

const credentialsSchema = z.object({
  email: z.string().trim().email().max(320),
  password: z.string().min(1).max(1024),
});

/**
 * Checks an email and password; the same null for an unknown email and a wrong password. The attempt was already
 * counted by the sign-in route (consumeSignInAttempt); a good password gives it back and clears the account's failures.
 * Every outcome is in the audit trail (auth.sign_in / auth.sign_in_failed), never with the password.
 */
export async function authorizeCredentials(
  input: unknown,
  db: Executor = getDb(),
  clientAddress: string = UNKNOWN_ADDRESS,
): Promise<{ id: string; sessionVersion: number } | null> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) {
    const typed = (input as { email?: unknown } | null)?.email;
    await recordSignInFailure(db, { email: typeof typed === "string" ? typed.slice(0, 320) : "", clientAddress, reason: "malformed" });
    return null;
  }
  const { email, password } = parsed.data;
  const user = await getUserCredentials({ db, email });
  if (!user || !user.passwordHash || !user.isActive) {
    await verifyPassword(password, await getDummyHash());
    const reason = !user ? "unknown_account" : !user.isActive ? "disabled" : "no_password";
    await recordSignInFailure(db, { userId: user?.id, email, clientAddress, reason });
    return null;
  }
  const isValid = await verifyPassword(password, user.passwordHash);
  if (!isValid) {
    await recordSignInFailure(db, { userId: user.id, email, clientAddress, reason: "wrong_password" });
    return null;
  }
  await clearSignInFailures({ db, email, address: clientAddress });
  await recordSignIn(db, { userId: user.id, clientAddress });
  return { id: String(user.id), sessionVersion: user.sessionVersion };
}

/** The claim a session token carries; tokens from before session versions existed read as version 0. */
export function readSessionClaims(token: { sub?: string; sv?: number } | null | undefined) {
  const userId = Number(token?.sub);
  if (!Number.isInteger(userId) || userId <= 0) return undefined;
  return { userId, sessionVersion: Number.isInteger(token?.sv) ? Number(token?.sv) : 0 };
}

const warnedCodes = new Set<string>();

export function getAuthOptions({ db, clientAddress }: { db?: Executor; clientAddress?: string } = {}): NextAuthOptions {
  return {
    secret: getEnv().NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
    // next-auth's own token format, with the key derived once per process rather than twice per request.
    jwt: { encode: encodeSessionToken, decode: decodeSessionToken },
    pages: { signIn: "/signin", signOut: "/signout", error: "/signin" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        authorize: (credentials) => authorizeCredentials(credentials, db ?? getDb(), clientAddress),
      }),
    ],
    callbacks: {
      // The token carries the user id and session version only: roles and the active flag are read on every request.
      jwt: ({ token, user }) => (user ? { sub: user.id, sv: user.sessionVersion ?? 0 } : { sub: token.sub, sv: token.sv }),
      session: ({ session, token }) => ({ expires: session.expires, user: { id: token.sub, sessionVersion: token.sv } }),
      // Wherever next-auth sends the browser next, it stays on this site's own origin.
      redirect: ({ url, baseUrl }) => toSafeRedirectUrl(url, baseUrl),
    },
    events: {
      // Signing out ends every session of the person, so a token copied before sign-out opens nothing after it.
      signOut: async ({ token }) => {
        const claims = readSessionClaims(token);
        if (claims) await endSessions({ db: db ?? getDb(), userId: claims.userId });
      },
    },
    logger: {
      error: (code, metadata) => {
        // A garbage or outdated cookie is the visitor's problem, not ours: one warning line, no stack.
        if (code === "JWT_SESSION_ERROR") getLogger().warn({ code }, "Refused a session cookie that could not be read");
        else logUnexpectedError(`next-auth (${code})`, metadata instanceof Error ? metadata : (metadata as { error?: unknown })?.error);
      },
      // Configuration warnings (e.g. NEXTAUTH_URL unset) would repeat on every request; once per process says it.
      warn: (code) => {
        if (warnedCodes.has(code)) return;
        warnedCodes.add(code);
        getLogger().warn({ code }, "next-auth configuration warning");
      },
      debug: () => {},
    },
  };
}
