import { integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { editions } from "./editions";
import { users } from "./users";

/**
 * The people whose personal data was erased (lib/people/erase.ts). The user row stays, anonymised, because scores,
 * sheets and the audit trail name it by id. `emailDigest` is a keyed hash of the erased email (never the email), so
 * audit entries written before the erasure that still hold it can be masked when read.
 */
export const personErasures = pgTable("person_erasures", {
  userId: integer("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "restrict" }),
  emailDigest: text("email_digest").notNull(),
  // "request" (the secretariat, on the person's request) or "retention" (the job runner).
  cause: text("cause").notNull(),
  erasedAt: timestamp("erased_at", { withTimezone: true }).notNull().defaultNow(),
});

/** Marks an edition whose contact details the retention job has removed, so it runs once per edition. */
export const editionRetentionRuns = pgTable("edition_retention_runs", {
  editionId: integer("edition_id")
    .primaryKey()
    .references(() => editions.id, { onDelete: "cascade" }),
  ranAt: timestamp("ran_at", { withTimezone: true }).notNull().defaultNow(),
  clearedNominationCount: integer("cleared_nomination_count").notNull().default(0),
  erasedPersonCount: integer("erased_person_count").notNull().default(0),
});

export type PersonErasure = typeof personErasures.$inferSelect;
