import { and, eq, isNotNull, lte, ne, notExists, or, sql } from "drizzle-orm";
import type { Database, Transaction } from "../../db/client";
import { editionRetentionRuns, editions, memberships, nominations, personErasures } from "../../db/schema";
import { recordAudit } from "../kernel/audit";
import { erasePersonInTransaction } from "./erase";

/** The SQL clock: `now` in tests, the database's own otherwise. */
function clockOf(now: Date | undefined) {
  return now ? sql`${now.toISOString()}::timestamptz` : sql`now()`;
}

/** Published editions whose retention period has run out by `clock` (publication + contact_retention_months). */
function isRetentionDue(clock: ReturnType<typeof clockOf>) {
  return and(
    eq(editions.phase, "published"),
    isNotNull(editions.publishedAt),
    lte(sql`${editions.publishedAt} + make_interval(months => ${editions.contactRetentionMonths})`, clock),
  );
}

/**
 * Coordinators of the edition with no other current role: every membership they hold is a coordinator's of an
 * edition whose retention is also due. A standing coordinator (no edition), an admin or a juror keeps their account.
 */
async function listLapsedCoordinators(tx: Transaction, editionId: number, clock: ReturnType<typeof clockOf>) {
  const dueEditions = tx.select({ id: editions.id }).from(editions).where(isRetentionDue(clock));
  const current = tx
    .select({ one: sql`1` })
    .from(memberships)
    .where(
      and(
        eq(memberships.userId, sql`m.user_id`),
        or(ne(memberships.role, "coordinator"), sql`${memberships.editionId} is null`, sql`${memberships.editionId} not in (${dueEditions})`),
      ),
    );
  const rows = await tx
    .select({ userId: sql<number>`m.user_id` })
    .from(sql`${memberships} m`)
    .where(
      and(
        sql`m.edition_id = ${editionId}`,
        sql`m.role = 'coordinator'`,
        notExists(current),
        notExists(tx.select({ one: sql`1` }).from(personErasures).where(eq(personErasures.userId, sql`m.user_id`))),
      ),
    );
  return [...new Set(rows.map((r) => Number(r.userId)))];
}

/** One edition's retention, in its own transaction; the marker row makes it run once, even with two runners. */
async function applyToEdition(db: Database, editionId: number, clock: ReturnType<typeof clockOf>) {
  return db.transaction(async (tx) => {
    const [marker] = await tx.insert(editionRetentionRuns).values({ editionId }).onConflictDoNothing().returning({ editionId: editionRetentionRuns.editionId });
    if (!marker) return false;
    const cleared = await tx
      .update(nominations)
      .set({ contactName: "", contactEmail: "", contactPhone: "", version: sql`${nominations.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(nominations.editionId, editionId), or(ne(nominations.contactName, ""), ne(nominations.contactEmail, ""), ne(nominations.contactPhone, ""))))
      .returning({ id: nominations.id });
    const people = await listLapsedCoordinators(tx, editionId, clock);
    for (const userId of people) {
      await erasePersonInTransaction(tx, { userId, actorUserId: null, reason: "Retention period of the edition ended", cause: "retention" });
    }
    await tx
      .update(editionRetentionRuns)
      .set({ clearedNominationCount: cleared.length, erasedPersonCount: people.length })
      .where(eq(editionRetentionRuns.editionId, editionId));
    await recordAudit(tx, {
      actorUserId: null,
      editionId,
      action: "retention.applied",
      entityType: "edition",
      entityId: editionId,
      data: { clearedNominationCount: cleared.length, erasedPersonIds: people },
    });
    return true;
  });
}

/**
 * Removes the contact details of every published edition whose retention period (editions.contact_retention_months
 * after publication) has ended: the dossiers' contact person (name, email, phone), and the accounts of its
 * coordinators who hold no other current role (erased as on request). Each edition once (edition_retention_runs).
 */
export async function applyContactRetention({ db, now }: { db: Database; now?: Date }): Promise<{ editionIds: number[] }> {
  const clock = clockOf(now);
  const due = await db
    .select({ id: editions.id })
    .from(editions)
    .where(and(isRetentionDue(clock), notExists(db.select({ one: sql`1` }).from(editionRetentionRuns).where(eq(editionRetentionRuns.editionId, editions.id)))));
  const editionIds: number[] = [];
  for (const { id } of due) if (await applyToEdition(db, id, clock)) editionIds.push(id);
  return { editionIds };
}

