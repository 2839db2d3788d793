import { describe, expect, it } from "vitest";
import type { EditionPhase } from "@/db/schema";
import { PERMISSIONS, authorize, authorizeGlobal, can, type AccessResource, type Action } from "@/lib/access/policy";
import type { SessionUser } from "@/lib/auth/session-user";

const EDITION_ID = 7;
const OTHER_EDITION_ID = 8;
const ALL: readonly EditionPhase[] = ["draft", "nominations_open", "eligibility", "jury_scoring", "deliberation", "published"];
const JURY: readonly EditionPhase[] = ["jury_scoring", "deliberation", "published"];

type Membership = SessionUser["memberships"][number];

function person(id: number, memberships: Partial<Membership>[], overrides: Partial<SessionUser> = {}): SessionUser {
  const full = memberships.map((m) => ({ role: "coordinator" as const, editionId: null, countryCode: null, isChair: false, isVoting: true, ...m }));
  return {
    id,
    email: `person-${id}@test.invalid`,
    name: `Person ${id}`,
    isActive: true,
    locale: null,
    isAdmin: full.some((m) => m.role === "admin"),
    memberships: full,
    ...overrides,
  };
}

const juror = (id: number, countryCode: string, extra: Partial<Membership> = {}) =>
  person(id, [{ role: "juror", editionId: EDITION_ID, countryCode, ...extra }]);

// The dossier under test is Denmark's competing one; person 6 declared a conflict on it; it is assigned to
// every juror of the edition except person 11.
const PEOPLE = {
  admin: person(1, [{ role: "admin" }]),
  "coordinator (own country)": person(2, [{ role: "coordinator", countryCode: "DK" }]),
  "coordinator (other country)": person(3, [{ role: "coordinator", countryCode: "FR" }]),
  "coordinator (own country, other edition)": person(4, [{ role: "coordinator", countryCode: "DK", editionId: OTHER_EDITION_ID }]),
  "juror (other country)": juror(5, "DE"),
  "juror (conflicted)": juror(6, "NL"),
  "juror (own country)": juror(7, "DK"),
  "juror (other edition)": person(8, [{ role: "juror", editionId: OTHER_EDITION_ID, countryCode: "DE" }]),
  chair: juror(9, "IT", { isChair: true }),
  anonymous: null,
  "disabled admin": person(10, [{ role: "admin" }], { isActive: false }),
  "juror (not assigned)": juror(11, "SE"),
} satisfies Record<string, SessionUser | null>;

type Person = keyof typeof PEOPLE;

/** The nomination each action is checked against: the state in which the action normally happens. */
const NOMINATION_STATE: Record<Action, AccessResource["nomination"] | undefined> = {
  "edition.manage": undefined,
  "edition.edit": undefined,
  "edition.copy": undefined,
  "edition.delete": undefined,
  "nomination.list-all": undefined,
  "nomination.create": undefined,
  "nomination.view": { countryCode: "DK", kind: "competing", state: "accepted" },
  "nomination.read-full": { countryCode: "DK", kind: "competing", state: "submitted" },
  "annex.read": { countryCode: "DK", kind: "competing", state: "accepted" },
  "nomination.edit": { countryCode: "DK", kind: "competing", state: "draft" },
  "nomination.submit": { countryCode: "DK", kind: "competing", state: "draft" },
  "nomination.withdraw": { countryCode: "DK", kind: "competing", state: "submitted" },
  "nomination.reopen": { countryCode: "DK", kind: "competing", state: "submitted" },
  "nomination.decide-eligibility": { countryCode: "DK", kind: "competing", state: "submitted" },
  "rubric.edit": undefined,
  "coordinators.manage": undefined,
  "jury.manage": undefined,
  "assignments.change": undefined,
  "assignments.configure": undefined,
  "conflict.add": undefined,
  "jury.remind": undefined,
  "jury.close": undefined,
  "messages.edit": undefined,
  "reminders.send": undefined,
  "publication.schedule": undefined,
  "result.freeze": undefined,
  "result.unfreeze": undefined,
  "sheet.score": { countryCode: "DK", kind: "competing", state: "accepted" },
  "conflict.declare": { countryCode: "DK", kind: "competing", state: "accepted" },
  "ranking.view": undefined,
  "awards.choose": undefined,
  "edition.publish": undefined,
  "tie.decide": undefined,
  "jury-statement.write": undefined,
  "scores.export": undefined,
  "edition.export": undefined,
  "ceremony.present": undefined,
  "ceremony.start-live": undefined,
  "ceremony.reorder": undefined,
};

