import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { ceremonies, countries, editions, frozenResults, nominations, type EditionPhase, type NominationState } from "../../db/schema";
import { can } from "../access/policy";
import type { SessionUser } from "../auth/session-user";
import {
  buildStepView,
  getShownStepIndex,
  getStepLabel,
  isRevealStep,
  listCeremonySteps,
  orderNominees,
  type AudienceView,
  type CeremonyMode,
  type CeremonyShow,
  type ShowNominee,
} from "../domain/ceremony";
import { AppError } from "../errors";
import type { Locale } from "../i18n/locales";
import { listAwards } from "../results/awards";
import { listPrizes } from "../editions/queries";

/** The nominees of the show: the edition's eligible competing entries (accepted, later awarded or participant). */
const NOMINEE_STATES: NominationState[] = ["accepted", "awarded", "participant"];

/** What the audience screen receives: the show's version (for ordering answers) and the current step's view. */
export interface AudienceState {
  version: number;
  view: AudienceView;
}

export async function findCeremony({ db, editionId, mode }: { db: Executor; editionId: number; mode: CeremonyMode }) {
  const [row] = await db
    .select({
      id: ceremonies.id,
      step: ceremonies.step,
      stepRank: ceremonies.stepRank,
      nomineeOrder: ceremonies.nomineeOrder,
      version: ceremonies.version,
    })
    .from(ceremonies)
    .where(and(eq(ceremonies.editionId, editionId), eq(ceremonies.mode, mode)));
  return row;
}

/** Whether the live show has started and not yet published the edition: its awards and order hold still then. */
export async function isLiveShowRunning({ db, edition }: { db: Executor; edition: { id: number; phase: EditionPhase } }) {
  if (edition.phase !== "deliberation") return false;
  return (await findCeremony({ db, editionId: edition.id, mode: "live" })) !== undefined;
}

/** The edition's nominees, by country name until the presenter chooses an order. */
export async function listNominees({ db, editionId }: { db: Executor; editionId: number }): Promise<ShowNominee[]> {
  const rows = await db
    .select({ id: nominations.id, countryCode: nominations.countryCode, countryName: countries.name, title: nominations.title })
    .from(nominations)
    .innerJoin(countries, eq(countries.code, nominations.countryCode))
    .where(
      and(eq(nominations.editionId, editionId), eq(nominations.kind, "competing"), inArray(nominations.state, NOMINEE_STATES)),
    )
    .orderBy(asc(countries.name), asc(nominations.title));
  return rows.map((r) => ({ nominationId: r.id, country: { code: r.countryCode, name: r.countryName }, title: r.title }));
}

/** Everything the show can reveal, for the server only: the audience gets one step of it through buildStepView. */
export async function loadCeremonyShow({
  db,
  editionId,
  nomineeOrder,
}: {
  db: Executor;
  editionId: number;
  nomineeOrder: readonly string[];
}): Promise<CeremonyShow> {
  const [[edition], nominees, awardRows, prizes] = await Promise.all([
    db
      .select({
        year: editions.year,
        theme: editions.theme,
        presidencyCode: editions.presidencyCountryCode,
        presidencyName: countries.name,
        startsOn: editions.ceremonyStartsOn,
        endsOn: editions.ceremonyEndsOn,
        place: editions.ceremonyPlace,
      })
      .from(editions)
      .innerJoin(countries, eq(countries.code, editions.presidencyCountryCode))
      .where(eq(editions.id, editionId)),
    listNominees({ db, editionId }),
    listAwards({ db, editionId }),
    listPrizes({ db, editionId }),
  ]);
  if (!edition) throw new AppError("NOT_FOUND", "This edition does not exist.");
  return {
    year: edition.year,
    theme: edition.theme,
    presidency: { code: edition.presidencyCode, name: edition.presidencyName },
    ceremony: { startsOn: edition.startsOn, endsOn: edition.endsOn, place: edition.place },
    nominees: orderNominees(nominees, nomineeOrder),
    awards: awardRows.map((a) => ({
      rank: a.rank,
      country: { code: a.countryCode, name: a.countryName },
      title: a.title,
      // The prize written on the award wins; otherwise the edition's prize for that place (as the public page does).
      prize: a.prize || prizes.find((p) => p.rank === a.rank)?.description || "",
      juryReason: a.juryReason,
    })),
  };
}

async function findEditionByYear(db: Executor, year: number) {
  const [edition] = await db
    .select({ id: editions.id, year: editions.year, theme: editions.theme, phase: editions.phase })
    .from(editions)
    .where(eq(editions.year, year));
  return edition;
}

