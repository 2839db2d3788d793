import { and, desc, eq, gte, inArray, lt, sql, type SQL } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { auditEvents, editions, personErasures, users } from "../../db/schema";
import { authorizeGlobal } from "../access/policy";
import type { SessionUser } from "../auth/session-user";
import { AppError } from "../errors";
import { digestEmail, isEmailLike } from "../privacy/email-digest";
import { REDACTED } from "../privacy/placeholder";
import type { AuditFilter } from "../validation/audit-filter";

/** The zone the secretariat reads the trail in: dates of the filter and times of the rows, labelled so. */
export const AUDIT_TIME_ZONE = "Europe/Brussels";
export const AUDIT_PAGE_SIZE = 50;

export function assertMayReadAudit(viewer: SessionUser | null) {
  const decision = authorizeGlobal(viewer, "audit.read");
  if (!decision.ok) throw new AppError(decision.code, decision.reason);
}

/** The person filter: "#12" or "12" is an id, anything else an email (any case); undefined when nobody matches. */
async function resolvePerson(db: Executor, person: string): Promise<number | undefined> {
  const id = /^#?(\d{1,9})$/.exec(person)?.[1];
  if (id) return Number(id);
  const [row] = await db.select({ id: users.id }).from(users).where(eq(sql`lower(${users.email})`, person.toLowerCase()));
  return row?.id;
}

/** The WHERE clause of a filter, or null when a filter names an edition or person that does not exist. */
async function buildConditions(db: Executor, filter: AuditFilter): Promise<SQL[] | null> {
  const conditions: SQL[] = [];
  if (filter.year !== undefined) {
    const [edition] = await db.select({ id: editions.id }).from(editions).where(eq(editions.year, filter.year));
    if (!edition) return null;
    conditions.push(eq(auditEvents.editionId, edition.id));
  }
  if (filter.person !== undefined) {
    const userId = await resolvePerson(db, filter.person);
    if (userId === undefined) return null;
    conditions.push(eq(auditEvents.actorUserId, userId));
  }
  if (filter.action) conditions.push(eq(auditEvents.action, filter.action));
  if (filter.entityType) conditions.push(eq(auditEvents.entityType, filter.entityType));
  if (filter.entityId) conditions.push(eq(auditEvents.entityId, filter.entityId));
  // Calendar days in the secretariat's zone, the "to" day included.
  if (filter.from) conditions.push(gte(auditEvents.at, sql`(${filter.from}::date)::timestamp at time zone ${AUDIT_TIME_ZONE}`));
  if (filter.to) conditions.push(lt(auditEvents.at, sql`(${filter.to}::date + 1)::timestamp at time zone ${AUDIT_TIME_ZONE}`));
  return conditions;
}

/** Newest first by (at, id); the cursor is the id of the last row shown, compared by its own (at, id) in SQL. */
function afterCursor(before: number): SQL {
  return sql`(${auditEvents.at}, ${auditEvents.id}) < (select c.at, c.id from ${auditEvents} c where c.id = ${before})`;
}

const rowColumns = {
  id: auditEvents.id,
  at: auditEvents.at,
  actorUserId: auditEvents.actorUserId,
  actorName: users.name,
  actorEmail: users.email,
  editionYear: editions.year,
  action: auditEvents.action,
  entityType: auditEvents.entityType,
  entityId: auditEvents.entityId,
  data: auditEvents.data,
};

export type AuditRow = Awaited<ReturnType<typeof selectAuditRows>>[number];

async function selectAuditRows(db: Executor, conditions: SQL[], limit: number) {
  return db
    .select(rowColumns)
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorUserId))
    .leftJoin(editions, eq(editions.id, auditEvents.editionId))
    .where(and(...conditions))
    .orderBy(desc(auditEvents.at), desc(auditEvents.id))
    .limit(limit);
}

function collectEmails(value: unknown, found: Set<string>): void {
  if (isEmailLike(value)) found.add(value.trim().toLowerCase());
  else if (Array.isArray(value)) value.forEach((item) => collectEmails(item, found));
  else if (value && typeof value === "object") Object.values(value).forEach((item) => collectEmails(item, found));
}

function replaceEmails(value: unknown, erased: Set<string>): unknown {
  if (isEmailLike(value)) return erased.has(value.trim().toLowerCase()) ? REDACTED : value;
  if (Array.isArray(value)) return value.map((item) => replaceEmails(item, erased));
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replaceEmails(v, erased)]));
  return value;
}

/**
 * Entries are append-only, so one written before a person's erasure may still hold their email: every email in
 * the rows read is checked against the erased people's digests and shown as "[erased]" when it matches.
 */
export async function redactErasedEmails<T extends { data: Record<string, unknown> }>(db: Executor, rows: T[]): Promise<T[]> {
  const emails = new Set<string>();
  rows.forEach((row) => collectEmails(row.data, emails));
  if (emails.size === 0) return rows;
  const byDigest = new Map([...emails].map((email) => [digestEmail(email), email]));
  const matches = await db
    .select({ digest: personErasures.emailDigest })
    .from(personErasures)
    .where(inArray(personErasures.emailDigest, [...byDigest.keys()]));
  if (matches.length === 0) return rows;
  const erased = new Set(matches.map((m) => byDigest.get(m.digest)!));
  return rows.map((row) => ({ ...row, data: replaceEmails(row.data, erased) as Record<string, unknown> }));
}

/**
 * One page of the audit trail for the secretariat, newest first, keyset-paginated: `nextCursor` is the id to pass
 * as `before` for the next (older) page, null on the last one. Rows added meanwhile never shift a page.
 */
export async function listAuditEvents({ db, viewer, filter, limit = AUDIT_PAGE_SIZE }: { db: Executor; viewer: SessionUser; filter: AuditFilter; limit?: number }) {
  assertMayReadAudit(viewer);
  const conditions = await buildConditions(db, filter);
  if (!conditions) return { rows: [] as AuditRow[], nextCursor: null };
  if (filter.before !== undefined) conditions.push(afterCursor(filter.before));
  const rows = await selectAuditRows(db, conditions, limit + 1);
  const page = rows.slice(0, limit);
  return { rows: await redactErasedEmails(db, page), nextCursor: rows.length > limit ? page.at(-1)!.id : null };
}

/**
 * Every entry of the filter, in pages of `batchSize` read one after the other by the same keyset, for the CSV
 * download to stream without holding the whole trail in memory.
 */
export async function* iterateAuditEvents({ db, viewer, filter, batchSize = 500 }: { db: Executor; viewer: SessionUser; filter: AuditFilter; batchSize?: number }) {
  assertMayReadAudit(viewer);
  let before = filter.before;
  for (;;) {
    const page = await listAuditEvents({ db, viewer, filter: { ...filter, before }, limit: batchSize });
    if (page.rows.length > 0) yield page.rows;
    if (page.nextCursor === null) return;
    before = page.nextCursor;
  }
}
