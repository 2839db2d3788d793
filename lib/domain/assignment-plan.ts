/**
 * Who scores which dossier. Pure: no database, no framework. The data layer gathers the jury, the accepted
 * competing dossiers, the conflicts and the assignments that must stay, then writes the plan this returns.
 */

export type AssignmentMode = "all" | "per_dossier";

export interface PlanJuror {
  id: number;
  countryCode: string;
  /** Only voting jurors are assigned automatically; experts are assigned by hand. */
  isVoting: boolean;
}

export interface PlanDossier {
  id: string;
  countryCode: string;
}

export interface JurorDossierPair {
  jurorId: number;
  nominationId: string;
}

export interface PlanInput {
  mode: AssignmentMode;
  /** How many jurors each dossier should get in per_dossier mode; null means every eligible juror. */
  jurorsPerDossier: number | null;
  jurors: readonly PlanJuror[];
  dossiers: readonly PlanDossier[];
  /** Declared or added conflicts; own-country pairs are conflicts whether listed here or not. */
  conflicts: readonly JurorDossierPair[];
  /** Pairs that must stay (manual assignments, or a sheet exists); they count towards loads and per-dossier counts. */
  kept: readonly JurorDossierPair[];
}

export interface PlannedAssignment extends JurorDossierPair {
  /** True when the pair came from `kept` rather than from this plan. */
  isKept: boolean;
}

/** A dossier that gets fewer jurors than asked for, because too few are eligible. */
export interface PlanShortfall {
  nominationId: string;
  wanted: number;
  planned: number;
}

export interface AssignmentPlan {
  assignments: PlannedAssignment[];
  shortfalls: PlanShortfall[];
}

