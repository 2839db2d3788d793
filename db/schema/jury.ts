import { foreignKey, index, integer, pgEnum, pgTable, serial, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { editions } from "./editions";
import { nominations } from "./nominations";
import { users } from "./users";

export const assignmentSources = pgEnum("assignment_source", ["auto", "manual"]);

/** A dossier given to a juror to score. Removing one never deletes a submitted sheet: the sheet is excluded instead. */
export const assignments = pgTable(
  "assignments",
  {
    id: serial("id").primaryKey(),
    editionId: integer("edition_id")
      .notNull()
      .references(() => editions.id, { onDelete: "cascade" }),
    jurorUserId: integer("juror_user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    // Its foreign key is the composite one below, so the assignment's edition is always its nomination's.
    nominationId: uuid("nomination_id").notNull(),
    source: assignmentSources("source").notNull().default("auto"),
    createdBy: integer("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("assignments_juror_nomination_key").on(t.jurorUserId, t.nominationId),
    index("assignments_edition_idx").on(t.editionId),
    // The jury progress page groups an edition's assignments per juror and per dossier.
    index("assignments_edition_juror_idx").on(t.editionId, t.jurorUserId),
    index("assignments_edition_nomination_idx").on(t.editionId, t.nominationId),
    index("assignments_nomination_idx").on(t.nominationId),
    foreignKey({
      name: "assignments_nomination_edition_fk",
      columns: [t.editionId, t.nominationId],
      foreignColumns: [nominations.editionId, nominations.id],
    }).onDelete("cascade"),
  ],
);

export const tokenPurposes = pgEnum("token_purpose", ["invitation", "password_reset"]);

/** A one-time link to set a password; only the SHA-256 of the token is stored. */
export const accountTokens = pgTable("account_tokens", {
  id: serial("id").primaryKey(),
  userId: integer("user_id")
    .notNull()
    .references(() => users.id, { onDelete: "cascade" }),
  purpose: tokenPurposes("purpose").notNull(),
  tokenHash: text("token_hash").notNull().unique(),
  expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  usedAt: timestamp("used_at", { withTimezone: true }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export type Assignment = typeof assignments.$inferSelect;
export type AccountToken = typeof accountTokens.$inferSelect;
