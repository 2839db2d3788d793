import { asc, eq, inArray } from "drizzle-orm";
import type { Executor } from "../../db/client";
import {
  annexes,
  assignments,
  auditEvents,
  awards,
  ceremonies,
  conflicts,
  countries,
  criteria,
  editions,
  frozenResults,
  mailTemplates,
  memberships,
  nominations,
  prizes,
  scoreSheets,
  scores,
  tieDecisions,
  users,
} from "../../db/schema";
import { ARCHIVE_FORMAT, type EditionDocument } from "./format";

/** The user ids an edition's rows name, wherever they name one. */
function collectUserIds(rows: Omit<EditionDocument, "format" | "countries" | "users">): number[] {
  const ids = new Set<number>();
  const add = (value: number | null | undefined) => {
    if (typeof value === "number") ids.add(value);
  };
  rows.nominations.forEach((r) => (add(r.createdBy), add(r.updatedBy)));
  rows.annexes.forEach((r) => add(r.uploadedBy));
  rows.memberships.forEach((r) => add(r.userId));
  rows.assignments.forEach((r) => (add(r.jurorUserId), add(r.createdBy)));
  rows.conflicts.forEach((r) => (add(r.jurorUserId), add(r.createdBy)));
  rows.scoreSheets.forEach((r) => add(r.jurorUserId));
  rows.tieDecisions.forEach((r) => add(r.decidedBy));
  rows.ceremonies.forEach((r) => add(r.startedBy));
  rows.mailTemplates.forEach((r) => add(r.updatedByUserId));
  rows.auditEvents.forEach((r) => add(r.actorUserId));
  rows.frozenResults.forEach((r) => add(r.frozenBy));
  return [...ids].sort((a, b) => a - b);
}

/**
 * Every row of one edition, as edition.json holds it (JSON-ready apart from Dates, which JSON writes as ISO text).
 * No access check: the export command checks first. Rows come in a fixed order, so two exports compare equal.
 */
export async function readEditionRows({ db, editionId }: { db: Executor; editionId: number }): Promise<EditionDocument> {
  const editionRows = await db.select().from(editions).where(eq(editions.id, editionId));
  const [prizeRows, criterionRows, nominationRows, membershipRows, assignmentRows, conflictRows, sheetRows, tieRows, awardRows, ceremonyRows, templateRows, auditRows, frozenRows] =
    await Promise.all([
      db.select().from(prizes).where(eq(prizes.editionId, editionId)).orderBy(asc(prizes.id)),
      db.select().from(criteria).where(eq(criteria.editionId, editionId)).orderBy(asc(criteria.id)),
      db.select().from(nominations).where(eq(nominations.editionId, editionId)).orderBy(asc(nominations.createdAt), asc(nominations.id)),
      db.select().from(memberships).where(eq(memberships.editionId, editionId)).orderBy(asc(memberships.id)),
      db.select().from(assignments).where(eq(assignments.editionId, editionId)).orderBy(asc(assignments.id)),
      db.select().from(conflicts).where(eq(conflicts.editionId, editionId)).orderBy(asc(conflicts.id)),
      db.select().from(scoreSheets).where(eq(scoreSheets.editionId, editionId)).orderBy(asc(scoreSheets.id)),
      db.select().from(tieDecisions).where(eq(tieDecisions.editionId, editionId)).orderBy(asc(tieDecisions.id)),
      db.select().from(awards).where(eq(awards.editionId, editionId)).orderBy(asc(awards.rank)),
      db.select().from(ceremonies).where(eq(ceremonies.editionId, editionId)).orderBy(asc(ceremonies.id)),
      db.select().from(mailTemplates).where(eq(mailTemplates.editionId, editionId)).orderBy(asc(mailTemplates.id)),
      db.select().from(auditEvents).where(eq(auditEvents.editionId, editionId)).orderBy(asc(auditEvents.id)),
      db.select().from(frozenResults).where(eq(frozenResults.editionId, editionId)),
    ]);
  const nominationIds = nominationRows.map((n) => n.id);
  const sheetIds = sheetRows.map((s) => s.id);
  const [annexRows, scoreRows] = await Promise.all([
    nominationIds.length === 0
      ? []
      : db.select().from(annexes).where(inArray(annexes.nominationId, nominationIds)).orderBy(asc(annexes.uploadedAt), asc(annexes.id)),
    sheetIds.length === 0 ? [] : db.select().from(scores).where(inArray(scores.sheetId, sheetIds)).orderBy(asc(scores.sheetId), asc(scores.criterionId)),
  ]);
  const rows = {
    editions: editionRows,
    prizes: prizeRows,
    criteria: criterionRows,
    nominations: nominationRows,
    annexes: annexRows,
    memberships: membershipRows,
    assignments: assignmentRows,
    conflicts: conflictRows,
    scoreSheets: sheetRows,
    scores: scoreRows,
    tieDecisions: tieRows,
    awards: awardRows,
    ceremonies: ceremonyRows,
    mailTemplates: templateRows,
    auditEvents: auditRows,
    frozenResults: frozenRows,
  };
  const countryCodes = new Set<string>([
    ...editionRows.map((e) => e.presidencyCountryCode),
    ...nominationRows.map((n) => n.countryCode),
    ...membershipRows.flatMap((m) => (m.countryCode ? [m.countryCode] : [])),
  ]);
  const userIds = collectUserIds(rows as unknown as Parameters<typeof collectUserIds>[0]);
  const [countryRows, userRows] = await Promise.all([
    countryCodes.size === 0 ? [] : db.select().from(countries).where(inArray(countries.code, [...countryCodes])).orderBy(asc(countries.code)),
    userIds.length === 0
      ? []
      : db.select({ id: users.id, name: users.name, email: users.email }).from(users).where(inArray(users.id, userIds)).orderBy(asc(users.id)),
  ]);
  return { format: ARCHIVE_FORMAT, countries: countryRows, users: userRows, ...rows } as unknown as EditionDocument;
}
