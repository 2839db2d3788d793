import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  planAssignments,
  type AssignmentPlan,
  type JurorDossierPair,
  type PlanDossier,
  type PlanInput,
  type PlanJuror,
} from "@/lib/domain/assignment-plan";

const COUNTRIES = ["AT", "BE", "CZ", "DE", "DK", "EE", "FR", "IT", "NL", "PL", "PT", "SE"] as const;

const key = (p: JurorDossierPair) => `${p.jurorId}|${p.nominationId}`;
const dossierId = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

function makeInput(overrides: Partial<PlanInput>): PlanInput {
  return { mode: "all", jurorsPerDossier: null, jurors: [], dossiers: [], conflicts: [], kept: [], ...overrides };
}

/** The loads of voting jurors, kept pairs included. */
function getLoads(input: PlanInput, plan: AssignmentPlan): Map<number, number> {
  const loads = new Map(input.jurors.filter((j) => j.isVoting).map((j) => [j.id, 0]));
  for (const a of plan.assignments) if (loads.has(a.jurorId)) loads.set(a.jurorId, loads.get(a.jurorId)! + 1);
  return loads;
}

function isEligible(input: PlanInput, juror: PlanJuror, dossier: PlanDossier): boolean {
  return juror.countryCode !== dossier.countryCode && !input.conflicts.some((c) => c.jurorId === juror.id && c.nominationId === dossier.id);
}

/** A random edition: jurors from any country (several may share one), one dossier per country, random conflicts and kept pairs. */
function arbitraryPlanInput({ maxJurors, maxDossiers }: { maxJurors: number; maxDossiers: number }) {
  return fc
  .record({
    jurors: fc.array(fc.record({ countryCode: fc.constantFrom(...COUNTRIES), isVoting: fc.integer({ min: 0, max: 6 }).map((n) => n > 0) }), {
      maxLength: maxJurors,
    }),
    dossierCountries: fc.uniqueArray(fc.constantFrom(...COUNTRIES), { maxLength: maxDossiers }),
    mode: fc.constantFrom("all" as const, "per_dossier" as const),
    jurorsPerDossier: fc.option(fc.integer({ min: 1, max: 6 }), { nil: null, freq: 5 }),
    conflictSeeds: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 8 }),
    keptSeeds: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 5 }),
  })
  .map(({ jurors, dossierCountries, mode, jurorsPerDossier, conflictSeeds, keptSeeds }): PlanInput => {
    const planJurors = jurors.map((j, index) => ({ id: 10 + index * 7, ...j }));
    const dossiers = dossierCountries.map((countryCode, index) => ({ id: dossierId(index + 1), countryCode }));
    const pick = ([j, d]: [number, number]): JurorDossierPair[] =>
      planJurors.length && dossiers.length
        ? [{ jurorId: planJurors[j % planJurors.length]!.id, nominationId: dossiers[d % dossiers.length]!.id }]
        : [];
    return {
      mode,
      jurorsPerDossier,
      jurors: planJurors,
      dossiers,
      conflicts: conflictSeeds.flatMap(pick),
      kept: keptSeeds.flatMap(pick),
    };
  });
}

const planInput = arbitraryPlanInput({ maxJurors: 9, maxDossiers: 10 });

