import { sql } from "drizzle-orm";
import { bigserial, check, foreignKey, index, integer, jsonb, pgTable, serial, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { editions } from "./editions";
import { nominations } from "./nominations";
import { users } from "./users";

/** An awarded place: the winner is rank 1, the runners-up follow. Never holds individual scores. */
export const awards = pgTable(
  "awards",
  {
    id: serial("id").primaryKey(),
    editionId: integer("edition_id")
      .notNull()
      .references(() => editions.id, { onDelete: "cascade" }),
    rank: integer("rank").notNull(),
    // Its foreign key is the composite one below, so the award's edition is always its nomination's.
    nominationId: uuid("nomination_id").notNull(),
    prize: text("prize").notNull().default(""),
    juryReason: text("jury_reason").notNull().default(""),
  },
  (t) => [
    unique("awards_edition_rank_key").on(t.editionId, t.rank),
    unique("awards_edition_nomination_key").on(t.editionId, t.nominationId),
    check("awards_rank_positive", sql`${t.rank} >= 1`),
    foreignKey({
      name: "awards_nomination_edition_fk",
      columns: [t.editionId, t.nominationId],
      foreignColumns: [nominations.editionId, nominations.id],
    }).onDelete("restrict"),
  ],
);

/** The sealed result of an edition: its canonical snapshot and SHA-256 fingerprint. */
export const frozenResults = pgTable("frozen_results", {
  editionId: integer("edition_id")
    .primaryKey()
    .references(() => editions.id, { onDelete: "cascade" }),
  snapshot: jsonb("snapshot").notNull(),
  fingerprint: text("fingerprint").notNull(),
  // The fingerprints of the public and private parts (lib/domain/sealed-parts.ts); null for a seal made before the
  // split, whose parts are computed from its snapshot when read.
  publicFingerprint: text("public_fingerprint"),
  privateFingerprint: text("private_fingerprint"),
  frozenBy: integer("frozen_by").references(() => users.id, { onDelete: "set null" }),
  frozenAt: timestamp("frozen_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Every state change, written in the same transaction as the change itself. Append-only: the database refuses
 * UPDATE, DELETE and TRUNCATE (trigger function refuse_audit_change).
 */
export const auditEvents = pgTable("audit_events", {
  id: bigserial("id", { mode: "number" }).primaryKey(),
  at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  // Refused, not set null: the trail cannot be rewritten, so a person it names is disabled, never deleted.
  actorUserId: integer("actor_user_id").references(() => users.id, { onDelete: "no action" }),
  // No foreign key on purpose: the entries outlive their edition, so deleting a draft edition keeps its history.
  editionId: integer("edition_id"),
  action: text("action").notNull(),
  entityType: text("entity_type").notNull(),
  entityId: text("entity_id").notNull(),
  data: jsonb("data").$type<Record<string, unknown>>().notNull().default({}),
}, (t) => [
  // The audit viewer reads newest first, by (at, id), with at most one filter leading: each filter has its index.
  index("audit_events_at_idx").on(t.at, t.id),
  index("audit_events_actor_idx").on(t.actorUserId, t.at, t.id),
  index("audit_events_edition_idx").on(t.editionId, t.at, t.id),
  index("audit_events_action_idx").on(t.action, t.at, t.id),
  index("audit_events_entity_idx").on(t.entityType, t.entityId, t.at, t.id),
]);

export type Award = typeof awards.$inferSelect;
export type FrozenResult = typeof frozenResults.$inferSelect;
export type AuditEvent = typeof auditEvents.$inferSelect;
