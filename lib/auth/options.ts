import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { getDb, type Executor } from "../../db/client";
import { getUserCredentials } from "../people/queries";
import { getEnv } from "../env";
import { toSafeRedirectUrl } from "./callback";
import { getLogger, logUnexpectedError } from "../log";
import { endSessions } from "./end-sessions";
import { getDummyHash, verifyPassword } from "./password";
import { clearSignInFailures, UNKNOWN_ADDRESS } from "./sign-in-throttle";

const credentialsSchema = z.object({
  email: z.string().trim().email().max(320),
  password: z.string().min(1).max(1024),
});

/**
 * Checks an email and password; the same null for an unknown email and a wrong password. The attempt was already
 * counted by the sign-in route (consumeSignInAttempt); a good password gives it back and clears the account's failures.
 */
export async function authorizeCredentials(
  input: unknown,
  db: Executor = getDb(),
  clientAddress: string = UNKNOWN_ADDRESS,
): Promise<{ id: string; sessionVersion: number } | null> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return null;
  const user = await getUserCredentials({ db, email: parsed.data.email });
  if (!user || !user.passwordHash || !user.isActive) {
    await verifyPassword(parsed.data.password, await getDummyHash());
    return null;
  }
  const isValid = await verifyPassword(parsed.data.password, user.passwordHash);
  if (!isValid) return null;
  await clearSignInFailures({ db, email: parsed.data.email, address: clientAddress });
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
