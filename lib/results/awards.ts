import { and, asc, eq, inArray } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { awards, countries, editions, nominations } from "../../db/schema";
import type { SessionUser } from "../auth/session-user";
import { isLiveShowRunning } from "../ceremony/queries";
import { AppError, getViolatedConstraint, isFrozenResultError } from "../errors";
import { msg, text, type ServerText } from "../i18n/server-text";
import { runEditionCommand, type EditionCommandContext } from "../kernel/edition-command";
import { afterPublicChange } from "./public-invalidation";

/** The awarded places of an edition, winner first. */
export async function listAwards({ db, editionId }: { db: Executor; editionId: number }) {
  return db
    .select({
      rank: awards.rank,
      nominationId: awards.nominationId,
      prize: awards.prize,
      juryReason: awards.juryReason,
      countryCode: nominations.countryCode,
      countryName: countries.name,
      title: nominations.title,
    })
    .from(awards)
    .innerJoin(nominations, eq(nominations.id, awards.nominationId))
    .innerJoin(countries, eq(countries.code, nominations.countryCode))
    .where(eq(awards.editionId, editionId))
    .orderBy(asc(awards.rank));
}

export interface AwardPlace {
  rank: number;
  nominationId: string;
  prize: string;
  juryReason: string;
}

/** Why a set of places cannot be saved, or null; the rules the database's unique keys also hold. */
function findPlacesProblem(places: readonly AwardPlace[], awardedPlaces: number): string | ServerText | null {
  const ranks = places.map((p) => p.rank).sort((a, b) => a - b);
  if (!ranks.includes(1)) return msg("Choose at least the winner (place 1).");
  if (ranks.some((rank) => !Number.isInteger(rank) || rank < 1 || rank > awardedPlaces)) {
    return text("This edition awards places 1 to {max} only.", { max: awardedPlaces });
  }
  if (ranks.some((rank, index) => rank !== index + 1)) return msg("Places must follow each other: 1, 2, 3… without gaps or repeats.");
  if (new Set(places.map((p) => p.nominationId)).size !== places.length) return msg("A nomination can hold one place only.");
  return null;
}

export const AWARDS_FROZEN_MESSAGE = msg("The result of this edition is frozen: the awards can no longer change.");

/**
 * Replaces the edition's awarded places during deliberation, with its audit entry, through the edition-command
 * kernel: refused once the result is frozen, and while the live show runs. Each place must go to a different
 * accepted competing nomination of the edition.
 */
export async function saveAwards({
  db,
  actor,
  editionId,
  places,
}: {
  db: Executor;
  actor: SessionUser;
  editionId: number;
  places: readonly AwardPlace[];
}) {
  try {
    // The awards and the jury's reasons are what a published edition shows.
    return await afterPublicChange(runEditionCommand(
      {
        db,
        actor,
        editionId,
        action: "awards.choose",
        load: async (tx, edition) => ({ isLiveShowRunning: await isLiveShowRunning({ db: tx, edition }) }),
      },
      ({ tx, audit }) => replaceAwards({ tx, audit, editionId, places }),
    ));
  } catch (error) {
    if (isFrozenResultError(error)) throw new AppError("CONFLICT", AWARDS_FROZEN_MESSAGE);
    throw error;
  }
}

async function replaceAwards({ tx, audit, editionId, places }: Pick<EditionCommandContext, "tx" | "audit"> & { editionId: number; places: readonly AwardPlace[] }) {
  const [edition] = await tx.select({ awardedPlaces: editions.awardedPlaces }).from(editions).where(eq(editions.id, editionId));
  const problem = findPlacesProblem(places, edition!.awardedPlaces);
  if (problem) throw new AppError("INVALID", problem);

  const eligible = await tx
    .select({ id: nominations.id })
    .from(nominations)
    .where(
      and(
        eq(nominations.editionId, editionId),
        eq(nominations.kind, "competing"),
        eq(nominations.state, "accepted"),
        inArray(
          nominations.id,
          places.map((p) => p.nominationId),
        ),
      ),
    );
  if (eligible.length !== places.length) {
    throw new AppError("INVALID", "Awards can only go to accepted competing nominations of this edition.");
  }

  await tx.delete(awards).where(eq(awards.editionId, editionId));
  try {
    await tx.insert(awards).values(places.map((p) => ({ editionId, ...p })));
  } catch (error) {
    const constraint = getViolatedConstraint(error);
    if (constraint === "awards_edition_rank_key" || constraint === "awards_edition_nomination_key") {
      throw new AppError("CONFLICT", "Someone else changed the awards meanwhile. Reload the page and try again.");
    }
    throw error;
  }
  await audit({
    action: "awards.saved",
    entity: "edition",
    id: editionId,
    data: { places: places.map(({ rank, nominationId }) => ({ rank, nominationId })) },
  });
  return { placeCount: places.length };
}
