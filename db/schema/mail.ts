import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, serial, text, timestamp, unique } from "drizzle-orm/pg-core";
import { editions } from "./editions";
import { users } from "./users";

/** Every message the system sends; kept for the admin to read when no SMTP server is configured. */
export const mailOutbox = pgTable(
  "mail_outbox",
  {
    id: serial("id").primaryKey(),
    editionId: integer("edition_id").references(() => editions.id, { onDelete: "set null" }),
    kind: text("kind").notNull(),
    toAddress: text("to_address").notNull(),
    subject: text("subject").notNull(),
    body: text("body").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    // When a failed message is tried again (backoff per attempt); null means as soon as a deliverer runs.
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }),
  },
  (t) => [
    index("mail_outbox_unsent_idx").on(t.sentAt, t.createdAt),
    index("mail_outbox_due_idx").on(t.sentAt, t.nextAttemptAt),
    // The outbox page lists every message newest first, a page at a time.
    index("mail_outbox_created_idx").on(t.createdAt, t.id),
  ],
);

export type OutboxMessage = typeof mailOutbox.$inferSelect;

/**
 * An edition's own text for one kind of message in one language (lib/mail/templates.ts declares the kinds, their
 * defaults and placeholders); a language without a row uses that language's built-in default.
 */
export const mailTemplates = pgTable(
  "mail_templates",
  {
    id: serial("id").primaryKey(),
    editionId: integer("edition_id")
      .notNull()
      .references(() => editions.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    // The recipients' language this text is sent in (users.locale, English when they chose none).
    locale: text("locale").notNull().default("en"),
    subject: text("subject").notNull(),
    body: text("body").notNull(),
    version: integer("version").notNull().default(1),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    updatedByUserId: integer("updated_by_user_id").references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [
    unique("mail_templates_edition_kind_locale_key").on(t.editionId, t.kind, t.locale),
    check("mail_templates_locale_known", sql`${t.locale} in ('en', 'fr')`),
  ],
);

/**
 * One scheduled reminder sent to one person: the unique key is what makes each reminder fire once, however
 * many runners race for it (the row is inserted with `on conflict do nothing` in the outbox row's transaction).
 */
export const reminderSends = pgTable(
  "reminder_sends",
  {
    id: serial("id").primaryKey(),
    editionId: integer("edition_id")
      .notNull()
      .references(() => editions.id, { onDelete: "cascade" }),
    // Which reminder, e.g. "nominations.3d", "scoring.opened", "results.published".
    milestone: text("milestone").notNull(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    outboxId: integer("outbox_id").references(() => mailOutbox.id, { onDelete: "set null" }),
    sentAt: timestamp("sent_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique("reminder_sends_once_key").on(t.editionId, t.milestone, t.userId)],
);

export type MailTemplate = typeof mailTemplates.$inferSelect;
export type ReminderSend = typeof reminderSends.$inferSelect;
