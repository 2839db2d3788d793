import { and, asc, eq, exists, inArray, isNull, ne, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { z } from "zod";
import type { Executor } from "../../db/client";
import { countries, editions, memberships, nominations, users } from "../../db/schema";
import { getCoordinatorCountries } from "../access/policy";
import type { SessionUser } from "../auth/session-user";
import { AppError, getViolatedConstraint } from "../errors";
import {
  createNominationContentSchema,
  createNominationSchema,
  toDossierFieldErrors,
  type NewNominationInput,
  type SaveNominationInput,
} from "../validation/nomination";
import { recordAudit } from "../kernel/audit";
import { explainClosedWindow, getEditionWindowByYear, submissionWindowColumns } from "./submission-window";

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const NOT_FOUND_MESSAGE = "This nomination does not exist or is not one of your country's.";
export const STALE_VERSION_MESSAGE = "Someone else saved this dossier in the meantime — reload to see their version.";
export const LOCKED_MESSAGE = "This dossier has been submitted and is locked.";
// Who last saved a dossier: a second join on users, selecting the name only.
const updater = alias(users, "updater");

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

export function toInvalid(error: z.ZodError, message: string): AppError {
  return new AppError("INVALID", message, toDossierFieldErrors(error));
}

/** The user's countries' dossiers in editions past the draft phase: no scores, no jurors. */
export async function listCoordinatorNominations({ db, user }: { db: Executor; user: SessionUser }) {
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
    .where(and(ne(editions.phase, "draft"), isCoordinatedBy(db, user)))
    .orderBy(asc(nominations.countryCode), asc(nominations.kind), asc(nominations.createdAt));
}

const dossierColumns = {
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
  updatedByName: updater.name,
};

export type CoordinatorDossier = NonNullable<Awaited<ReturnType<typeof getNominationForCoordinator>>>;

/** One of the user's countries' dossiers; another country's is simply not found. */
export async function getNominationForCoordinator({
  db,
  id,
  user,
  isLocking = false,
}: {
  db: Executor;
  id: string;
  user: SessionUser;
  /** Lock the row until the transaction ends, so concurrent submissions of it queue up. */
  isLocking?: boolean;
}) {
  if (!UUID_PATTERN.test(id)) return undefined;
  const query = db
    .select(dossierColumns)
    .from(nominations)
    .innerJoin(editions, eq(editions.id, nominations.editionId))
    .innerJoin(countries, eq(countries.code, nominations.countryCode))
    .leftJoin(updater, eq(updater.id, nominations.updatedBy))
    .where(and(eq(nominations.id, id), isCoordinatedBy(db, user)));
  const [row] = isLocking ? await query.for("update", { of: nominations }) : await query;
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

/** Creates a draft dossier for one of the user's countries while the edition takes dossiers. */
export async function createNomination({ db, user, input }: { db: Executor; user: SessionUser; input: NewNominationInput }) {
  const edition = await getEditionWindowByYear({ db, year: input.year });
  if (!edition || !getCoordinatorCountries(user, edition.editionId).includes(input.countryCode)) {
    throw new AppError("FORBIDDEN", `You cannot nominate projects for this country in ${input.year}.`);
  }
  if (!edition.isAcceptingSubmissions) throw explainClosedWindow(edition);
  const content = createNominationSchema(edition).safeParse(input);
  if (!content.success) throw toInvalid(content.error, "Please correct the highlighted fields.");
  const { title, organisation, description } = content.data;
  try {
    return await db.transaction(async (tx) => {
      const [created] = await tx
        .insert(nominations)
        .values({
          editionId: edition.editionId,
          countryCode: input.countryCode,
          kind: input.kind,
          title,
          organisation,
          description,
          createdBy: user.id,
          updatedBy: user.id,
        })
        .returning({ id: nominations.id, version: nominations.version });
      await recordNominationAudit(tx, { user, editionId: edition.editionId, id: created!.id, action: "nomination.created", data: { kind: input.kind } });
      return created!;
    });
  } catch (error) {
    if (getViolatedConstraint(error) === "nominations_one_competing_idx") {
      const message = `Your country already has a competing nomination for ${edition.year}. Add this project as an additional good practice, or edit the competing one.`;
      throw new AppError("CONFLICT", message, { kind: [message] });
    }
    throw error;
  }
}

/** The conflict a stale save meets, naming the colleague who saved in between when we know them. */
function explainStaleVersion(updatedByName: string | null): AppError {
  if (!updatedByName) return new AppError("CONFLICT", STALE_VERSION_MESSAGE);
  return new AppError("CONFLICT", `${updatedByName} saved this dossier after you started editing — load their version to go on.`);
}

/**
 * Saves a draft's content if nobody saved it since `version` was read; returns the new version, when and by whom.
 * Drafts may be incomplete, but every format and word limit is checked, and nothing is written on any error.
 */
export async function updateNomination({ db, user, input }: { db: Executor; user: SessionUser; input: SaveNominationInput }) {
  return db.transaction(async (tx) => {
    const dossier = await getNominationForCoordinator({ db: tx, id: input.id, user });
    if (!dossier) throw new AppError("NOT_FOUND", NOT_FOUND_MESSAGE);
    if (dossier.state !== "draft") throw new AppError("CONFLICT", LOCKED_MESSAGE);
    if (!dossier.isAcceptingSubmissions) throw explainClosedWindow(dossier);
    if (dossier.version !== input.version) throw explainStaleVersion(dossier.updatedByName);
    const content = createNominationContentSchema(dossier).safeParse(input);
    if (!content.success) throw toInvalid(content.error, "Please correct the highlighted fields.");
    const [saved] = await tx
      .update(nominations)
      .set({ ...content.data, version: sql`${nominations.version} + 1`, updatedBy: user.id, updatedAt: sql`now()` })
      .where(and(eq(nominations.id, input.id), eq(nominations.version, input.version), eq(nominations.state, "draft")))
      .returning({ version: nominations.version, updatedAt: nominations.updatedAt });
    // The row was read a moment ago, so a miss here means a concurrent save won the race.
    if (!saved) throw new AppError("CONFLICT", STALE_VERSION_MESSAGE);
    return { ...saved, updatedByName: user.name };
  });
}

/** Records a change to a dossier; call it inside the change's transaction. */
export async function recordNominationAudit(
  tx: Executor,
  entry: { user: SessionUser; editionId: number; id: string; action: string; data?: Record<string, unknown> },
) {
  await recordAudit(tx, {
    actorUserId: entry.user.id,
    editionId: entry.editionId,
    action: entry.action,
    entityType: "nomination",
    entityId: entry.id,
    data: entry.data,
  });
}