/** The edition's state each action is checked in, beyond its phase: publishing and the live show need a sealed result. */
const EDITION_STATE: Partial<Record<Action, Partial<AccessResource["edition"]>>> = {
  "edition.publish": { isFrozen: true },
  "ceremony.start-live": { isFrozen: true },
};

/** Who may, in which phases; everyone not listed may never. */
const EXPECTED: Record<Action, Partial<Record<Person, readonly EditionPhase[]>>> = {
  "edition.manage": { admin: ALL },
  // Which setting may change in which phase is lib/domain/edition-edit-rules (tests/unit/edition-rules.test.ts).
  "edition.edit": { admin: ALL },
  "edition.copy": { admin: ALL },
  "edition.delete": { admin: ["draft"] },
  "nomination.list-all": { admin: ALL },
  // Which country a new dossier is for is checked when it is created, against the coordinator's countries.
  "nomination.create": { "coordinator (own country)": ["nominations_open"], "coordinator (other country)": ["nominations_open"] },
  // Reading also needs an assignment, which getDossierForJuror checks in its WHERE clause (annexes: "annex.read").
  "nomination.view": { admin: ALL, "coordinator (own country)": ALL, "juror (other country)": JURY, chair: JURY, "juror (not assigned)": JURY },
  "nomination.read-full": { admin: ALL },
  // The annexes: never the unassigned, conflicted, own-country or other-edition juror, nor another country's coordinator.
  "annex.read": {
    admin: ALL,
    "coordinator (own country)": ["nominations_open", "eligibility", "jury_scoring", "deliberation", "published"],
    "juror (other country)": JURY,
    chair: JURY,
  },
  "nomination.edit": { "coordinator (own country)": ["nominations_open"] },
  "nomination.submit": { "coordinator (own country)": ["nominations_open"] },
  "nomination.withdraw": { "coordinator (own country)": ["nominations_open"] },
  "nomination.reopen": { admin: ["nominations_open"] },
  "nomination.decide-eligibility": { admin: ["eligibility"] },
  "rubric.edit": { admin: ["draft", "nominations_open", "eligibility"] },
  "coordinators.manage": { admin: ALL },
  "jury.manage": { admin: ALL },
  "assignments.change": { admin: ["jury_scoring"] },
  "assignments.configure": { admin: ["draft", "nominations_open", "eligibility", "jury_scoring"] },
  "conflict.add": { admin: ["eligibility", "jury_scoring"] },
  "jury.remind": { admin: ["jury_scoring"] },
  "jury.close": { admin: ["jury_scoring"] },
  "messages.edit": { admin: ALL },
  // No person sends the scheduled reminders: only the job runner (checked below).
  "reminders.send": {},
  "publication.schedule": { admin: ["draft", "nominations_open", "eligibility", "jury_scoring", "deliberation"] },
  "result.freeze": { admin: ["deliberation", "published"] },
  "result.unfreeze": { admin: ["deliberation"] },
  "sheet.score": { "juror (other country)": ["jury_scoring"], chair: ["jury_scoring"] },
  "conflict.declare": { "juror (other country)": ["jury_scoring"], chair: ["jury_scoring"] },
  "ranking.view": { admin: JURY, chair: ["deliberation", "published"] },
  "awards.choose": { admin: ["deliberation"] },
  "edition.publish": { admin: ["deliberation"] },
  "tie.decide": { admin: ["deliberation"], chair: ["deliberation"] },
  "jury-statement.write": { admin: ["deliberation"], chair: ["deliberation"] },
  "scores.export": { admin: ["deliberation", "published"] },
  "edition.export": { admin: ALL },
  "ceremony.present": { admin: ["deliberation", "published"] },
  "ceremony.start-live": { admin: ["deliberation", "published"] },
  "ceremony.reorder": { admin: ["deliberation", "published"] },
};

function resourceFor(action: Action, phase: EditionPhase, nomination = NOMINATION_STATE[action]): AccessResource {
  const assignedJurorIds = (["juror (other country)", "juror (conflicted)", "juror (own country)", "juror (other edition)", "chair"] as const).map(
    (name) => PEOPLE[name].id,
  );
  return { edition: { id: EDITION_ID, phase, ...EDITION_STATE[action] }, nomination, conflictedJurorIds: [PEOPLE["juror (conflicted)"].id], assignedJurorIds };
}

