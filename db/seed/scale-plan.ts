/*
 * The pure half of the scale generator (db/seed/scale.ts writes it): who is in the edition, which juror scores
 * which dossier and with what marks. Everything comes from one seeded PRNG, so the same options give the same
 * edition, row for row (and a different year the same marks under other ids). No database here.
 */

export interface ScaleOptions {
  dossiers: number;
  jurors: number;
  /** Submitted sheets per dossier (the edition's jurors per dossier). */
  sheets: number;
  criteria: number;
  year: number;
  seed: number;
}

export const SCALE_DEFAULTS = { criteria: 5, year: 2090, seed: 1 } as const;

/** mulberry32: a small, fast, good-enough 32-bit PRNG; returns floats in [0, 1). */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A standard normal draw (Box–Muller) from the PRNG. */
function normal(random: () => number): number {
  const u = 1 - random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/** A version-4-shaped UUID from the PRNG, so nominations have the same ids in every run. */
function uuid(random: () => number): string {
  const hex = Array.from({ length: 4 }, () => Math.floor(random() * 2 ** 32).toString(16).padStart(8, "0")).join("");
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * A fictitious region's two-character code: two letters from Latin Extended (U+0100–U+01FF), so it can never
 * be an ISO 3166 code (ASCII A–Z) and 65,536 of them fit the countries table's char(2) key.
 */
export function regionCode(index: number): string {
  return String.fromCharCode(0x100 + (Math.floor(index / 256) % 256), 0x100 + (index % 256));
}

export interface PlannedCriterion {
  position: number;
  weight: number;
  scaleMin: number;
  scaleMax: number;
}

export interface ScalePlan {
  criteria: PlannedCriterion[];
  /** Per dossier: its id, its country and its latent quality. */
  dossiers: { id: string; countryCode: string; quality: number }[];
  /** Per juror: their country and their severity (a constant added to their marks). */
  jurors: { countryCode: string; severity: number }[];
  /** Per dossier, the indexes of its jurors (each sheet is one assignment, submitted). */
  panels: number[][];
  random: () => number;
}

/** Weights and scales vary by position so the weighted total and the normalisation have work to do. */
function planCriteria(count: number): PlannedCriterion[] {
  const weights = [1, 1.5, 1, 2, 1];
  return Array.from({ length: count }, (_, i) => ({
    position: i + 1,
    weight: weights[i % weights.length]!,
    scaleMin: i % 4 === 3 ? 0 : 1,
    scaleMax: i % 4 === 3 ? 5 : 10,
  }));
}

/**
 * Gives every dossier `sheets` jurors, never from the dossier's country, keeping every juror's load within one
 * or two of the mean: jurors wait in a queue, a chosen one goes to its back, a skipped one keeps its place in front.
 */
function planPanels(dossierCountries: string[], jurorCountries: string[], sheets: number, order: number[]): number[][] {
  let front: number[] = [];
  const queue = [...order];
  let head = 0;
  return dossierCountries.map((country) => {
    const chosen: number[] = [];
    const keep: number[] = [];
    const take = (juror: number) => {
      if (chosen.length < sheets && jurorCountries[juror] !== country && !chosen.includes(juror)) chosen.push(juror);
      else keep.push(juror);
    };
    for (const juror of front) take(juror);
    while (chosen.length < sheets) {
      if (head >= queue.length) throw new Error(`Not enough jurors outside ${country} for ${sheets} sheets per dossier.`);
      take(queue[head++]!);
    }
    front = keep;
    queue.push(...chosen);
    return chosen;
  });
}

/** Plans the edition. realCountries are the seeded member states; dossiers beyond them get fictitious regions. */
export function planScaleEdition(options: ScaleOptions, realCountries: string[]): ScalePlan {
  const random = createRandom(options.seed * 1_000_003 + options.dossiers * 7919 + options.jurors * 31 + options.sheets);
  // The ids have a stream of their own, with the year in its seed, so two sizes-alike editions never share one.
  const idRandom = createRandom((Math.imul(options.seed + 1, 2654435761) ^ options.year) >>> 0);
  const dossiers = Array.from({ length: options.dossiers }, (_, i) => ({
    id: uuid(idRandom),
    countryCode: i < realCountries.length ? realCountries[i]! : regionCode(i - realCountries.length),
    quality: normal(random),
  }));
  const jurors = Array.from({ length: options.jurors }, (_, j) => ({
    countryCode: realCountries[j % realCountries.length]!,
    severity: normal(random) * 0.6,
  }));
  const order = jurors.map((_, j) => j);
  for (let i = order.length - 1; i > 0; i--) {
    const k = Math.floor(random() * (i + 1));
    [order[i], order[k]] = [order[k]!, order[i]!];
  }
  const panels = planPanels(
    dossiers.map((d) => d.countryCode),
    jurors.map((j) => j.countryCode),
    options.sheets,
    order,
  );
  return { criteria: planCriteria(options.criteria), dossiers, jurors, panels, random };
}

/** One mark: the dossier's quality plus the juror's severity plus noise, on the criterion's scale. */
export function drawScore(plan: ScalePlan, dossier: number, juror: number, criterion: PlannedCriterion): number {
  const { scaleMin, scaleMax } = criterion;
  const latent = plan.dossiers[dossier]!.quality + plan.jurors[juror]!.severity + normal(plan.random) * 0.8;
  const value = Math.round(scaleMin + ((latent + 3) / 6) * (scaleMax - scaleMin));
  return Math.min(scaleMax, Math.max(scaleMin, value));
}