describe("planAssignments: examples", () => {
  const jurors: PlanJuror[] = [
    { id: 1, countryCode: "FR", isVoting: true },
    { id: 2, countryCode: "DE", isVoting: true },
    { id: 3, countryCode: "IT", isVoting: true },
    { id: 4, countryCode: "NL", isVoting: false },
  ];
  const dossiers: PlanDossier[] = ["BE", "DE", "FR", "PL"].map((countryCode, i) => ({ id: dossierId(i + 1), countryCode }));

  it("mode all gives every voting juror every dossier but their own country's, and nothing to experts", () => {
    const plan = planAssignments(makeInput({ jurors, dossiers }));
    expect(plan.assignments).toHaveLength(3 * 4 - 2);
    expect(plan.assignments.some((a) => a.jurorId === 4)).toBe(false);
    expect(plan.assignments.some((a) => a.jurorId === 1 && a.nominationId === dossierId(3))).toBe(false);
    expect(plan.assignments.some((a) => a.jurorId === 2 && a.nominationId === dossierId(2))).toBe(false);
    expect(plan.shortfalls).toEqual([]);
  });

  it("mode all leaves out declared conflicts and keeps a manual expert assignment", () => {
    const plan = planAssignments(
      makeInput({
        jurors,
        dossiers,
        conflicts: [{ jurorId: 3, nominationId: dossierId(1) }],
        kept: [{ jurorId: 4, nominationId: dossierId(1) }],
      }),
    );
    expect(plan.assignments.some((a) => a.jurorId === 3 && a.nominationId === dossierId(1))).toBe(false);
    expect(plan.assignments).toContainEqual({ jurorId: 4, nominationId: dossierId(1), isKept: true });
  });

  it("per_dossier gives each dossier N jurors and spreads the load", () => {
    const plan = planAssignments(makeInput({ mode: "per_dossier", jurorsPerDossier: 2, jurors, dossiers }));
    for (const d of dossiers) expect(plan.assignments.filter((a) => a.nominationId === d.id)).toHaveLength(2);
    const loads = [...getLoads(makeInput({ jurors }), plan).values()];
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
  });

  it("per_dossier reports a dossier that has fewer eligible jurors than asked", () => {
    const plan = planAssignments(makeInput({ mode: "per_dossier", jurorsPerDossier: 3, jurors, dossiers }));
    // France's and Germany's dossiers each lose their own juror, so only two voting jurors remain for each.
    expect(plan.shortfalls).toEqual([
      { nominationId: dossierId(2), wanted: 3, planned: 2 },
      { nominationId: dossierId(3), wanted: 3, planned: 2 },
    ]);
  });

  it("drops a kept pair on the juror's own country", () => {
    const plan = planAssignments(
      makeInput({ jurors, dossiers, kept: [{ jurorId: 1, nominationId: dossierId(3) }], conflicts: [] }),
    );
    expect(plan.assignments.some((a) => a.jurorId === 1 && a.nominationId === dossierId(3))).toBe(false);
  });

  it("counts kept pairs towards N and the juror's load", () => {
    const kept = [
      { jurorId: 1, nominationId: dossierId(1) },
      { jurorId: 1, nominationId: dossierId(4) },
    ];
    const plan = planAssignments(makeInput({ mode: "per_dossier", jurorsPerDossier: 1, jurors, dossiers, kept }));
    // Dossiers 1 and 4 are already covered by juror 1; dossiers 2 and 3 go to the two others, one each.
    expect(plan.assignments.map((a) => [a.jurorId, a.nominationId])).toEqual([
      [1, dossierId(1)],
      [1, dossierId(4)],
      [2, dossierId(3)],
      [3, dossierId(2)],
    ]);
  });
});

