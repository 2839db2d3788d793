import { describe, expect, it } from "vitest";
import { getThrottledMessage, readThrottledSeconds, toThrottledError } from "@/lib/auth/sign-in-refusal";
import { getClientAddress, UNKNOWN_ADDRESS } from "@/lib/auth/sign-in-throttle";
import { parseEnv } from "@/lib/env";

describe("the client address sign-in attempts are counted by", () => {
  const headers = new Headers({ "x-forwarded-for": "203.0.113.5, 10.0.0.1" });

  it("is the first X-Forwarded-For hop behind a trusted proxy", () => {
    expect(getClientAddress(headers, true)).toBe("203.0.113.5");
  });

  it("ignores the client's own X-Forwarded-For without a trusted proxy, and a missing or absurd header", () => {
    expect(getClientAddress(headers, false)).toBe(UNKNOWN_ADDRESS);
    expect(getClientAddress(new Headers(), true)).toBe(UNKNOWN_ADDRESS);
    expect(getClientAddress(new Headers({ "x-forwarded-for": "x".repeat(100) }), true)).toBe(UNKNOWN_ADDRESS);
  });

  it("trusts the proxy only when TRUSTED_PROXY says so", () => {
    expect(parseEnv({}).TRUSTED_PROXY).toBe(false);
    expect(parseEnv({ TRUSTED_PROXY: "1" }).TRUSTED_PROXY).toBe(true);
    expect(() => parseEnv({ TRUSTED_PROXY: "yes" })).toThrow(/TRUSTED_PROXY/);
  });
});

describe("the throttled sign-in's message", () => {
  it("carries the wait through next-auth's error and says it in minutes or seconds", () => {
    expect(readThrottledSeconds(toThrottledError(840))).toBe(840);
    expect(readThrottledSeconds("CredentialsSignin")).toBeUndefined();
    expect(readThrottledSeconds("TooManyAttempts:abc")).toBeUndefined();
    expect(getThrottledMessage(840)).toBe("Too many failed sign-in attempts. Please wait 14 minutes before trying again.");
    expect(getThrottledMessage(61)).toContain("2 minutes");
    expect(getThrottledMessage(1)).toContain("1 second ");
  });
});
