/**
 * The award ceremony as a show of steps, and what the audience screen may show at each one. Pure: no database,
 * no framework. The server loads the whole show; only buildStepView decides what leaves it for the audience.
 */
import { formatPlace } from "../format/place";
import type { Locale } from "../i18n/locales";

export const CEREMONY_MODES = ["live", "rehearsal"] as const;
export type CeremonyMode = (typeof CEREMONY_MODES)[number];

/** One step of the show: the title and theme, the nominees, then one awarded place. */
export type CeremonyStep = { kind: "title" } | { kind: "nominees" } | { kind: "place"; rank: number };

export interface ShowCountry {
  code: string;
  name: string;
}

/** A competing entry as the ceremony names it; the id stays on the server and in the presenter's order. */
export interface ShowNominee {
  nominationId: string;
  country: ShowCountry;
  title: string;
}

export interface ShowAward {
  rank: number;
  country: ShowCountry;
  title: string;
  prize: string;
  juryReason: string;
}

/** Everything the show can reveal. Server-side only: the presenter sees it whole, the audience one step of it. */
export interface CeremonyShow {
  year: number;
  theme: string;
  presidency: ShowCountry;
  ceremony: { startsOn: string; endsOn: string | null; place: string };
  /** In the order the presenter chose. */
  nominees: ShowNominee[];
  awards: ShowAward[];
}

/** What the audience screen shows. Each kind carries its own step's content and nothing more. */
export type AudienceView =
  | { kind: "waiting"; year: number; theme: string; isPublished: boolean }
  | {
      kind: "title";
      year: number;
      theme: string;
      presidency: ShowCountry;
      ceremony: { startsOn: string; endsOn: string | null; place: string };
    }
  | { kind: "nominees"; year: number; theme: string; nominees: { country: ShowCountry; title: string }[] }
  | { kind: "place"; year: number; rank: number; placeLabel: string; country: ShowCountry; title: string; prize: string; juryReason: string };

/** The show's steps: title and theme, the nominees, then the awarded places from the last one up to the winner. */
export function listCeremonySteps(awardRanks: readonly number[]): CeremonyStep[] {
  const ranks = [...new Set(awardRanks.filter((rank) => Number.isInteger(rank) && rank >= 1))].sort((a, b) => b - a);
  return [{ kind: "title" }, { kind: "nominees" }, ...ranks.map((rank) => ({ kind: "place" as const, rank }))];
}

/** Whether this step reveals the winner: in the live show, reaching it publishes the results. */
export function isRevealStep(step: CeremonyStep | undefined): boolean {
  return step?.kind === "place" && step.rank === 1;
}

/**
 * Where a show stands in its steps, from the stored index and the place its step showed (null for the title and the
 * nominees). A place is found by its rank, wherever the steps put it now; a place that is gone, or an index the
 * steps no longer have, falls back to the title. So if the awards changed under a running show, the audience sees
 * at most what was already revealed, never a later place.
 */
export function getShownStepIndex(steps: readonly CeremonyStep[], index: number, rank: number | null): number {
  if (rank === null) return index === 1 && steps[1]?.kind === "nominees" ? 1 : 0;
  const found = steps.findIndex((step) => step.kind === "place" && step.rank === rank);
  return found === -1 ? 0 : found;
}

/** Where "next" or "previous" leads from a step, staying within the show. */
export function getTargetStepIndex(current: number, direction: "next" | "previous", stepCount: number): number {
  const from = Math.min(Math.max(current, 0), stepCount - 1);
  return Math.min(Math.max(from + (direction === "next" ? 1 : -1), 0), stepCount - 1);
}

/** The presenter's name for a step. */
export function getStepLabel(step: CeremonyStep): string {
  if (step.kind === "title") return "Title and theme";
  if (step.kind === "nominees") return "The nominees";
  return step.rank === 1 ? "The winner" : formatPlace(step.rank);
}

/**
 * What the audience may see at a step, copied field by field from the show: the nominees step names no rank,
 * and a place's step carries that place alone, never a place revealed later, its name in the screen's language.
 */
export function buildStepView(step: CeremonyStep, show: CeremonyShow, locale: Locale = "en"): AudienceView {
  if (step.kind === "nominees") {
    return {
      kind: "nominees",
      year: show.year,
      theme: show.theme,
      nominees: show.nominees.map((n) => ({ country: { code: n.country.code, name: n.country.name }, title: n.title })),
    };
  }
  const award = step.kind === "place" ? show.awards.find((a) => a.rank === step.rank) : undefined;
  if (step.kind === "place" && award) {
    return {
      kind: "place",
      year: show.year,
      rank: award.rank,
      placeLabel: formatPlace(award.rank, locale),
      country: { code: award.country.code, name: award.country.name },
      title: award.title,
      prize: award.prize,
      juryReason: award.juryReason,
    };
  }
  // The title step, and the safe answer for a place whose award has gone meanwhile.
  return {
    kind: "title",
    year: show.year,
    theme: show.theme,
    presidency: { code: show.presidency.code, name: show.presidency.name },
    ceremony: { startsOn: show.ceremony.startsOn, endsOn: show.ceremony.endsOn, place: show.ceremony.place },
  };
}

/** The nominees in the presenter's order; those the order does not name yet follow in their given order. */
export function orderNominees<T extends { nominationId: string }>(nominees: readonly T[], order: readonly string[]): T[] {
  const position = new Map(order.map((id, index) => [id, index]));
  return nominees
    .map((nominee, index) => ({ nominee, key: position.get(nominee.nominationId) ?? order.length + index }))
    .sort((a, b) => a.key - b.key)
    .map((entry) => entry.nominee);
}

/** Whether an order names exactly these nominees, each once. */
export function isOrderOf(order: readonly string[], nomineeIds: readonly string[]): boolean {
  return order.length === nomineeIds.length && new Set(order).size === order.length && order.every((id) => nomineeIds.includes(id));
}

/** The list with one item moved by delta places; out-of-range moves leave it as it is. */
export function moveItem<T>(items: readonly T[], index: number, delta: number): T[] {
  const target = index + delta;
  if (index < 0 || index >= items.length || target < 0 || target >= items.length) return [...items];
  const copy = [...items];
  const [item] = copy.splice(index, 1);
  copy.splice(target, 0, item!);
  return copy;
}

/** A uniformly random order (Fisher–Yates); `random` returns a number in [0, 1). */
export function shuffleItems<T>(items: readonly T[], random: () => number = Math.random): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}
