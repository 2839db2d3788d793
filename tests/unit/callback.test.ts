import { describe, expect, it } from "vitest";
import { toSafeCallbackPath } from "@/lib/auth/callback";

describe("toSafeCallbackPath", () => {
  it.each([
    ["/admin/editions/2026", "/admin/editions/2026"],
    ["/jury?x=1", "/jury?x=1"],
    [undefined, "/"],
    ["", "/"],
    ["https://evil.example/", "/"],
    ["//evil.example/", "/"],
    ["/\\evil.example", "/"],
    ["javascript:alert(1)", "/"],
  ])("%s → %s", (input, expected) => {
    expect(toSafeCallbackPath(input)).toBe(expected);
  });
});