/**
 * What the audience screen shows now, or undefined for an unknown or draft edition. The live show is public;
 * the rehearsal shows results before the reveal, so it needs someone allowed to present the ceremony.
 */
export async function getAudienceState({
  db,
  viewer,
  year,
  mode,
  locale = "en",
}: {
  db: Executor;
  viewer: SessionUser | null;
  year: number;
  mode: CeremonyMode;
  /** The screen's language, in which a place is named. */
  locale?: Locale;
}): Promise<(AudienceState & { editionId: number }) | undefined> {
  const edition = await findEditionByYear(db, year);
  if (!edition || edition.phase === "draft") return undefined;
  if (mode === "rehearsal") {
    if (!viewer) throw new AppError("UNAUTHORIZED", "Please sign in to watch the rehearsal.");
    if (!can(viewer, "ceremony.present", { edition })) {
      throw new AppError("FORBIDDEN", "Only the secretariat can watch the rehearsal, once the edition is in deliberation.");
    }
  }
  const ceremony = await findCeremony({ db, editionId: edition.id, mode });
  if (!ceremony) {
    const view: AudienceView = { kind: "waiting", year: edition.year, theme: edition.theme, isPublished: edition.phase === "published" };
    return { editionId: edition.id, version: 0, view };
  }
  const show = await loadCeremonyShow({ db, editionId: edition.id, nomineeOrder: ceremony.nomineeOrder });
  const steps = listCeremonySteps(show.awards.map((a) => a.rank));
  const step = steps[getShownStepIndex(steps, ceremony.step, ceremony.stepRank)]!;
  return { editionId: edition.id, version: ceremony.version, view: buildStepView(step, show, locale) };
}

/** A cheap fingerprint of what the audience screen shows: it changes whenever the view may have changed. */
export async function getCeremonyToken({ db, editionId, mode }: { db: Executor; editionId: number; mode: CeremonyMode }) {
  const [row] = await db
    .select({ phase: editions.phase, version: ceremonies.version, step: ceremonies.step, stepRank: ceremonies.stepRank })
    .from(editions)
    .leftJoin(ceremonies, and(eq(ceremonies.editionId, editions.id), eq(ceremonies.mode, mode)))
    .where(eq(editions.id, editionId));
  return row ? `${row.phase}:${row.version ?? 0}:${row.step ?? -1}:${row.stepRank ?? "-"}` : "gone";
}

/** The presenter's whole picture of one show: every step, what the audience sees now and what comes next. */
export async function getPresenterState({
  db,
  viewer,
  editionId,
  mode,
  locale = "en",
}: {
  db: Executor;
  viewer: SessionUser;
  editionId: number;
  mode: CeremonyMode;
  /** The presenter's language, in which the previews name a place. */
  locale?: Locale;
}) {
  const [edition] = await db
    .select({
      id: editions.id,
      phase: editions.phase,
      publishedAt: editions.publishedAt,
      isFrozen: sql<boolean>`${editions.id} in (select ${frozenResults.editionId} from ${frozenResults})`,
    })
    .from(editions)
    .where(eq(editions.id, editionId));
  if (!edition) throw new AppError("NOT_FOUND", "This edition does not exist.");
  if (!can(viewer, "ceremony.present", { edition })) throw new AppError("FORBIDDEN", "Only the secretariat can present the ceremony.");
  const ceremony = await findCeremony({ db, editionId, mode });
  // A live show that has not started yet takes the rehearsal's order, so what was rehearsed is what is shown.
  const rehearsal = mode === "live" && !ceremony ? await findCeremony({ db, editionId, mode: "rehearsal" }) : undefined;
  const show = await loadCeremonyShow({ db, editionId, nomineeOrder: ceremony?.nomineeOrder ?? rehearsal?.nomineeOrder ?? [] });
  const steps = listCeremonySteps(show.awards.map((a) => a.rank));
  const index = ceremony ? getShownStepIndex(steps, ceremony.step, ceremony.stepRank) : -1;
  const next = steps[index + 1];
  return {
    mode,
    phase: edition.phase,
    publishedAt: edition.publishedAt,
    isFrozen: Boolean(edition.isFrozen),
    hasWinner: show.awards.some((a) => a.rank === 1),
    ceremony: ceremony ? { version: ceremony.version, stepIndex: index } : null,
    steps: steps.map((step) => ({ step, label: getStepLabel(step), isReveal: isRevealStep(step) })),
    current: index >= 0 ? buildStepView(steps[index]!, show, locale) : null,
    next: next ? buildStepView(next, show, locale) : null,
    nominees: show.nominees,
  };
}

export type PresenterState = Awaited<ReturnType<typeof getPresenterState>>;
