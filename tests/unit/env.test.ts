import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";

describe("parseEnv", () => {
  it("starts with no variables at all, on the embedded database with a development secret", () => {
    const env = parseEnv({});
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.DATA_DIR).toBe(".data");
    expect(env.NEXTAUTH_SECRET.length).toBeGreaterThanOrEqual(32);
  });

  it("refuses to serve in production without a session secret, naming the variable", () => {
    expect(() => parseEnv({ NODE_ENV: "production" })).toThrow(/NEXTAUTH_SECRET: must be set in production/);
  });

  it("lets a production build run without the secret, since it serves nothing", () => {
    expect(() => parseEnv({ NODE_ENV: "production", NEXT_PHASE: "phase-production-build" })).not.toThrow();
  });

  it("accepts a production secret of 32 characters or more", () => {
    const secret = "x".repeat(32);
    expect(parseEnv({ NODE_ENV: "production", NEXTAUTH_SECRET: secret }).NEXTAUTH_SECRET).toBe(secret);
  });

  it("names a short secret and a malformed database URL together", () => {
    let message = "";
    try {
      parseEnv({ NEXTAUTH_SECRET: "short", DATABASE_URL: "mysql://localhost/db" });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/NEXTAUTH_SECRET: must be at least 32 characters/);
    expect(message).toMatch(/DATABASE_URL: must be a postgres:\/\//);
  });

  it("treats empty variables as unset", () => {
    expect(parseEnv({ DATABASE_URL: "" }).DATABASE_URL).toBeUndefined();
  });
});
