import { sql } from "drizzle-orm";
import { boolean, char, check, date, integer, jsonb, pgEnum, pgTable, serial, text, timestamp, unique } from "drizzle-orm/pg-core";
import { MAX_YEAR, MIN_YEAR, PHASES } from "../../lib/domain/phases";
import { countries } from "./countries";

export const editionPhases = pgEnum("edition_phase", PHASES);

export const assignmentModes = pgEnum("assignment_mode", ["all", "per_dossier"]);
/** What jurors may see of the others' scores once the jury is closed (never before). */
export const scoreVisibilities = pgEnum("score_visibility", ["own_only", "anonymous", "named"]);

export const editions = pgTable(
  "editions",
  {
    id: serial("id").primaryKey(),
    year: integer("year").notNull().unique(),
    theme: text("theme").notNull(),
    // A paragraph on the theme for the call and the public pages; the theme stays the one-line title.
    description: text("description").notNull().default(""),
    // The IANA zone every date of the edition is shown in, labelled (e.g. Europe/Brussels).
    timeZone: text("time_zone").notNull().default("Europe/Brussels"),
    presidencyCountryCode: char("presidency_country_code", { length: 2 })
      .notNull()
      .references(() => countries.code, { onDelete: "restrict" }),
    phase: editionPhases("phase").notNull().default("draft"),
    submissionDeadline: timestamp("submission_deadline", { withTimezone: true }).notNull(),
    gracePeriodMinutes: integer("grace_period_minutes").notNull().default(0),
    // The national call each member state runs before proposing its project (guidance dates, shown on the timeline).
    nationalCallOpensOn: date("national_call_opens_on"),
    nationalCallClosesOn: date("national_call_closes_on"),
    // By when the secretariat decides every dossier's eligibility.
    eligibilityDeadline: timestamp("eligibility_deadline", { withTimezone: true }),
    juryDeadline: timestamp("jury_deadline", { withTimezone: true }).notNull(),
    juryMeetingOn: date("jury_meeting_on"),
    ceremonyStartsOn: date("ceremony_starts_on").notNull(),
    ceremonyEndsOn: date("ceremony_ends_on"),
    ceremonyPlace: text("ceremony_place").notNull().default(""),
    awardedPlaces: integer("awarded_places").notNull().default(3),
    maxVotingJurors: integer("max_voting_jurors").notNull().default(8),
    descriptionWordLimit: integer("description_word_limit").notNull().default(600),
    answerWordLimit: integer("answer_word_limit").notNull().default(500),
    assignmentMode: assignmentModes("assignment_mode").notNull().default("all"),
    jurorsPerDossier: integer("jurors_per_dossier"),
    scoreVisibility: scoreVisibilities("score_visibility").notNull().default("own_only"),
    juryClosedAt: timestamp("jury_closed_at", { withTimezone: true }),
    juryCloseReason: text("jury_close_reason"),
    isNormalised: boolean("is_normalised").notNull().default(false),
    // The declared order of tie-breaks, e.g. ["median", "criterion:1", "top_marks"]; the chair decides what remains.
    tieBreakChain: jsonb("tie_break_chain").$type<string[]>().notNull().default(["median", "criterion:1", "top_marks"]),
    juryStatement: text("jury_statement").notNull().default(""),
    embargoAt: timestamp("embargo_at", { withTimezone: true }),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    // Coordinators' contact details are erased this many months after publication (lib/people retention job).
    contactRetentionMonths: integer("contact_retention_months").notNull().default(24),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("editions_year_range", sql`${t.year} between ${sql.raw(String(MIN_YEAR))} and ${sql.raw(String(MAX_YEAR))}`),
    check("editions_awarded_places_range", sql`${t.awardedPlaces} between 1 and 10`),
    check("editions_grace_non_negative", sql`${t.gracePeriodMinutes} >= 0`),
    check("editions_jury_after_submission", sql`${t.juryDeadline} > ${t.submissionDeadline}`),
    check("editions_jurors_per_dossier_positive", sql`${t.jurorsPerDossier} is null or ${t.jurorsPerDossier} >= 1`),
    check("editions_max_voting_positive", sql`${t.maxVotingJurors} >= 1`),
    check("editions_contact_retention_range", sql`${t.contactRetentionMonths} between 1 and 120`),
    check("editions_national_call_order", sql`${t.nationalCallClosesOn} is null or ${t.nationalCallOpensOn} is null or ${t.nationalCallClosesOn} >= ${t.nationalCallOpensOn}`),
    check("editions_published_has_time", sql`${t.phase} <> 'published' or ${t.publishedAt} is not null`),
  ],
);

/** The prize for one awarded place of an edition (EUR 10,000, a certificate and a trophy for the winner…). */
export const prizes = pgTable(
  "prizes",
  {
    id: serial("id").primaryKey(),
    editionId: integer("edition_id")
      .notNull()
      .references(() => editions.id, { onDelete: "cascade" }),
    rank: integer("rank").notNull(),
    description: text("description").notNull(),
  },
  (t) => [unique("prizes_edition_rank_key").on(t.editionId, t.rank), check("prizes_rank_positive", sql`${t.rank} >= 1`)],
);

export type Edition = typeof editions.$inferSelect;
export type EditionPhase = (typeof editionPhases.enumValues)[number];
export type AssignmentMode = (typeof assignmentModes.enumValues)[number];
export type ScoreVisibility = (typeof scoreVisibilities.enumValues)[number];
export type Prize = typeof prizes.$inferSelect;