describe("can()", () => {
  it("has a row of expectations for every permission", () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(Object.keys(PERMISSIONS).sort());
  });

  for (const action of Object.keys(EXPECTED) as Action[]) {
    it(`${action}: allows exactly the expected people in the expected phases`, () => {
      const wrong: string[] = [];
      for (const [name, user] of Object.entries(PEOPLE) as [Person, SessionUser | null][]) {
        for (const phase of ALL) {
          const expected = EXPECTED[action][name]?.includes(phase) ?? false;
          if (can(user, action, resourceFor(action, phase)) !== expected) {
            wrong.push(`${name} in ${phase}: expected ${expected ? "allowed" : "refused"}`);
          }
        }
      }
      expect(wrong).toEqual([]);
    });
  }
});

describe("can() on the dossier's state and kind", () => {
  const admin = PEOPLE.admin;
  const decide = (nomination: NonNullable<AccessResource["nomination"]>) =>
    can(admin, "nomination.decide-eligibility", resourceFor("nomination.decide-eligibility", "eligibility", nomination));

  it("lets the admin decide submitted, accepted and rejected competing dossiers only", () => {
    expect(decide({ countryCode: "DK", kind: "competing", state: "submitted" })).toBe(true);
    expect(decide({ countryCode: "DK", kind: "competing", state: "accepted" })).toBe(true);
    expect(decide({ countryCode: "DK", kind: "competing", state: "rejected" })).toBe(true);
    expect(decide({ countryCode: "DK", kind: "competing", state: "draft" })).toBe(false);
    expect(decide({ countryCode: "DK", kind: "competing", state: "awarded" })).toBe(false);
    expect(decide({ countryCode: "DK", kind: "additional", state: "submitted" })).toBe(false);
    expect(can(admin, "nomination.decide-eligibility", { edition: { id: EDITION_ID, phase: "eligibility" } })).toBe(false);
  });

  it("lets a juror score only accepted competing dossiers", () => {
    const other = PEOPLE["juror (other country)"];
    const score = (nomination: NonNullable<AccessResource["nomination"]>) => can(other, "sheet.score", resourceFor("sheet.score", "jury_scoring", nomination));
    expect(score({ countryCode: "DK", kind: "competing", state: "accepted" })).toBe(true);
    expect(score({ countryCode: "DK", kind: "competing", state: "submitted" })).toBe(false);
    expect(score({ countryCode: "DK", kind: "competing", state: "rejected" })).toBe(false);
    expect(score({ countryCode: "DK", kind: "additional", state: "accepted" })).toBe(false);
  });

  it("lets a coordinator edit only their own drafts, and submit them (again: a repeat answers the receipt)", () => {
    const own = PEOPLE["coordinator (own country)"];
    const check = (action: "nomination.edit" | "nomination.submit", state: "draft" | "submitted" | "accepted") =>
      can(own, action, resourceFor(action, "nominations_open", { countryCode: "DK", kind: "competing", state }));
    expect(check("nomination.edit", "draft")).toBe(true);
    expect(check("nomination.edit", "submitted")).toBe(false);
    expect(check("nomination.submit", "draft")).toBe(true);
    expect(check("nomination.submit", "submitted")).toBe(true);
    expect(check("nomination.submit", "accepted")).toBe(false);
  });

  it("lets a coordinator create a dossier only for their own country", () => {
    const create = (name: Person, countryCode: string) =>
      authorize(PEOPLE[name], "nomination.create", resourceFor("nomination.create", "nominations_open", { countryCode, kind: "competing", state: "draft" }));
    expect(create("coordinator (own country)", "DK")).toEqual({ ok: true });
    expect(create("coordinator (other country)", "DK")).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(create("coordinator (own country, other edition)", "DK")).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });

  it("refuses everything to a disabled user, whatever their roles", () => {
    for (const action of Object.keys(PERMISSIONS) as Action[]) {
      for (const phase of ALL) expect(can(PEOPLE["disabled admin"], action, resourceFor(action, phase))).toBe(false);
    }
  });
});

describe("can() on annexes", () => {
  const resource = (overrides: Partial<AccessResource> = {}): AccessResource => ({
    edition: { id: EDITION_ID, phase: "jury_scoring" },
    nomination: { countryCode: "DK", kind: "competing", state: "accepted" },
    assignedJurorIds: [PEOPLE["juror (other country)"].id],
    conflictedJurorIds: [],
    ...overrides,
  });

  it("refuses a juror whose assignment was removed, or who declared a conflict on the dossier", () => {
    const assigned = PEOPLE["juror (other country)"];
    expect(can(assigned, "annex.read", resource())).toBe(true);
    expect(can(assigned, "annex.read", resource({ assignedJurorIds: [] }))).toBe(false);
    expect(can(assigned, "annex.read", resource({ conflictedJurorIds: [assigned.id] }))).toBe(false);
  });

  it("refuses the assigned juror a rejected or additional dossier", () => {
    const assigned = PEOPLE["juror (other country)"];
    expect(can(assigned, "annex.read", resource({ nomination: { countryCode: "DK", kind: "competing", state: "rejected" } }))).toBe(false);
    expect(can(assigned, "annex.read", resource({ nomination: { countryCode: "DK", kind: "additional", state: "accepted" } }))).toBe(false);
  });

  it("says FORBIDDEN, with the not-found words, to anyone else", () => {
    expect(authorize(PEOPLE["coordinator (other country)"], "annex.read", resource())).toEqual({
      ok: false,
      code: "FORBIDDEN",
      reason: "This annex does not exist or you may not see it.",
    });
  });
});

