import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import en from "@/messages/en";
import fr from "@/messages/fr";
import { describeThrottledWait, readThrottledSeconds, toThrottledError } from "@/lib/auth/sign-in-refusal";

function getThrottledMessage(seconds: number, locale: "en" | "fr" = "en"): string {
  const t = createTranslator({ locale, messages: locale === "en" ? en : fr, namespace: "signIn" });
  const { unit, count } = describeThrottledWait(seconds);
  return unit === "minutes" ? t("throttledMinutes", { count }) : t("throttledSeconds", { count });
}
import { getClientAddress, UNKNOWN_ADDRESS } from "@/lib/auth/sign-in-throttle";

describe("the client address sign-in attempts are counted by", () => {
  it("is the last X-Forwarded-For hop: the socket Next saw, or the peer the proxy in front appended", () => {
    expect(getClientAddress(new Headers({ "x-forwarded-for": "127.0.0.1" }))).toBe("127.0.0.1");
    // A client's own first hops are its word; the proxy's appended entry is not.
    expect(getClientAddress(new Headers({ "x-forwarded-for": "203.0.113.5, 198.51.100.7" }))).toBe("198.51.100.7");
  });

  it("falls back to one bucket for a missing or absurd header", () => {
    expect(getClientAddress(new Headers())).toBe(UNKNOWN_ADDRESS);
    expect(getClientAddress(new Headers({ "x-forwarded-for": "x".repeat(100) }))).toBe(UNKNOWN_ADDRESS);
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
    expect(getThrottledMessage(840, "fr")).toBe("Trop de tentatives de connexion échouées. Veuillez patienter 14 minutes avant de réessayer.");
    expect(getThrottledMessage(1, "fr")).toContain("1 seconde ");
  });
});
