import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  foreignKey,
  index,
  integer,
  jsonb,
  numeric,
  pgEnum,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { editions } from "./editions";
import { nominations } from "./nominations";
import { users } from "./users";

/** One criterion of an edition's rubric, with its weight and scale (default 1–10, equal weights). */
export const criteria = pgTable(
  "criteria",
  {
    id: serial("id").primaryKey(),
    editionId: integer("edition_id")
      .notNull()
      .references(() => editions.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    title: text("title").notNull(),
    guidance: text("guidance").notNull().default(""),
    weight: numeric("weight", { precision: 6, scale: 3, mode: "number" }).notNull().default(1),
    scaleMin: integer("scale_min").notNull().default(1),
    scaleMax: integer("scale_max").notNull().default(10),
    isCommentRequired: boolean("is_comment_required").notNull().default(false),
  },
  (t) => [
    unique("criteria_edition_position_key").on(t.editionId, t.position),
    // Lets each score row carry its criterion's scale and be range-checked by the database.
    unique("criteria_id_scale_key").on(t.id, t.scaleMin, t.scaleMax),
    check("criteria_weight_positive", sql`${t.weight} > 0`),
    check("criteria_scale_order", sql`${t.scaleMin} < ${t.scaleMax}`),
  ],
);

export const conflictSources = pgEnum("conflict_source", ["own_country", "declared", "admin"]);

/** A juror who must not see or score a dossier. Own-country conflicts are also enforced by country. */
export const conflicts = pgTable(
  "conflicts",
  {
    id: serial("id").primaryKey(),
    editionId: integer("edition_id")
      .notNull()
      .references(() => editions.id, { onDelete: "cascade" }),
    jurorUserId: integer("juror_user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    // Its foreign key is the composite one below, so the conflict's edition is always its nomination's.
    nominationId: uuid("nomination_id").notNull(),
    source: conflictSources("source").notNull(),
    reason: text("reason").notNull().default(""),
    createdBy: integer("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("conflicts_juror_nomination_key").on(t.jurorUserId, t.nominationId),
    foreignKey({
      name: "conflicts_nomination_edition_fk",
      columns: [t.editionId, t.nominationId],
      foreignColumns: [nominations.editionId, nominations.id],
    }).onDelete("cascade"),
    index("conflicts_nomination_idx").on(t.nominationId),
    index("conflicts_edition_idx").on(t.editionId),
    // The secretariat's conflicts page reads an edition's conflicts newest first, a page at a time.
    index("conflicts_edition_created_idx").on(t.editionId, t.createdAt, t.id),
  ],
);

export const sheetStates = pgEnum("sheet_state", ["draft", "submitted"]);

/** One juror's scores for one dossier. Excluded sheets are kept for the record but never counted. */
export const scoreSheets = pgTable(
  "score_sheets",
  {
    id: serial("id").primaryKey(),
    editionId: integer("edition_id")
      .notNull()
      .references(() => editions.id, { onDelete: "cascade" }),
    // Its foreign key is the composite one below, so the sheet's edition is always its nomination's.
    nominationId: uuid("nomination_id").notNull(),
    jurorUserId: integer("juror_user_id")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    state: sheetStates("state").notNull().default("draft"),
    overallComment: text("overall_comment").notNull().default(""),
    /** A draft's comments on criteria it has not scored yet, by criterion id; a submitted sheet scores every one. */
    unscoredComments: jsonb("unscored_comments").$type<Record<string, string>>().notNull().default({}),
    isExcluded: boolean("is_excluded").notNull().default(false),
    exclusionReason: text("exclusion_reason"),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    version: integer("version").notNull().default(1),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("score_sheets_juror_nomination_key").on(t.jurorUserId, t.nominationId),
    foreignKey({
      name: "score_sheets_nomination_edition_fk",
      columns: [t.editionId, t.nominationId],
      foreignColumns: [nominations.editionId, nominations.id],
    }).onDelete("restrict"),
    index("score_sheets_edition_state_idx").on(t.editionId, t.state),
    // The jury progress page counts each juror's sheets by state.
    index("score_sheets_edition_juror_state_idx").on(t.editionId, t.jurorUserId, t.state),
    index("score_sheets_nomination_idx").on(t.nominationId),
    check("score_sheets_submitted_has_time", sql`${t.state} = 'draft' or ${t.submittedAt} is not null`),
    check("score_sheets_submitted_has_no_unscored_comment", sql`${t.state} = 'draft' or ${t.unscoredComments} = '{}'::jsonb`),
    check("score_sheets_excluded_has_reason", sql`not ${t.isExcluded} or ${t.exclusionReason} is not null`),
  ],
);

export const scores = pgTable(
  "scores",
  {
    sheetId: integer("sheet_id")
      .notNull()
      .references(() => scoreSheets.id, { onDelete: "cascade" }),
    criterionId: integer("criterion_id").notNull(),
    scaleMin: integer("scale_min").notNull(),
    scaleMax: integer("scale_max").notNull(),
    value: integer("value").notNull(),
    comment: text("comment").notNull().default(""),
  },
  (t) => [
    primaryKey({ columns: [t.sheetId, t.criterionId] }),
    foreignKey({
      name: "scores_criterion_scale_fk",
      columns: [t.criterionId, t.scaleMin, t.scaleMax],
      foreignColumns: [criteria.id, criteria.scaleMin, criteria.scaleMax],
    }).onDelete("restrict"),
    check("scores_value_in_scale", sql`${t.value} between ${t.scaleMin} and ${t.scaleMax}`),
  ],
);

export type Criterion = typeof criteria.$inferSelect;
export type Conflict = typeof conflicts.$inferSelect;
export type ScoreSheet = typeof scoreSheets.$inferSelect;
export type Score = typeof scores.$inferSelect;
