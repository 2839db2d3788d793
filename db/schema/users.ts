import { sql } from "drizzle-orm";
import { boolean, char, check, index, integer, pgEnum, pgTable, serial, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { countries } from "./countries";
import { editions } from "./editions";

export const users = pgTable(
  "users",
  {
    id: serial("id").primaryKey(),
    email: text("email").notNull(),
    name: text("name").notNull(),
    // scrypt hash in the form scrypt$N$r$p$salt$hash; null for invited people who cannot sign in yet.
    passwordHash: text("password_hash"),
    isActive: boolean("is_active").notNull().default(true),
    // Carried in the session token; raising it ends every session of the person on their next request.
    sessionVersion: integer("session_version").notNull().default(0),
    // The interface language the person chose with the header's switch; null until they choose (lib/i18n).
    locale: text("locale"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("users_email_lower_idx").on(sql`lower(${t.email})`),
    check("users_locale_known", sql`${t.locale} is null or ${t.locale} in ('en', 'fr')`),
  ],
);

export const roleKinds = pgEnum("role_kind", ["admin", "coordinator", "juror"]);

/**
 * What a person may do, and where. An admin row with no edition is the permanent secretariat; a coordinator
 * row with no edition holds for every edition; a juror row always names its edition and the juror's country.
 */
export const memberships = pgTable(
  "memberships",
  {
    id: serial("id").primaryKey(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: roleKinds("role").notNull(),
    editionId: integer("edition_id").references(() => editions.id, { onDelete: "cascade" }),
    countryCode: char("country_code", { length: 2 }).references(() => countries.code, { onDelete: "restrict" }),
    isChair: boolean("is_chair").notNull().default(false),
    isVoting: boolean("is_voting").notNull().default(true),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("memberships_user_idx").on(t.userId),
    check("memberships_country_required", sql`${t.role} = 'admin' or ${t.countryCode} is not null`),
    check("memberships_juror_edition_required", sql`${t.role} <> 'juror' or ${t.editionId} is not null`),
    check("memberships_chair_is_juror", sql`not ${t.isChair} or ${t.role} = 'juror'`),
    uniqueIndex("memberships_juror_once_idx").on(t.userId, t.editionId).where(sql`${t.role} = 'juror'`),
    uniqueIndex("memberships_one_chair_idx").on(t.editionId).where(sql`${t.isChair}`),
  ],
);

export type User = typeof users.$inferSelect;
export type Membership = typeof memberships.$inferSelect;
export type RoleKind = (typeof roleKinds.enumValues)[number];
