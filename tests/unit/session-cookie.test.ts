import { Writable } from "node:stream";
import { encode } from "next-auth/jwt";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

/** getCurrentUser reads the session cookie itself: the cookie of the request and the user lookup are stood in for. */
const request = vi.hoisted(() => ({ cookies: new Map<string, string>(), lookups: [] as unknown[] }));

vi.mock("next/headers", () => ({
  cookies: async () => ({ get: (name: string) => (request.cookies.has(name) ? { name, value: request.cookies.get(name) } : undefined) }),
}));
vi.mock("@/lib/people/queries", () => ({
  getSessionUser: async (query: { userId: number; sessionVersion: number }) => {
    request.lookups.push({ userId: query.userId, sessionVersion: query.sessionVersion });
    return { id: query.userId, email: "a@example.org", name: "A", isActive: true, isAdmin: false, memberships: [] };
  },
}));
vi.mock("@/db/client", () => ({ getDb: () => ({}) }));

const secret = "a-test-secret-of-at-least-thirty-two-characters";
let lines: string[] = [];
let restore: (() => void) | undefined;

beforeEach(async () => {
  // Fresh modules, so the configuration each test stubs is read anew (and the log redirected is the one used).
  vi.resetModules();
  vi.stubEnv("NEXTAUTH_SECRET", secret);
  vi.stubEnv("NEXTAUTH_URL", "http://localhost:3000");
  request.cookies.clear();
  request.lookups = [];
  lines = [];
  const { redirectLogForTests } = await import("@/lib/log");
  restore = redirectLogForTests(new Writable({ write: (chunk, _encoding, done) => (lines.push(String(chunk)), done()) }));
});

afterEach(() => {
  restore?.();
  vi.unstubAllEnvs();
});

async function getCurrentUser() {
  return (await import("@/lib/auth/session")).getCurrentUser();
}

describe("the session cookie of a page request", () => {
  it("signs in the user of a token next-auth issued, with its session version", async () => {
    request.cookies.set("next-auth.session-token", await encode({ token: { sub: "42", sv: 3 }, secret }));
    expect(await getCurrentUser()).toMatchObject({ id: 42 });
    expect(request.lookups).toEqual([{ userId: 42, sessionVersion: 3 }]);
  });

  it("reads only the __Secure- cookie when the site is served over HTTPS", async () => {
    vi.stubEnv("NEXTAUTH_URL", "https://awards.example.org");
    request.cookies.set("next-auth.session-token", await encode({ token: { sub: "42", sv: 0 }, secret }));
    expect(await getCurrentUser()).toBeNull();
    request.cookies.set("__Secure-next-auth.session-token", await encode({ token: { sub: "43", sv: 0 }, secret }));
    expect(await getCurrentUser()).toMatchObject({ id: 43 });
  });

  it("refuses a changed token with one warning line and no stack", async () => {
    const token = await encode({ token: { sub: "42", sv: 0 }, secret });
    const parts = token.split(".");
    parts[4] = (parts[4]!.startsWith("A") ? "B" : "A") + parts[4]!.slice(1);
    request.cookies.set("next-auth.session-token", parts.join("."));
    expect(await getCurrentUser()).toBeNull();
    expect(request.lookups).toEqual([]);
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: 40, code: "JWT_SESSION_ERROR" });
    expect(lines[0]).not.toMatch(/\bat \S+ \(|stack/);
  });

  it("refuses an expired token", async () => {
    request.cookies.set("next-auth.session-token", await encode({ token: { sub: "42", sv: 0 }, secret, maxAge: -60 }));
    expect(await getCurrentUser()).toBeNull();
    expect(request.lookups).toEqual([]);
  });

  it("has no user without a cookie, and says nothing about it", async () => {
    expect(await getCurrentUser()).toBeNull();
    expect(lines).toEqual([]);
  });
});
