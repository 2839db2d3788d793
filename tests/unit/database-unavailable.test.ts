import { Writable } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { toActionFailure } from "@/lib/actions/result";
import { handleRoute } from "@/lib/api/respond";
import { AppError, DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailableError } from "@/lib/errors";
import { redirectLogForTests } from "@/lib/log";

/** An error as postgres.js raises it (a code on the error), wrapped as drizzle wraps it (as the cause). */
function driverError(code: string, wrapped = true): Error {
  const cause = Object.assign(new Error(`driver said ${code}`), { code });
  return wrapped ? Object.assign(new Error("Failed query: update nominations … params: secret"), { cause }) : cause;
}

let restore: (() => void) | undefined;
afterEach(() => restore?.());

describe("isDatabaseUnavailableError", () => {
  it("recognises a database that is down, restarting, in recovery or whose connection broke", () => {
    for (const code of ["ECONNREFUSED", "ECONNRESET", "CONNECTION_CLOSED", "CONNECTION_ENDED", "CONNECTION_DESTROYED", "CONNECT_TIMEOUT", "57P01", "57P02", "57P03", "08006", "08001", "53300"]) {
      expect(isDatabaseUnavailableError(driverError(code)), code).toBe(true);
      expect(isDatabaseUnavailableError(driverError(code, false)), code).toBe(true);
    }
    const everyAddress = Object.assign(new AggregateError([driverError("ECONNREFUSED", false)], "connect failed"), {});
    expect(isDatabaseUnavailableError(everyAddress)).toBe(true);
  });

  it("does not take a refusal of the request itself, or a bug, for an outage", () => {
    for (const code of ["23505", "23514", "P0001", "22P02", "42P01", "40001", "ENOENT"]) {
      expect(isDatabaseUnavailableError(driverError(code)), code).toBe(false);
    }
    expect(isDatabaseUnavailableError(new TypeError("x is undefined"))).toBe(false);
    expect(isDatabaseUnavailableError(new AppError("CONFLICT", "Saved in between."))).toBe(false);
    expect(isDatabaseUnavailableError(undefined)).toBe(false);
  });
});

describe("answers while the database is away", () => {
  it("a server action answers UNAVAILABLE with the try-again message, and logs a warning without the query", () => {
    const lines: string[] = [];
    restore = redirectLogForTests(new Writable({ write: (chunk, _encoding, done) => (lines.push(String(chunk)), done()) }));
    expect(toActionFailure(driverError("ECONNREFUSED"))).toEqual({ ok: false, code: "UNAVAILABLE", message: DATABASE_UNAVAILABLE_MESSAGE });
    const logged = lines.join("");
    expect(logged).toContain('"level":40');
    expect(logged).toContain("ECONNREFUSED");
    expect(logged).not.toContain("secret");
  });

  it("a route handler answers 503 with Retry-After and the code UNAVAILABLE, not a 500", async () => {
    restore = redirectLogForTests(new Writable({ write: (_chunk, _encoding, done) => done() }));
    const response = await handleRoute(async () => {
      throw driverError("57P03");
    });
    expect(response.status).toBe(503);
    expect(response.headers.get("Retry-After")).toBe("5");
    expect(await response.json()).toEqual({ error: { code: "UNAVAILABLE", message: DATABASE_UNAVAILABLE_MESSAGE } });
  });

  it("an unexpected error still answers 500 with the generic message", async () => {
    restore = redirectLogForTests(new Writable({ write: (_chunk, _encoding, done) => done() }));
    const response = await handleRoute(async () => {
      throw new TypeError("boom");
    });
    expect(response.status).toBe(500);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe("ERROR");
  });
});
