import { and, count, eq, inArray, notExists, notInArray, sql, type SQLWrapper } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { assignments, frozenResults, memberships, nominations, scoreSheets, users } from "../../db/schema";
import type { PhaseReadiness } from "../domain/phase-blockers";
import { SCORABLE_STATES } from "../domain/phases";
import { getPhaseContext } from "./queries";

const countOf = (query: SQLWrapper) => sql<number>`(${query})`.mapWith(Number);

/** The facts listPhaseBlockers reads: the phase rules' context and a few counts more, in one round trip beyond it. */
export async function getPhaseReadiness({ db, editionId }: { db: Executor; editionId: number }): Promise<PhaseReadiness> {
  const competing = and(eq(nominations.editionId, editionId), eq(nominations.kind, "competing"));
  // NOT EXISTS, not NOT IN: a correlated NOT IN runs its subquery once per assignment (40 s at 200,000 of them),
  // where NOT EXISTS is planned as one anti-join (0.3 s).
  const submittedSheet = db
    .select({ one: sql`1` })
    .from(scoreSheets)
    .where(
      and(
        eq(scoreSheets.editionId, editionId),
        eq(scoreSheets.jurorUserId, assignments.jurorUserId),
        eq(scoreSheets.nominationId, assignments.nominationId),
        eq(scoreSheets.state, "submitted"),
      ),
    );
  const [context, [row]] = await Promise.all([
    getPhaseContext({ db, editionId }),
    db
      .select({
        submittedCompetingCount: countOf(
          db.select({ n: count() }).from(nominations).where(and(competing, notInArray(nominations.state, ["draft"]))),
        ),
        acceptedCompetingCount: countOf(
          db.select({ n: count() }).from(nominations).where(and(competing, inArray(nominations.state, [...SCORABLE_STATES]))),
        ),
        votingJurorCount: countOf(
          db
            .select({ n: count() })
            .from(memberships)
            .innerJoin(users, eq(users.id, memberships.userId))
            .where(and(eq(memberships.editionId, editionId), eq(memberships.role, "juror"), eq(memberships.isVoting, true), eq(users.isActive, true))),
        ),
        openSheetCount: countOf(
          db
            .select({ n: count() })
            .from(assignments)
            .where(and(eq(assignments.editionId, editionId), notExists(submittedSheet))),
        ),
        frozenCount: countOf(db.select({ n: count() }).from(frozenResults).where(eq(frozenResults.editionId, editionId))),
      })
      .from(sql`(select 1) as one`),
  ]);
  const { frozenCount, ...counts } = row!;
  return { ...context, ...counts, isFrozen: frozenCount > 0 };
}