describe("planAssignments: properties", () => {
  it("never pairs a juror with their own country, a conflict, or the same dossier twice", () => {
    fc.assert(
      fc.property(planInput, (input) => {
        const plan = planAssignments(input);
        const jurorById = new Map(input.jurors.map((j) => [j.id, j]));
        const dossierById = new Map(input.dossiers.map((d) => [d.id, d]));
        const conflictKeys = new Set(input.conflicts.map(key));
        for (const a of plan.assignments) {
          expect(jurorById.get(a.jurorId)!.countryCode).not.toBe(dossierById.get(a.nominationId)!.countryCode);
          expect(conflictKeys.has(key(a))).toBe(false);
        }
        expect(new Set(plan.assignments.map(key)).size).toBe(plan.assignments.length);
      }),
    );
  });

  it("keeps every kept pair that is still eligible", () => {
    fc.assert(
      fc.property(planInput, (input) => {
        const planned = new Set(planAssignments(input).assignments.map(key));
        for (const pair of input.kept) {
          const juror = input.jurors.find((j) => j.id === pair.jurorId)!;
          const dossier = input.dossiers.find((d) => d.id === pair.nominationId)!;
          expect(planned.has(key(pair))).toBe(isEligible(input, juror, dossier));
        }
      }),
    );
  });

  it("mode all assigns exactly the eligible voting pairs, plus the kept ones", () => {
    fc.assert(
      fc.property(planInput, (raw) => {
        const input = { ...raw, mode: "all" as const };
        const expected = new Set<string>(input.kept.filter((p) => {
          const juror = input.jurors.find((j) => j.id === p.jurorId)!;
          return isEligible(input, juror, input.dossiers.find((d) => d.id === p.nominationId)!);
        }).map(key));
        for (const j of input.jurors) {
          for (const d of input.dossiers) if (j.isVoting && isEligible(input, j, d)) expected.add(key({ jurorId: j.id, nominationId: d.id }));
        }
        expect(new Set(planAssignments(input).assignments.map(key))).toEqual(expected);
      }),
    );
  });

  it("per_dossier gives each dossier N jurors, or every eligible one when fewer, and reports the shortfall", () => {
    fc.assert(
      fc.property(planInput, fc.integer({ min: 1, max: 6 }), (raw, n) => {
        const input = { ...raw, mode: "per_dossier" as const, jurorsPerDossier: n };
        const plan = planAssignments(input);
        for (const d of input.dossiers) {
          const assigned = plan.assignments.filter((a) => a.nominationId === d.id);
          const kept = assigned.filter((a) => a.isKept).length;
          const available = input.jurors.filter(
            (j) => j.isVoting && isEligible(input, j, d) && !assigned.some((a) => a.isKept && a.jurorId === j.id),
          ).length;
          expect(assigned.length).toBe(kept + Math.min(Math.max(0, n - kept), available));
          const shortfall = plan.shortfalls.find((s) => s.nominationId === d.id);
          expect(shortfall).toEqual(assigned.length < n ? { nominationId: d.id, wanted: n, planned: assigned.length } : undefined);
        }
      }),
    );
  });

  it("per_dossier leaves no single move that would even out two jurors' loads", () => {
    fc.assert(
      fc.property(planInput, fc.integer({ min: 1, max: 6 }), (raw, n) => {
        const input = { ...raw, mode: "per_dossier" as const, jurorsPerDossier: n };
        const plan = planAssignments(input);
        const loads = getLoads(input, plan);
        const planned = new Set(plan.assignments.map(key));
        for (const a of plan.assignments.filter((x) => !x.isKept)) {
          const dossier = input.dossiers.find((d) => d.id === a.nominationId)!;
          for (const other of input.jurors.filter((j) => j.isVoting && isEligible(input, j, dossier))) {
            if (planned.has(key({ jurorId: other.id, nominationId: dossier.id }))) continue;
            expect(loads.get(a.jurorId)! - loads.get(other.id)!).toBeLessThanOrEqual(1);
          }
        }
      }),
    );
  });

  it("per_dossier without conflicts gives every dossier N jurors and every juror the same load ±1", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 0, max: 12 }), fc.integer({ min: 1, max: 8 }), (jurorCount, dossierCount, n) => {
        // Jurors come from countries that sent no dossier, so nothing stands in the way of an even spread.
        const jurors = Array.from({ length: jurorCount }, (_, i) => ({ id: i + 1, countryCode: "XX", isVoting: true }));
        const dossiers = Array.from({ length: dossierCount }, (_, i) => ({ id: dossierId(i + 1), countryCode: `C${i}` }));
        const plan = planAssignments(makeInput({ mode: "per_dossier", jurorsPerDossier: n, jurors, dossiers }));
        for (const d of dossiers) expect(plan.assignments.filter((a) => a.nominationId === d.id)).toHaveLength(Math.min(n, jurorCount));
        const loads = [...getLoads(makeInput({ jurors }), plan).values()];
        expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
      }),
    );
  });

  it("per_dossier spreads the load as evenly as any choice could (brute force on small editions)", () => {
    const small = arbitraryPlanInput({ maxJurors: 5, maxDossiers: 4 });
    fc.assert(
      fc.property(small, fc.integer({ min: 1, max: 3 }), (raw, n) => {
        const input = { ...raw, mode: "per_dossier" as const, jurorsPerDossier: n };
        const plan = planAssignments(input);
        const squares = (loads: Iterable<number>) => [...loads].reduce((sum, l) => sum + l * l, 0);
        expect(squares(getLoads(input, plan).values())).toBe(getBestSquares(input, plan));
      }),
    );
  });

  it("gives the same plan whatever the order of its input", () => {
    fc.assert(
      fc.property(planInput, fc.integer(), (input, seed) => {
        const shuffle = <T>(items: readonly T[]) =>
          items.map((item, i) => ({ item, rank: Math.sin(seed + i * 31) })).sort((a, b) => a.rank - b.rank).map((x) => x.item);
        const shuffled = { ...input, jurors: shuffle(input.jurors), dossiers: shuffle(input.dossiers), conflicts: shuffle(input.conflicts), kept: shuffle(input.kept) };
        expect(planAssignments(shuffled)).toEqual(planAssignments(input));
      }),
    );
  });
});

/** The least sum of squared voting loads any valid choice of the same per-dossier counts could reach. */
function getBestSquares(input: PlanInput, plan: AssignmentPlan): number {
  const kept = plan.assignments.filter((a) => a.isKept);
  const voting = input.jurors.filter((j) => j.isVoting);
  const choices = input.dossiers.map((d) => {
    const need = plan.assignments.filter((a) => a.nominationId === d.id && !a.isKept).length;
    const candidates = voting.filter((j) => isEligible(input, j, d) && !kept.some((k) => k.jurorId === j.id && k.nominationId === d.id));
    return getSubsets(candidates.map((j) => j.id), need);
  });
  let best = Infinity;
  const walk = (index: number, loads: Map<number, number>) => {
    if (index === choices.length) {
      best = Math.min(best, [...loads.values()].reduce((sum, l) => sum + l * l, 0));
      return;
    }
    for (const subset of choices[index]!) {
      const next = new Map(loads);
      for (const id of subset) next.set(id, next.get(id)! + 1);
      walk(index + 1, next);
    }
  };
  const start = new Map(voting.map((j) => [j.id, kept.filter((k) => k.jurorId === j.id).length]));
  walk(0, start);
  return best;
}

function getSubsets(items: number[], size: number): number[][] {
  if (size === 0) return [[]];
  if (items.length < size) return [];
  const [first, ...rest] = items;
  return [...getSubsets(rest, size - 1).map((s) => [first!, ...s]), ...getSubsets(rest, size)];
}
