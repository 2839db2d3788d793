import { describe, expect, it } from "vitest";
import { toSafeCallbackPath, toSafeRedirectUrl } from "@/lib/auth/callback";

describe("toSafeCallbackPath", () => {
  it.each([
    ["/admin/editions/2026", "/admin/editions/2026"],
    ["/jury?x=1", "/jury?x=1"],
    ["/results/2014#winner", "/results/2014#winner"],
    ["/coordinator/nominations/abc?tab=annexes#files", "/coordinator/nominations/abc?tab=annexes#files"],
    ["/%2F/evil.example", "/%2F/evil.example"],
    ["/a/../jury", "/jury"],
  ])("keeps the same-origin path %j → %j", (input, expected) => {
    expect(toSafeCallbackPath(input)).toBe(expected);
  });

  it.each([
    [undefined],
    [null],
    [""],
    ["https://evil.example/"],
    ["http://evil.example/jury"],
    ["//evil.example/"],
    ["///evil.example/"],
    ["/\\evil.example"],
    ["\\\\evil.example"],
    ["\\/evil.example"],
    ["/\\/evil.example"],
    ["/\t/evil.example/"],
    ["\t//evil.example/"],
    ["/\r/evil.example/"],
    ["/\n/evil.example/"],
    ["/admin\r\nSet-Cookie: x=1"],
    ["/\u0000/evil.example"],
    ["/\u007f/evil.example"],
    ["/\u0085/evil.example"],
    ["javascript:alert(1)"],
    ["JavaScript:alert(1)"],
    ["data:text/html,<script>alert(1)</script>"],
    ["evil.example"],
    ["https:evil.example"],
    ["http://palmares.invalid@evil.example/"],
    ["mailto:someone@evil.example"],
  ])("refuses %j", (input) => {
    expect(toSafeCallbackPath(input)).toBe("/");
  });

  it.each([
    ["/.//evil.example/", "/evil.example/"],
    ["/a/..//evil.example", "/evil.example"],
  ])("never returns a protocol-relative path: %j → %j", (input, expected) => {
    expect(toSafeCallbackPath(input)).toBe(expected);
  });

  it("decoded once by the page, the reported link carries a TAB and is refused", () => {
    const callbackUrl = new URLSearchParams("callbackUrl=%2F%09%2Fevil.example%2F").get("callbackUrl");
    expect(toSafeCallbackPath(callbackUrl)).toBe("/");
  });

  it("a double-encoded TAB stays a harmless path on this site", () => {
    const callbackUrl = new URLSearchParams("callbackUrl=%2F%2509%2Fevil.example%2F").get("callbackUrl");
    expect(toSafeCallbackPath(callbackUrl)).toBe("/%09/evil.example/");
  });

  it("accepts an absolute URL only on the app's own origin, keeping path, query and hash", () => {
    const app = "https://awards.example.org";
    expect(toSafeCallbackPath("https://awards.example.org/jury?x=1#top", app)).toBe("/jury?x=1#top");
    expect(toSafeCallbackPath("https://awards.example.org.evil.example/jury", app)).toBe("/");
    expect(toSafeCallbackPath("http://awards.example.org/jury", app)).toBe("/");
    expect(toSafeCallbackPath("https://awards.example.org:8443/jury", app)).toBe("/");
    expect(toSafeCallbackPath("/jury", app)).toBe("/jury");
    expect(toSafeCallbackPath("/jury", "not a url")).toBe("/");
  });

  it("every result is a single-slash path a Location header can carry", () => {
    const hostile = ["/\t/x", "//x", "/.//x", "/\u2028/x", "/é", "/?q=<script>", "/#\u0000"];
    for (const value of hostile) {
      const result = toSafeCallbackPath(value);
      expect(result.startsWith("/")).toBe(true);
      expect(result.startsWith("//")).toBe(false);
      expect(result).toMatch(/^[\x21-\x7e]*$/);
    }
  });
});

describe("toSafeRedirectUrl (next-auth's redirect callback)", () => {
  const baseUrl = "http://127.0.0.1:3000";
  it.each([
    ["/jury", "http://127.0.0.1:3000/jury"],
    ["http://127.0.0.1:3000/admin?x=1", "http://127.0.0.1:3000/admin?x=1"],
    ["http://127.0.0.1:3001/admin", "http://127.0.0.1:3000/"],
    ["https://evil.example/", "http://127.0.0.1:3000/"],
    ["/\t/evil.example/", "http://127.0.0.1:3000/"],
    ["/\\evil.example", "http://127.0.0.1:3000/"],
    ["//evil.example", "http://127.0.0.1:3000/"],
    ["javascript:alert(1)", "http://127.0.0.1:3000/"],
  ])("%j → %j", (url, expected) => {
    expect(toSafeRedirectUrl(url, baseUrl)).toBe(expected);
  });
});
