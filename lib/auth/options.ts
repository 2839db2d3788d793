import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { getDb, type Executor } from "../../db/client";
import { getUserCredentials } from "../people/queries";
import { getEnv } from "../env";
import { toSafeRedirectUrl } from "./callback";
import { getDummyHash, verifyPassword } from "./password";

const credentialsSchema = z.object({
  email: z.string().trim().email().max(320),
  password: z.string().min(1).max(1024),
});

/** Checks an email and password; the same null for an unknown email and a wrong password. */
export async function authorizeCredentials(input: unknown, db: Executor = getDb()): Promise<{ id: string } | null> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return null;
  const user = await getUserCredentials({ db, email: parsed.data.email });
  if (!user || !user.passwordHash || !user.isActive) {
    await verifyPassword(parsed.data.password, await getDummyHash());
    return null;
  }
  const isValid = await verifyPassword(parsed.data.password, user.passwordHash);
  return isValid ? { id: String(user.id) } : null;
}

export function getAuthOptions(): NextAuthOptions {
  return {
    secret: getEnv().NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
    pages: { signIn: "/signin", signOut: "/signout", error: "/signin" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        authorize: (credentials) => authorizeCredentials(credentials),
      }),
    ],
    callbacks: {
      // The token carries the user id only: roles and the active flag are read from the database on every request.
      jwt: ({ token, user }) => ({ sub: user?.id ?? token.sub }),
      session: ({ session, token }) => ({ expires: session.expires, user: { id: token.sub } }),
      // Wherever next-auth sends the browser next, it stays on this site's own origin.
      redirect: ({ url, baseUrl }) => toSafeRedirectUrl(url, baseUrl),
    },
  };
}
