import { and, asc, desc, eq, ilike, inArray, or, sql, type SQL } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { accountTokens, countries, editions, memberships, personErasures, users } from "../../db/schema";
import { authorizeGlobal } from "../access/policy";
import type { SessionUser } from "../auth/session-user";
import { toContainsPattern } from "../domain/contains-pattern";
import { AppError } from "../errors";
import { PEOPLE_PAGE_SIZE, type PeopleFilters, type PeopleStatus } from "../validation/people";
import type { InviteRole, MembershipView } from "./role-labels";

export interface PersonMembership extends MembershipView {
  id: number;
  editionId: number | null;
  countryCode: string | null;
}

export interface PersonRow {
  id: number;
  name: string;
  email: string;
  status: PeopleStatus;
  memberships: PersonMembership[];
}

function assertMayRead(viewer: SessionUser) {
  const decision = authorizeGlobal(viewer, "people.read");
  if (!decision.ok) throw new AppError(decision.code, decision.reason);
}

// An erased person is also disabled; the erasure record says which it is.
const statusSql = sql<PeopleStatus>`case when exists (select 1 from ${personErasures} where ${personErasures.userId} = ${users.id}) then 'erased' when not ${users.isActive} then 'disabled' when ${users.passwordHash} is null then 'invited' else 'active' end`;

/** The membership condition of a role filter, as the invitation names roles. */
function roleCondition(role: InviteRole): SQL {
  switch (role) {
    case "admin":
      return sql`${memberships.role} = 'admin'`;
    case "coordinator":
      return sql`${memberships.role} = 'coordinator'`;
    case "juror":
      return sql`${memberships.role} = 'juror' and ${memberships.isVoting} and not ${memberships.isChair}`;
    case "chair":
      return sql`${memberships.role} = 'juror' and ${memberships.isChair}`;
    case "expert":
      return sql`${memberships.role} = 'juror' and not ${memberships.isVoting}`;
  }
}

/** `%text%` for ILIKE, with the pattern's own wildcards taken literally. */
async function listMemberships(db: Executor, userIds: number[]): Promise<Map<number, PersonMembership[]>> {
  const byUser = new Map<number, PersonMembership[]>();
  if (userIds.length === 0) return byUser;
  const rows = await db
    .select({
      userId: memberships.userId,
      id: memberships.id,
      role: memberships.role,
      editionId: memberships.editionId,
      countryCode: memberships.countryCode,
      year: editions.year,
      countryName: countries.name,
      isChair: memberships.isChair,
      isVoting: memberships.isVoting,
    })
    .from(memberships)
    .leftJoin(editions, eq(editions.id, memberships.editionId))
    .leftJoin(countries, eq(countries.code, memberships.countryCode))
    .where(inArray(memberships.userId, userIds))
    .orderBy(sql`${editions.year} desc nulls first`, memberships.role, asc(memberships.id));
  for (const { userId, ...membership } of rows) byUser.set(userId, [...(byUser.get(userId) ?? []), membership]);
  return byUser;
}

/**
 * One page of the directory, filtered and counted by the database: every person with their roles per edition and
 * the state of their account. The secretariat only. Never selects a password hash, only whether there is one.
 */
export async function listPeople({ db, viewer, filters }: { db: Executor; viewer: SessionUser; filters: PeopleFilters }) {
  assertMayRead(viewer);
  const conditions: SQL[] = [];
  if (filters.q) {
    const pattern = toContainsPattern(filters.q);
    conditions.push(or(ilike(users.name, pattern), ilike(users.email, pattern))!);
  }
  if (filters.role) {
    conditions.push(sql`exists (select 1 from ${memberships} where ${memberships.userId} = ${users.id} and ${roleCondition(filters.role)})`);
  }
  if (filters.status) conditions.push(sql`${statusSql} = ${filters.status}`);
  const where = conditions.length > 0 ? and(...conditions) : undefined;
  const [{ total } = { total: 0 }] = await db.select({ total: sql<number>`count(*)`.mapWith(Number) }).from(users).where(where);
  const pageCount = Math.max(1, Math.ceil(total / PEOPLE_PAGE_SIZE));
  const page = Math.min(filters.page, pageCount);
  const rows = await db
    .select({ id: users.id, name: users.name, email: users.email, status: statusSql })
    .from(users)
    .where(where)
    .orderBy(sql`lower(${users.name})`, asc(users.id))
    .limit(PEOPLE_PAGE_SIZE)
    .offset((page - 1) * PEOPLE_PAGE_SIZE);
  const byUser = await listMemberships(db, rows.map((r) => r.id));
  const people: PersonRow[] = rows.map((row) => ({ ...row, memberships: byUser.get(row.id) ?? [] }));
  return { people, total, page, pageCount };
}

/** One person with their roles and their newest invitation, for the person page; undefined when unknown. */
export async function getPerson({ db, viewer, userId }: { db: Executor; viewer: SessionUser; userId: number }) {
  assertMayRead(viewer);
  const [row] = await db
    .select({ id: users.id, name: users.name, email: users.email, status: statusSql, createdAt: users.createdAt })
    .from(users)
    .where(eq(users.id, userId));
  if (!row) return undefined;
  const [invitation] = await db
    .select({
      createdAt: accountTokens.createdAt,
      expiresAt: accountTokens.expiresAt,
      isUsable: sql<boolean>`(${accountTokens.usedAt} is null and ${accountTokens.expiresAt} > now())`,
    })
    .from(accountTokens)
    .where(and(eq(accountTokens.userId, userId), eq(accountTokens.purpose, "invitation")))
    .orderBy(desc(accountTokens.createdAt), desc(accountTokens.id))
    .limit(1);
  const byUser = await listMemberships(db, [userId]);
  return { ...row, memberships: byUser.get(userId) ?? [], invitation: invitation ?? null };
}

/** The choices of the invitation form: editions newest first, and every country. */
export async function listInvitationChoices(db: Executor) {
  const [editionRows, countryRows] = await Promise.all([
    db.select({ id: editions.id, year: editions.year }).from(editions).orderBy(desc(editions.year)),
    db.select({ code: countries.code, name: countries.name }).from(countries).orderBy(asc(countries.name)),
  ]);
  return { editions: editionRows, countries: countryRows };
}
