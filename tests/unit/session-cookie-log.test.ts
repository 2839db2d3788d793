import { Writable } from "node:stream";
import { getServerSession } from "next-auth";
import { afterEach, expect, it, vi } from "vitest";
import { getAuthOptions } from "@/lib/auth/options";
import { redirectLogForTests } from "@/lib/log";

let restore: (() => void) | undefined;

afterEach(() => {
  restore?.();
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

it("writes exactly one warning line, with no stack, for a garbage session cookie", async () => {
  const lines: string[] = [];
  restore = redirectLogForTests(new Writable({ write: (chunk, _encoding, done) => (lines.push(String(chunk)), done()) }));
  vi.stubEnv("NEXTAUTH_URL", "http://localhost:3000");
  const consoleError = vi.spyOn(console, "error").mockImplementation(() => {});
  const consoleWarn = vi.spyOn(console, "warn").mockImplementation(() => {});

  // The request and response shapes getServerSession reads outside a Next request (its pages-router form).
  const request = { headers: { host: "localhost:3000" }, cookies: { "next-auth.session-token": "garbage-not-a-jwt" } };
  const response = { getHeader: () => undefined, setHeader: () => {}, setCookie: () => {} };
  const session = await getServerSession(request as never, response as never, getAuthOptions());

  expect(session).toBeNull();
  expect(consoleError).not.toHaveBeenCalled();
  expect(consoleWarn).not.toHaveBeenCalled();
  const text = lines.join("");
  expect(text.trim().split("\n")).toHaveLength(1);
  const entry = JSON.parse(text) as Record<string, unknown>;
  expect(entry).toMatchObject({ level: 40, code: "JWT_SESSION_ERROR" });
  expect(text).not.toMatch(/\bat \S+ \(|stack|garbage-not-a-jwt/);
});
