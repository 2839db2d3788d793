import { describe, expect, it } from "vitest";
import { toSignInTarget } from "@/lib/auth/callback";
import { chooseLanding, LANDING_PATH } from "@/lib/domain/landing";

const admin = { role: "admin" } as const;
const coordinator = { role: "coordinator" } as const;
const juror = { role: "juror" } as const;

describe("chooseLanding", () => {
  it("sends each single role to its own page", () => {
    expect(chooseLanding({ isAdmin: true, memberships: [admin] })).toEqual({ kind: "page", path: "/admin" });
    expect(chooseLanding({ isAdmin: false, memberships: [coordinator] })).toEqual({ kind: "page", path: "/coordinator" });
    expect(chooseLanding({ isAdmin: false, memberships: [juror, juror] })).toEqual({ kind: "page", path: "/jury" });
  });

  it("sends an admin to the secretariat whatever else they hold", () => {
    expect(chooseLanding({ isAdmin: true, memberships: [coordinator, admin, juror] })).toEqual({ kind: "page", path: "/admin" });
  });

  it("offers a coordinator who also sits on a jury the choice, coordinator first", () => {
    const landing = chooseLanding({ isAdmin: false, memberships: [juror, coordinator] });
    expect(landing.kind).toBe("choose");
    expect(landing.kind === "choose" && landing.pages.map((p) => p.path)).toEqual(["/coordinator", "/jury"]);
  });

  it("sends someone with no role to the public home page", () => {
    expect(chooseLanding({ isAdmin: false, memberships: [] })).toEqual({ kind: "page", path: "/" });
  });
});

describe("toSignInTarget", () => {
  it("lets an explicit, safe callback win", () => {
    expect(toSignInTarget("/admin/editions/2026", LANDING_PATH)).toBe("/admin/editions/2026");
    expect(toSignInTarget("/", LANDING_PATH)).toBe("/");
  });

  it("sends everyone else to the landing page, an unsafe callback included", () => {
    expect(toSignInTarget(undefined, LANDING_PATH)).toBe(LANDING_PATH);
    expect(toSignInTarget("", LANDING_PATH)).toBe(LANDING_PATH);
    expect(toSignInTarget("https://evil.example/", LANDING_PATH)).toBe(LANDING_PATH);
    expect(toSignInTarget("//evil.example", LANDING_PATH)).toBe(LANDING_PATH);
  });
});