function pairKey(jurorId: number, nominationId: string): string {
  return `${jurorId}|${nominationId}`;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Whether a juror may be given a dossier at all: never their own country, never a conflict. */
export function isEligiblePair(juror: PlanJuror, dossier: PlanDossier, conflictKeys: ReadonlySet<string>): boolean {
  return juror.countryCode !== dossier.countryCode && !conflictKeys.has(pairKey(juror.id, dossier.id));
}

/**
 * Plans the assignments of an edition. Mode "all": every voting juror gets every dossier they are eligible for.
 * Mode "per_dossier": each dossier gets N jurors (or as many as are eligible), and the jurors' loads are spread as
 * evenly as the conflicts allow. Kept pairs stay whenever they are eligible. The result does not depend on the
 * order of the input.
 */
export function planAssignments(input: PlanInput): AssignmentPlan {
  const jurors = [...input.jurors].sort((a, b) => a.id - b.id);
  const dossiers = [...input.dossiers].sort((a, b) => compareText(a.id, b.id));
  const jurorById = new Map(jurors.map((j) => [j.id, j]));
  const dossierById = new Map(dossiers.map((d) => [d.id, d]));
  const conflictKeys = new Set(input.conflicts.map((c) => pairKey(c.jurorId, c.nominationId)));

  const keptKeys = new Set<string>();
  const assignments: PlannedAssignment[] = [];
  for (const pair of input.kept) {
    const juror = jurorById.get(pair.jurorId);
    const dossier = dossierById.get(pair.nominationId);
    const key = pairKey(pair.jurorId, pair.nominationId);
    if (!juror || !dossier || keptKeys.has(key) || !isEligiblePair(juror, dossier, conflictKeys)) continue;
    keptKeys.add(key);
    assignments.push({ ...pair, isKept: true });
  }

  const voting = jurors.filter((j) => j.isVoting);
  const candidatesOf = (dossier: PlanDossier) =>
    voting.filter((j) => isEligiblePair(j, dossier, conflictKeys) && !keptKeys.has(pairKey(j.id, dossier.id)));

  const shortfalls: PlanShortfall[] = [];
  if (input.mode === "all" || input.jurorsPerDossier === null) {
    for (const dossier of dossiers) {
      for (const juror of candidatesOf(dossier)) assignments.push({ jurorId: juror.id, nominationId: dossier.id, isKept: false });
    }
  } else {
    const wanted = input.jurorsPerDossier;
    const keptPerDossier = new Map<string, number>();
    const keptLoad = new Map<number, number>();
    for (const pair of assignments) {
      keptPerDossier.set(pair.nominationId, (keptPerDossier.get(pair.nominationId) ?? 0) + 1);
      keptLoad.set(pair.jurorId, (keptLoad.get(pair.jurorId) ?? 0) + 1);
    }
    const demands = dossiers.map((dossier) => {
      const candidates = candidatesOf(dossier);
      const need = Math.min(Math.max(0, wanted - (keptPerDossier.get(dossier.id) ?? 0)), candidates.length);
      return { dossier, candidates, need };
    });
    const chosen = spreadEvenly(demands, voting, keptLoad);
    for (const { dossier, need } of demands) {
      const planned = (keptPerDossier.get(dossier.id) ?? 0) + need;
      if (planned < wanted) shortfalls.push({ nominationId: dossier.id, wanted, planned });
    }
    for (const pair of chosen) assignments.push({ ...pair, isKept: false });
  }

  assignments.sort((a, b) => a.jurorId - b.jurorId || compareText(a.nominationId, b.nominationId));
  return { assignments, shortfalls };
}

interface Demand {
  dossier: PlanDossier;
  candidates: PlanJuror[];
  need: number;
}

/**
 * Gives each dossier `need` of its candidates so that the jurors' loads are as even as possible: a minimum-cost
 * flow where a juror's k-th extra dossier costs their load so far, which minimises the sum of squared loads and so
 * leaves no chain of swaps that would even them further.
 */
function spreadEvenly(demands: Demand[], jurors: PlanJuror[], keptLoad: ReadonlyMap<number, number>): JurorDossierPair[] {
  const source = 0;
  const firstJuror = 1 + demands.length;
  const sink = firstJuror + jurors.length;
  const network = new FlowNetwork(sink + 1);
  const jurorNode = new Map(jurors.map((j, index) => [j.id, firstJuror + index]));
  const pairEdges: { edge: number; pair: JurorDossierPair }[] = [];

  demands.forEach(({ dossier, candidates, need }, index) => {
    network.addEdge(source, 1 + index, need, 0);
    for (const juror of candidates) {
      const edge = network.addEdge(1 + index, jurorNode.get(juror.id)!, 1, 0);
      pairEdges.push({ edge, pair: { jurorId: juror.id, nominationId: dossier.id } });
    }
  });
  for (const juror of jurors) {
    const base = keptLoad.get(juror.id) ?? 0;
    for (let k = 0; k < demands.length; k += 1) network.addEdge(jurorNode.get(juror.id)!, sink, 1, base + k);
  }
  network.sendMinCostFlow(source, sink);
  return pairEdges.filter(({ edge }) => network.isSaturated(edge)).map(({ pair }) => pair);
}

/** A small residual network for successive shortest paths (Bellman–Ford, since residual costs can be negative). */
class FlowNetwork {
  private readonly to: number[] = [];
  private readonly capacity: number[] = [];
  private readonly cost: number[] = [];
  private readonly edgesFrom: number[][];

  constructor(nodeCount: number) {
    this.edgesFrom = Array.from({ length: nodeCount }, () => []);
  }

  /** Adds an edge and its residual twin; returns the edge's index. */
  addEdge(from: number, to: number, capacity: number, cost: number): number {
    const index = this.to.length;
    this.to.push(to, from);
    this.capacity.push(capacity, 0);
    this.cost.push(cost, -cost);
    this.edgesFrom[from]!.push(index);
    this.edgesFrom[to]!.push(index + 1);
    return index;
  }

  isSaturated(edge: number): boolean {
    return this.capacity[edge] === 0;
  }

  sendMinCostFlow(source: number, sink: number): void {
    const nodeCount = this.edgesFrom.length;
    for (;;) {
      const distance = new Array<number>(nodeCount).fill(Infinity);
      const via = new Array<number>(nodeCount).fill(-1);
      distance[source] = 0;
      for (let round = 0, isChanged = true; round < nodeCount && isChanged; round += 1) {
        isChanged = false;
        for (let node = 0; node < nodeCount; node += 1) {
          if (distance[node] === Infinity) continue;
          for (const edge of this.edgesFrom[node]!) {
            const next = this.to[edge]!;
            const candidate = distance[node]! + this.cost[edge]!;
            if (this.capacity[edge]! > 0 && candidate < distance[next]!) {
              distance[next] = candidate;
              via[next] = edge;
              isChanged = true;
            }
          }
        }
      }
      if (distance[sink] === Infinity) return;
      const path: number[] = [];
      for (let node = sink; node !== source; node = this.to[via[node]! ^ 1]!) path.push(via[node]!);
      const amount = Math.min(...path.map((edge) => this.capacity[edge]!));
      for (const edge of path) {
        this.capacity[edge] = this.capacity[edge]! - amount;
        this.capacity[edge ^ 1] = this.capacity[edge ^ 1]! + amount;
      }
    }
  }
}
