import { describe, expect, it } from "vitest";
import { drawScore, planScaleEdition, regionCode } from "@/db/seed/scale-plan";

const REAL = Array.from({ length: 27 }, (_, i) => String.fromCharCode(65 + (i % 26), 65 + Math.floor(i / 26)));

describe("the scale generator's plan", () => {
  it("at full size gives every dossier its sheets from distinct jurors of other countries, every juror the same load", () => {
    const plan = planScaleEdition({ dossiers: 10_000, jurors: 1_000, sheets: 20, criteria: 5, year: 2090, seed: 1 }, REAL);
    const loads = new Array<number>(1_000).fill(0);
    let wrongPanels = 0;
    let ownCountry = 0;
    plan.panels.forEach((panel, d) => {
      if (new Set(panel).size !== 20) wrongPanels++;
      for (const j of panel) {
        if (plan.jurors[j]!.countryCode === plan.dossiers[d]!.countryCode) ownCountry++;
        loads[j]!++;
      }
    });
    expect({ wrongPanels, ownCountry }).toEqual({ wrongPanels: 0, ownCountry: 0 });
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(2);
    expect(new Set(plan.dossiers.map((d) => d.countryCode)).size).toBe(10_000);
    expect(new Set(plan.dossiers.map((d) => d.id)).size).toBe(10_000);
  });

  it("is the same for the same options, and keeps marks on each criterion's scale", () => {
    const options = { dossiers: 50, jurors: 15, sheets: 6, criteria: 7, year: 2090, seed: 3 };
    const marks = (plan: ReturnType<typeof planScaleEdition>) =>
      plan.panels.flatMap((panel, d) => panel.flatMap((j) => plan.criteria.map((c) => drawScore(plan, d, j, c))));
    const a = planScaleEdition(options, REAL);
    const b = planScaleEdition(options, REAL);
    expect(b.dossiers).toEqual(a.dossiers);
    expect(b.panels).toEqual(a.panels);
    const values = marks(a);
    expect(marks(b)).toEqual(values);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThanOrEqual(10);
    expect(planScaleEdition({ ...options, year: 2091 }, REAL).dossiers[0]!.id).not.toBe(a.dossiers[0]!.id);
  });

  it("names regions with codes no ISO code can be", () => {
    expect(regionCode(0)).toHaveLength(2);
    expect(regionCode(65_535)).not.toMatch(/[A-Z]/);
    expect(new Set(Array.from({ length: 65_536 }, (_, i) => regionCode(i))).size).toBe(65_536);
  });
});
