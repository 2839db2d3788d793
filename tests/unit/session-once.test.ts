import { beforeEach, describe, expect, it, vi } from "vitest";

/**
 * React's cache() memoises for one server request (outside a render, as here, it would not memoise at all), so
 * it is stood in for by a memo that lasts for the test: what is checked is that getCurrentUser goes through it,
 * so the header and the page of one request share one session lookup.
 */
const lookups = vi.hoisted(() => ({ sessions: 0, users: 0 }));

vi.mock("react", async (importOriginal) => ({
  ...(await importOriginal<typeof import("react")>()),
  cache: <A extends unknown[], R>(fn: (...args: A) => R) => {
    let memo: { value: R } | undefined;
    return (...args: A) => (memo ??= { value: fn(...args) }).value;
  },
}));
vi.mock("next/headers", () => ({ cookies: async () => ({ get: () => ({ value: "a-session-token" }) }) }));
vi.mock("@/lib/auth/session-token", () => ({
  decodeSessionToken: async () => {
    lookups.sessions++;
    return { sub: "7", sv: 0 };
  },
}));
vi.mock("@/lib/people/queries", () => ({
  getSessionUser: async () => {
    lookups.users++;
    return { id: 7, email: "a@example.org", name: "A", isActive: true, locale: null, isAdmin: true, memberships: [] };
  },
}));
vi.mock("@/db/client", () => ({ getDb: () => ({}) }));
vi.mock("@/lib/auth/options", () => ({ readSessionClaims: () => ({ userId: 7, sessionVersion: 0 }) }));

describe("getCurrentUser", () => {
  beforeEach(() => {
    lookups.sessions = 0;
    lookups.users = 0;
  });

  it("reads the session and the user once however many components of the request ask", async () => {
    const { getCurrentUser, requirePageUser } = await import("@/lib/auth/session");
    const [header, page, guard] = await Promise.all([getCurrentUser(), getCurrentUser(), requirePageUser("/admin")]);
    expect(header?.name).toBe("A");
    expect(page).toBe(header);
    expect(guard).toBe(header);
    expect(lookups).toEqual({ sessions: 1, users: 1 });
  });
});
