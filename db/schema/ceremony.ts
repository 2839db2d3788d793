import { sql } from "drizzle-orm";
import { check, integer, jsonb, pgEnum, pgTable, text, timestamp, unique } from "drizzle-orm/pg-core";
import { TIE_DECIDER_ROLES } from "../../lib/domain/ranking-ties";
import { editions } from "./editions";
import { users } from "./users";

/** Who recorded a tie decision: the edition's jury chair, or the secretariat in the chair's stead. */
export const tieDeciderRoles = pgEnum("tie_decider_role", TIE_DECIDER_ROLES);

/** A tie the declared chain could not break, decided by the jury chair (or the secretariat) with a recorded reason. */
export const tieDecisions = pgTable(
  "tie_decisions",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    editionId: integer("edition_id")
      .notNull()
      .references(() => editions.id, { onDelete: "cascade" }),
    // The tied dossiers in the order the chair decided, best first.
    orderedNominationIds: jsonb("ordered_nomination_ids").$type<string[]>().notNull(),
    reason: text("reason").notNull(),
    decidedBy: integer("decided_by").references(() => users.id, { onDelete: "set null" }),
    // Kept apart from decidedBy: the person may leave, or later change roles, while what they decided as stays.
    deciderRole: tieDeciderRoles("decider_role").notNull().default("chair"),
    decidedAt: timestamp("decided_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check("tie_decisions_reason_given", sql`length(trim(${t.reason})) > 0`)],
);

export const ceremonyModes = pgEnum("ceremony_mode", ["rehearsal", "live"]);

/** Where the presenter is in the show; the audience screen follows it. */
export const ceremonies = pgTable(
  "ceremonies",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    editionId: integer("edition_id")
      .notNull()
      .references(() => editions.id, { onDelete: "cascade" }),
    mode: ceremonyModes("mode").notNull(),
    step: integer("step").notNull().default(0),
    // The awarded place the step shows (null for the title and the nominees), so a change of steps never reveals another.
    stepRank: integer("step_rank"),
    nomineeOrder: jsonb("nominee_order").$type<string[]>().notNull().default([]),
    startedBy: integer("started_by").references(() => users.id, { onDelete: "set null" }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    version: integer("version").notNull().default(1),
  },
  (t) => [unique("ceremonies_edition_mode_key").on(t.editionId, t.mode), check("ceremonies_step_non_negative", sql`${t.step} >= 0`)],
);

export type TieDecision = typeof tieDecisions.$inferSelect;
export type Ceremony = typeof ceremonies.$inferSelect;
