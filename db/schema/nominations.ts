import { sql } from "drizzle-orm";
import {
  boolean,
  char,
  check,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { countries } from "./countries";
import { editions } from "./editions";
import { users } from "./users";

export const nominationKinds = pgEnum("nomination_kind", ["competing", "additional"]);
export const nominationStates = pgEnum("nomination_state", [
  "draft",
  "submitted",
  "accepted",
  "rejected",
  "awarded",
  "participant",
]);
export const eligibilityReasons = pgEnum("eligibility_reason", [
  "off_theme",
  "not_evaluated",
  "incomplete",
  "not_in_english",
  "duplicate",
  "other",
]);

/** A project dossier sent by a country for an edition. Only competing ones are scored and ranked. */
export const nominations = pgTable(
  "nominations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    editionId: integer("edition_id")
      .notNull()
      .references(() => editions.id, { onDelete: "restrict" }),
    countryCode: char("country_code", { length: 2 })
      .notNull()
      .references(() => countries.code, { onDelete: "restrict" }),
    kind: nominationKinds("kind").notNull().default("competing"),
    state: nominationStates("state").notNull().default("draft"),
    title: text("title").notNull(),
    organisation: text("organisation").notNull().default(""),
    contactName: text("contact_name").notNull().default(""),
    contactEmail: text("contact_email").notNull().default(""),
    contactPhone: text("contact_phone").notNull().default(""),
    startDate: date("start_date"),
    isOngoing: boolean("is_ongoing").notNull().default(true),
    endDate: date("end_date"),
    links: jsonb("links").$type<string[]>().notNull().default([]),
    description: text("description").notNull().default(""),
    answerPrevention: text("answer_prevention").notNull().default(""),
    answerEvaluation: text("answer_evaluation").notNull().default(""),
    answerInnovation: text("answer_innovation").notNull().default(""),
    answerPartners: text("answer_partners").notNull().default(""),
    answerReplication: text("answer_replication").notNull().default(""),
    eligibilityReason: eligibilityReasons("eligibility_reason"),
    eligibilityNote: text("eligibility_note"),
    reference: text("reference"),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    version: integer("version").notNull().default(1),
    createdBy: integer("created_by").references(() => users.id, { onDelete: "set null" }),
    updatedBy: integer("updated_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // The award's central rule: one competing nomination per country per edition.
    uniqueIndex("nominations_one_competing_idx").on(t.editionId, t.countryCode).where(sql`${t.kind} = 'competing'`),
    uniqueIndex("nominations_reference_idx").on(t.reference),
    // The target of the composite foreign keys that keep a sheet's, assignment's, conflict's or award's edition its nomination's.
    unique("nominations_edition_id_key").on(t.editionId, t.id),
    index("nominations_edition_idx").on(t.editionId, t.state),
    // The secretariat's list pages through an edition sorted by last save, submission or title.
    index("nominations_edition_updated_idx").on(t.editionId, t.updatedAt, t.id),
    index("nominations_edition_submitted_idx").on(t.editionId, t.submittedAt, t.id),
    index("nominations_edition_title_idx").on(t.editionId, sql`lower(${t.title})`),
    // A coordinator's page lists their countries' dossiers across editions.
    index("nominations_country_idx").on(t.countryCode, t.editionId),
    // The public catalogue's word search (lib/practices/search.ts builds the same expression, so it uses this index).
    index("nominations_search_idx").using("gin", sql`to_tsvector('english', ${t.title} || ' ' || ${t.organisation} || ' ' || ${t.description})`),
    check("nominations_end_after_start", sql`${t.endDate} is null or ${t.startDate} is null or ${t.endDate} >= ${t.startDate}`),
    check("nominations_submitted_has_time", sql`${t.state} = 'draft' or ${t.submittedAt} is not null`),
    check("nominations_rejected_has_reason", sql`${t.state} <> 'rejected' or ${t.eligibilityReason} is not null`),
    check("nominations_version_positive", sql`${t.version} >= 1`),
  ],
);

export type Nomination = typeof nominations.$inferSelect;
export type NominationKind = (typeof nominationKinds.enumValues)[number];
export type NominationState = (typeof nominationStates.enumValues)[number];
export type EligibilityReason = (typeof eligibilityReasons.enumValues)[number];
