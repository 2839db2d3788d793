import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import type { Database } from "@/db/client";
import * as schema from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session-user";
import { listAuditEvents } from "@/lib/audit/queries";
import { getAssignmentMatrix } from "@/lib/jury/assignment-matrix";
import { countEditionConflicts, listConflictChoices, listEditionConflicts } from "@/lib/jury/conflict-queries";
import { countJurorDossiers, listJurorDossierPage } from "@/lib/jury/juror-dossier-page";
import { getJurySummary, listJuryMembers } from "@/lib/jury/member-queries";
import { getJuryProgress } from "@/lib/jury/progress";
import { listOutboxMessages } from "@/lib/mail/outbox-queries";
import { countNominationsByState, listAdminNominationsPage, listMemberStatesProgress } from "@/lib/nominations/admin-queries";
import { listCoordinatorNominations } from "@/lib/nominations/queries";
import { listPeople } from "@/lib/people/directory-queries";
import { getDeliberationPage } from "@/lib/results/deliberation-page";
import { parseAuditFilter } from "@/lib/validation/audit-filter";
import type { TestDatabase } from "./db";

export interface LoggedQuery {
  sql: string;
  params: unknown[];
}

/** A drizzle over the test database's own client that logs every statement it sends, with its parameters. */
export function loggingDb(t: TestDatabase) {
  const log: LoggedQuery[] = [];
  const logger = { logQuery: (query: string, params: unknown[]) => void log.push({ sql: query, params }) };
  const client = (t.db as unknown as { $client: never }).$client;
  const db = (t.engine === "pglite" ? drizzlePglite(client, { schema, logger }) : drizzlePostgres(client, { schema, logger })) as unknown as Database;
  return { db, log };
}

/** Who and what a list page is loaded for. */
export interface ListPageSubject {
  edition: { id: number; year: number; phase: (typeof schema.editions.$inferSelect)["phase"] };
  admin: SessionUser;
  juror: SessionUser;
  coordinator: SessionUser;
}

/** Every list page of the admin, coordinator and jury areas, as its page loads its data (page 1 unless said). */
export const LIST_PAGES = {
  progress: (db: Database, s: ListPageSubject) => getJuryProgress({ db, editionId: s.edition.id, dossierPage: 2, jurorPage: 1 }),
  nominations: (db: Database, s: ListPageSubject) =>
    Promise.all([
      listAdminNominationsPage({ db, viewer: s.admin, edition: s.edition, query: { sort: "saved" } }),
      countNominationsByState({ db, viewer: s.admin, edition: s.edition }),
      listMemberStatesProgress({ db, viewer: s.admin, edition: s.edition }),
    ]),
  matrix: (db: Database, s: ListPageSubject) => getAssignmentMatrix({ db, editionId: s.edition.id, query: { page: 1, jurorPage: 1 } }),
  matrixFiltered: (db: Database, s: ListPageSubject) =>
    getAssignmentMatrix({ db, editionId: s.edition.id, query: { page: 1, jurorPage: 1, search: "Dossier", isUnassignedOnly: false } }),
  jury: (db: Database, s: ListPageSubject) =>
    Promise.all([listJuryMembers({ db, viewer: s.admin, editionId: s.edition.id }), getJurySummary({ db, viewer: s.admin, editionId: s.edition.id })]),
  conflicts: (db: Database, s: ListPageSubject) =>
    Promise.all([
      listEditionConflicts({ db, editionId: s.edition.id }),
      countEditionConflicts({ db, editionId: s.edition.id }),
      listConflictChoices({ db, editionId: s.edition.id }),
    ]),
  conflictChoicesSearched: (db: Database, s: ListPageSubject) => listConflictChoices({ db, editionId: s.edition.id, jurorSearch: "test", dossierSearch: "Land" }),
  jurorDossiers: (db: Database, s: ListPageSubject) =>
    Promise.all([listJurorDossierPage({ db, user: s.juror, editionId: s.edition.id, page: 1 }), countJurorDossiers({ db, user: s.juror })]),
  // The deliberation as it reads a large edition: the snapshot's summary and one page of its places, never the record.
  ranking: (db: Database, s: ListPageSubject) => getDeliberationPage({ db, viewer: s.admin, editionId: s.edition.id, query: { page: 2 }, inlineSheetLimit: 0 }),
  outbox: (db: Database, s: ListPageSubject) => listOutboxMessages({ db, viewer: s.admin, page: 1 }),
  audit: (db: Database, s: ListPageSubject) => listAuditEvents({ db, viewer: s.admin, filter: parseAuditFilter({ year: String(s.edition.year) }) }),
  auditUnfiltered: (db: Database, s: ListPageSubject) => listAuditEvents({ db, viewer: s.admin, filter: parseAuditFilter({}) }),
  people: (db: Database, s: ListPageSubject) => listPeople({ db, viewer: s.admin, filters: { q: "", page: 1 } }),
  // Bounded by the domain: one competing dossier per country and edition, plus that country's few good-practice ones.
  coordinator: (db: Database, s: ListPageSubject) => listCoordinatorNominations({ db, user: s.coordinator }),
} as const;

export type ListPageName = keyof typeof LIST_PAGES;
