import { and, asc, eq, exists, inArray, isNull, ne, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Executor } from "../../db/client";
import { countries, editions, memberships, nominations, users } from "../../db/schema";
import { getCoordinatorCountries } from "../access/policy";
import type { SessionUser } from "../auth/session-user";
import { msg } from "../i18n/server-text";
import { submissionWindowColumns } from "./submission-window";

export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const NOT_FOUND_MESSAGE = msg("This nomination does not exist or is not one of your country's.");
export const STALE_VERSION_MESSAGE = msg("Someone else saved this dossier in the meantime — reload to see their version.");
export const LOCKED_MESSAGE = msg("This dossier has been submitted and is locked.");
// Who last saved a dossier: a second join on users, selecting the name only.
export const updater = alias(users, "updater");

export const dossierColumns = {
  ...submissionWindowColumns,
  id: nominations.id,
  countryCode: nominations.countryCode,
  countryName: countries.name,
  kind: nominations.kind,
  state: nominations.state,
  title: nominations.title,
  organisation: nominations.organisation,
  contactName: nominations.contactName,
  contactEmail: nominations.contactEmail,
  contactPhone: nominations.contactPhone,
  startDate: nominations.startDate,
  isOngoing: nominations.isOngoing,
  endDate: nominations.endDate,
  links: nominations.links,
  description: nominations.description,
  answerPrevention: nominations.answerPrevention,
  answerEvaluation: nominations.answerEvaluation,
  answerInnovation: nominations.answerInnovation,
  answerPartners: nominations.answerPartners,
  answerReplication: nominations.answerReplication,
  eligibilityReason: nominations.eligibilityReason,
  eligibilityNote: nominations.eligibilityNote,
  reference: nominations.reference,
  submittedAt: nominations.submittedAt,
  version: nominations.version,
  updatedAt: nominations.updatedAt,
  updatedById: nominations.updatedBy,
  updatedByName: updater.name,
};

/** The rule "a coordinator handles their own country's dossiers" as a condition on a nominations row. */
export function isCoordinatedBy(db: Executor, user: SessionUser): SQL {
  if (!user.isActive) return sql`false`;
  return exists(
    db
      .select({ one: sql`1` })
      .from(memberships)
      .where(
        and(
          eq(memberships.userId, user.id),
          eq(memberships.role, "coordinator"),
          eq(memberships.countryCode, nominations.countryCode),
          or(isNull(memberships.editionId), eq(memberships.editionId, nominations.editionId)),
        ),
      ),
  );
}

/** The user's countries' dossiers in editions past the draft phase: no scores, no jurors. */
export async function listCoordinatorNominations({ db, user }: { db: Executor; user: SessionUser }) {
  // The session's countries, named outright so the database reads those countries' dossiers by index.
  const codes = [...new Set(user.memberships.filter((m) => m.role === "coordinator" && m.countryCode !== null).map((m) => m.countryCode!))];
  if (codes.length === 0) return [];
  return db
    .select({
      id: nominations.id,
      editionId: nominations.editionId,
      countryCode: nominations.countryCode,
      countryName: countries.name,
      kind: nominations.kind,
      state: nominations.state,
      title: nominations.title,
      reference: nominations.reference,
      submittedAt: nominations.submittedAt,
      updatedAt: nominations.updatedAt,
      updatedByName: updater.name,
    })
    .from(nominations)
    .innerJoin(editions, eq(editions.id, nominations.editionId))
    .innerJoin(countries, eq(countries.code, nominations.countryCode))
    .leftJoin(updater, eq(updater.id, nominations.updatedBy))
    .where(and(inArray(nominations.countryCode, codes), ne(editions.phase, "draft"), isCoordinatedBy(db, user)))
    .orderBy(asc(nominations.countryCode), asc(nominations.kind), asc(nominations.createdAt));
}

export type CoordinatorDossier = NonNullable<Awaited<ReturnType<typeof getNominationForCoordinator>>>;

/** One of the user's countries' dossiers; another country's is simply not found. */
export async function getNominationForCoordinator({ db, id, user }: { db: Executor; id: string; user: SessionUser }) {
  if (!UUID_PATTERN.test(id)) return undefined;
  const [row] = await db
    .select(dossierColumns)
    .from(nominations)
    .innerJoin(editions, eq(editions.id, nominations.editionId))
    .innerJoin(countries, eq(countries.code, nominations.countryCode))
    .leftJoin(updater, eq(updater.id, nominations.updatedBy))
    .where(and(eq(nominations.id, id), isCoordinatedBy(db, user)));
  return row;
}

/** The countries the user may nominate for in an edition, and whether each already has a competing dossier. */
export async function listNominatingCountries({ db, user, editionId }: { db: Executor; user: SessionUser; editionId: number }) {
  const codes = getCoordinatorCountries(user, editionId);
  if (!user.isActive || codes.length === 0) return [];
  return db
    .select({
      code: countries.code,
      name: countries.name,
      hasCompeting: sql<boolean>`exists (select 1 from ${nominations} where ${nominations.editionId} = ${editionId}
        and ${nominations.countryCode} = ${countries.code} and ${nominations.kind} = 'competing')`,
    })
    .from(countries)
    .where(inArray(countries.code, codes))
    .orderBy(asc(countries.name));
}


/** Country names by code, for the given codes only. */
export async function listCountryNames({ db, codes }: { db: Executor; codes: string[] }): Promise<Map<string, string>> {
  if (codes.length === 0) return new Map();
  const rows = await db.select({ code: countries.code, name: countries.name }).from(countries).where(inArray(countries.code, codes));
  return new Map(rows.map((row) => [row.code, row.name]));
}
