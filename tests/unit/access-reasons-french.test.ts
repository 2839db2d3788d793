import { describe, expect, it } from "vitest";
import { PERMISSIONS, authorize, authorizeGlobal, type AccessResource, type Action } from "@/lib/access/policy";
import type { SessionUser } from "@/lib/auth/session-user";
import { toActionFailure } from "@/lib/actions/result";
import { AppError } from "@/lib/errors";
import { CATALOGUE_LOCALE, translateText } from "@/lib/i18n/server-text";
import fr from "@/messages/server/fr";

const FRENCH = { ...fr, [CATALOGUE_LOCALE]: "fr" as const };

const coordinator: SessionUser = {
  id: 2,
  email: "coordinator@test.invalid",
  name: "Coordinator",
  isActive: true,
  locale: null,
  isAdmin: false,
  memberships: [{ role: "coordinator", editionId: null, countryCode: "DK", isChair: false, isVoting: true }],
};
const admin: SessionUser = { ...coordinator, id: 1, isAdmin: true, memberships: [{ ...coordinator.memberships[0]!, role: "admin", countryCode: null }] };

function refusalOf(decision: ReturnType<typeof authorize>): string {
  if (decision.ok) throw new Error("expected a refusal");
  return decision.reason;
}

describe("the access policy's refusals in French", () => {
  it("reach a coordinator in French, as the action's boundary translates them", () => {
    const reason = refusalOf(authorize(coordinator, "edition.manage", { edition: { id: 7, phase: "draft" } }));
    expect(reason).toBe("Only the secretariat can do this.");
    expect(translateText(FRENCH, reason)).toBe("Seul le secrétariat peut effectuer cette action.");
    expect(toActionFailure(new AppError("FORBIDDEN", reason), FRENCH).message).toBe("Seul le secrétariat peut effectuer cette action.");
  });

  it("name the phase in French where the reason says it", () => {
    const reason = refusalOf(authorize(admin, "rubric.edit", { edition: { id: 7, phase: "deliberation" } }));
    expect(reason).toMatch(/^The rubric is frozen because jury scoring has started \(the edition is in its Deliberation phase\)/);
    expect(translateText(FRENCH, reason)).toBe(
      "La grille d’évaluation est figée car la notation du jury a commencé (l’édition est en phase de délibération) : ses critères ne peuvent plus changer.",
    );
  });

  it("have French for every refusal a rule can give, whoever asks and whenever", () => {
    const resources: AccessResource[] = (["draft", "nominations_open", "eligibility", "jury_scoring", "deliberation", "published"] as const).flatMap(
      (phase) =>
        (["draft", "submitted", "accepted", "rejected"] as const).map((state) => ({
          edition: { id: 7, phase, isFrozen: phase === "published", juryClosedAt: phase === "jury_scoring" ? null : new Date("2026-10-01T00:00:00Z") },
          nomination: { countryCode: "DK", kind: "competing" as const, state },
          isLiveShowRunning: phase === "deliberation",
        })),
    );
    const reasons = new Set<string>([refusalOf(authorizeGlobal(null, "outbox.read")), refusalOf(authorizeGlobal(coordinator, "people.read"))]);
    for (const action of Object.keys(PERMISSIONS) as Action[]) {
      for (const actor of [null, coordinator, admin, "system" as const]) {
        for (const resource of resources) {
          const decision = authorize(actor, action, resource);
          if (!decision.ok) reasons.add(decision.reason);
        }
      }
    }
    expect(reasons.size).toBeGreaterThan(50);
    const untranslated = [...reasons].filter((reason) => translateText(FRENCH, reason) === reason);
    expect(untranslated).toEqual([]);
  });
});