describe("authorize() explains a refusal", () => {
  const jury = (phase: EditionPhase, extra: Partial<AccessResource["edition"]> = {}) => ({ edition: { id: EDITION_ID, phase, ...extra } });

  it("says FORBIDDEN for the wrong person, whatever the moment", () => {
    for (const phase of ALL) {
      const decision = authorize(PEOPLE["coordinator (own country)"], "awards.choose", jury(phase));
      expect(decision).toMatchObject({ ok: false, code: "FORBIDDEN", reason: "Only the secretariat can choose the awards." });
    }
  });

  it("says CONFLICT for the right person at the wrong moment, with the rule's words", () => {
    expect(authorize(PEOPLE.admin, "awards.choose", jury("jury_scoring"))).toEqual({
      ok: false,
      code: "CONFLICT",
      reason: "The awards are chosen during deliberation.",
    });
  });

  it("says CONFLICT once the result is frozen, and for a closed jury", () => {
    expect(authorize(PEOPLE.admin, "awards.choose", jury("deliberation", { isFrozen: true }))).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(authorize(PEOPLE.chair, "jury-statement.write", jury("deliberation", { isFrozen: true }))).toMatchObject({ ok: false, code: "CONFLICT" });
    const sheet = { ...resourceFor("sheet.score", "jury_scoring"), edition: { id: EDITION_ID, phase: "jury_scoring" as const, juryClosedAt: new Date() } };
    expect(authorize(PEOPLE["juror (other country)"], "sheet.score", sheet)).toMatchObject({ ok: false, code: "CONFLICT" });
  });

  it("says CONFLICT for a withdrawal at the wrong moment, FORBIDDEN for another country's coordinator", () => {
    const withdraw = (name: Person, state: "draft" | "submitted" | "accepted") =>
      authorize(PEOPLE[name], "nomination.withdraw", resourceFor("nomination.withdraw", "nominations_open", { countryCode: "DK", kind: "competing", state }));
    expect(withdraw("coordinator (own country)", "draft")).toMatchObject({ ok: false, code: "CONFLICT", reason: expect.stringContaining("nothing to withdraw") });
    expect(withdraw("coordinator (own country)", "accepted")).toMatchObject({ ok: false, code: "CONFLICT", reason: expect.stringContaining("eligibility") });
    expect(withdraw("coordinator (other country)", "submitted")).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });

  it("says CONFLICT for scoring or declaring on a frozen result or a closed jury, FORBIDDEN for an unassigned juror", () => {
    for (const action of ["sheet.score", "conflict.declare"] as const) {
      const base = resourceFor(action, "jury_scoring");
      const frozen = { ...base, edition: { ...base.edition, isFrozen: true } };
      const closed = { ...base, edition: { ...base.edition, juryClosedAt: new Date() } };
      expect(authorize(PEOPLE["juror (other country)"], action, frozen)).toMatchObject({ ok: false, code: "CONFLICT" });
      expect(authorize(PEOPLE["juror (other country)"], action, closed)).toMatchObject({ ok: false, code: "CONFLICT" });
      expect(authorize(PEOPLE["juror (not assigned)"], action, base)).toMatchObject({ ok: false, code: "FORBIDDEN" });
      // Before the jury's phases the dossier does not exist for a juror: the wrong person, not the wrong moment.
      expect(authorize(PEOPLE["juror (other country)"], action, resourceFor(action, "eligibility"))).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
  });

  it("says CONFLICT, with the jury-change rule's words, for a change to a closed jury's work", () => {
    const closed = jury("jury_scoring", { juryClosedAt: new Date() });
    expect(authorize(PEOPLE.admin, "assignments.change", closed)).toEqual({ ok: false, code: "CONFLICT", reason: "The jury is closed: assignments can no longer change." });
    expect(authorize(PEOPLE.admin, "jury.close", jury("deliberation"))).toEqual({ ok: false, code: "CONFLICT", reason: "The jury is already closed." });
    expect(authorize(PEOPLE.admin, "conflict.add", jury("nominations_open"))).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(authorize(PEOPLE.admin, "assignments.change", jury("jury_scoring", { isFrozen: true }))).toMatchObject({ ok: false, code: "CONFLICT", reason: expect.stringContaining("frozen") });
    expect(authorize(PEOPLE.chair, "assignments.change", jury("jury_scoring"))).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });

  it("says CONFLICT for a rubric change once jury scoring has started", () => {
    expect(authorize(PEOPLE.admin, "rubric.edit", jury("jury_scoring"))).toMatchObject({ ok: false, code: "CONFLICT", reason: expect.stringMatching(/^The rubric is frozen/) });
    expect(authorize(PEOPLE["coordinator (own country)"], "rubric.edit", jury("draft"))).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });

  it("says UNAUTHORIZED for nobody, and lets the job runner take only the actions marked for it", () => {
    expect(authorize(null, "edition.manage", jury("draft"))).toMatchObject({ ok: false, code: "UNAUTHORIZED" });
    expect(authorize("system", "edition.publish", jury("deliberation", { isFrozen: true }))).toEqual({ ok: true });
    expect(authorize("system", "awards.choose", jury("deliberation"))).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });

  it("lets the job runner alone queue scheduled reminders, in the phases that have them, frozen or not", () => {
    for (const phase of ["nominations_open", "jury_scoring", "published"] as const) {
      expect(authorize("system", "reminders.send", jury(phase, { isFrozen: phase === "published" }))).toEqual({ ok: true });
    }
    for (const phase of ["draft", "eligibility", "deliberation"] as const) {
      expect(authorize("system", "reminders.send", jury(phase))).toMatchObject({ ok: false, code: "CONFLICT" });
    }
    expect(authorize(PEOPLE.admin, "reminders.send", jury("nominations_open"))).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(authorize("system", "messages.edit", jury("draft"))).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(authorize(PEOPLE.admin, "messages.edit", jury("published", { isFrozen: true }))).toEqual({ ok: true });
  });
});

describe("authorize() guards the reveal", () => {
  const edition = (phase: EditionPhase, isFrozen: boolean) => ({ id: EDITION_ID, phase, isFrozen });

  it("publishes only a sealed result, by the secretariat or the schedule", () => {
    for (const actor of [PEOPLE.admin, "system" as const]) {
      expect(authorize(actor, "edition.publish", { edition: edition("deliberation", false) })).toMatchObject({ ok: false, code: "CONFLICT", reason: expect.stringMatching(/^Seal the result first/) });
      expect(authorize(actor, "edition.publish", { edition: edition("deliberation", true) })).toEqual({ ok: true });
    }
  });

  it("starts the live show only on a sealed result, or on an edition published already", () => {
    expect(authorize(PEOPLE.admin, "ceremony.start-live", { edition: edition("deliberation", false) })).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(authorize(PEOPLE.admin, "ceremony.start-live", { edition: edition("deliberation", true) })).toEqual({ ok: true });
    expect(authorize(PEOPLE.admin, "ceremony.start-live", { edition: edition("published", false) })).toEqual({ ok: true });
    // A rehearsal needs no seal.
    expect(authorize(PEOPLE.admin, "ceremony.present", { edition: edition("deliberation", false) })).toEqual({ ok: true });
  });

  it("holds the awards and the nominee order still while the live show runs", () => {
    const running = { edition: edition("deliberation", false), isLiveShowRunning: true };
    for (const action of ["awards.choose", "ceremony.reorder"] as const) {
      expect(authorize(PEOPLE.admin, action, running)).toMatchObject({ ok: false, code: "CONFLICT", reason: expect.stringMatching(/^The live show is running: /) });
      expect(authorize(PEOPLE.admin, action, { ...running, isLiveShowRunning: false })).toEqual({ ok: true });
    }
  });
});

describe("authorizeGlobal() for rights that belong to no edition", () => {
  for (const action of ["outbox.read", "outbox.resend", "people.read", "people.manage", "audit.read", "person.erase", "edition.import", "admin.home", "edition.create"] as const) {
    it(`${action}: the active secretariat only`, () => {
      expect(authorizeGlobal(PEOPLE.admin, action)).toEqual({ ok: true });
      expect(authorizeGlobal(null, action)).toMatchObject({ ok: false, code: "UNAUTHORIZED" });
      for (const name of ["disabled admin", "chair", "coordinator (own country)", "juror (other country)"] as const) {
        expect(authorizeGlobal(PEOPLE[name], action)).toMatchObject({ ok: false, code: "FORBIDDEN" });
      }
    });
  }
});
