import { and, asc, eq, gt, lte, or, sql } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { countries, editions, memberships, nominations, scoreSheets } from "../../db/schema";
import type { SessionUser } from "../auth/session-user";
import { jurorOfEditionFromOtherCountry, scorableForJuror } from "./dossiers";

/** The dossiers one page of an edition's list on /jury holds. */
export const JUROR_DOSSIER_PAGE_SIZE = 50;

/** How far the juror is in one edition: their dossiers counted by their own sheet's state, and the first one left. */
export interface JurorEditionCounts {
  total: number;
  submitted: number;
  drafts: number;
  /** The first dossier in list order whose sheet is not submitted; undefined when all are. */
  nextId?: string;
}

type Viewer = Pick<SessionUser, "id">;

/**
 * One page of the juror's dossiers in each of their editions (the page given for one edition, the first for the
 * others), in the order of the full list, with their own sheet's state. One query, whatever the number of dossiers;
 * the access rule is listDossiersForJuror's (assigned, accepted, in a jury phase, another country, no conflict).
 */
export async function listJurorDossierPage({ db, user, editionId, page = 1 }: { db: Executor; user: Viewer; editionId?: number; page?: number }) {
  const numbered = db
    .select({
      id: nominations.id,
      editionId: sql<number>`${nominations.editionId}`.as("edition_id"),
      title: nominations.title,
      organisation: nominations.organisation,
      countryCode: nominations.countryCode,
      countryName: sql<string>`${countries.name}`.as("country_name"),
      sheetState: scoreSheets.state,
      position: sql<number>`row_number() over (partition by ${nominations.editionId} order by ${countries.name}, ${nominations.title}, ${nominations.id})`
        .mapWith(Number)
        .as("position"),
    })
    .from(nominations)
    .innerJoin(editions, eq(editions.id, nominations.editionId))
    .innerJoin(memberships, jurorOfEditionFromOtherCountry(user.id))
    .innerJoin(countries, eq(countries.code, nominations.countryCode))
    .leftJoin(scoreSheets, and(eq(scoreSheets.nominationId, nominations.id), eq(scoreSheets.jurorUserId, user.id)))
    .where(scorableForJuror(db, user.id))
    .as("numbered");
  const start = (page - 1) * JUROR_DOSSIER_PAGE_SIZE;
  const onFirstPage = lte(numbered.position, JUROR_DOSSIER_PAGE_SIZE);
  const onChosenPage = and(gt(numbered.position, start), lte(numbered.position, start + JUROR_DOSSIER_PAGE_SIZE));
  const where = editionId === undefined ? onFirstPage : or(and(eq(numbered.editionId, editionId), onChosenPage), and(sql`${numbered.editionId} <> ${editionId}`, onFirstPage));
  return db.select().from(numbered).where(where).orderBy(asc(numbered.editionId), asc(numbered.position));
}

export type JurorDossierRow = Awaited<ReturnType<typeof listJurorDossierPage>>[number];

/** The juror's counts per edition and the first unfinished dossier of each, in two queries. */
export async function countJurorDossiers({ db, user }: { db: Executor; user: Viewer }): Promise<Map<number, JurorEditionCounts>> {
  const [counts, next] = await Promise.all([
    db
      .select({
        editionId: nominations.editionId,
        total: sql<number>`count(*)::int`,
        submitted: sql<number>`(count(*) filter (where ${scoreSheets.state} = 'submitted'))::int`,
        drafts: sql<number>`(count(*) filter (where ${scoreSheets.state} = 'draft'))::int`,
      })
      .from(nominations)
      .innerJoin(editions, eq(editions.id, nominations.editionId))
      .innerJoin(memberships, jurorOfEditionFromOtherCountry(user.id))
      .leftJoin(scoreSheets, and(eq(scoreSheets.nominationId, nominations.id), eq(scoreSheets.jurorUserId, user.id)))
      .where(scorableForJuror(db, user.id))
      .groupBy(nominations.editionId),
    db
      .selectDistinctOn([nominations.editionId], { editionId: nominations.editionId, id: nominations.id })
      .from(nominations)
      .innerJoin(editions, eq(editions.id, nominations.editionId))
      .innerJoin(memberships, jurorOfEditionFromOtherCountry(user.id))
      .innerJoin(countries, eq(countries.code, nominations.countryCode))
      .leftJoin(scoreSheets, and(eq(scoreSheets.nominationId, nominations.id), eq(scoreSheets.jurorUserId, user.id)))
      .where(and(scorableForJuror(db, user.id), sql`${scoreSheets.state} is distinct from 'submitted'`))
      .orderBy(asc(nominations.editionId), asc(countries.name), asc(nominations.title), asc(nominations.id)),
  ]);
  const nextOf = new Map(next.map((row) => [row.editionId, row.id]));
  return new Map(counts.map(({ editionId, ...row }) => [editionId, { ...row, nextId: nextOf.get(editionId) }]));
}
