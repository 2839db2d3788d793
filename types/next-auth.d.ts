import "next-auth";

declare module "next-auth" {
  /** The session sent to the browser: the user id only. */
  interface Session {
    user: { id?: string };
  }
}
