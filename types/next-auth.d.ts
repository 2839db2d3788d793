import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  /** The session sent to the browser: the user id and the session version it was made with, nothing else. */
  interface Session {
    user: { id?: string; sessionVersion?: number };
  }
  /** What authorize() returns on a good password. */
  interface User {
    sessionVersion?: number;
  }
}

declare module "next-auth/jwt" {
  /** sv: the user's session version at sign-in; a token whose sv is no longer the user's is refused. */
  interface JWT {
    sv?: number;
  }
}
