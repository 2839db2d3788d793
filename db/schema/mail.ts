import { index, integer, pgTable, serial, text, timestamp } from "drizzle-orm/pg-core";
import { editions } from "./editions";

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
  },
  (t) => [index("mail_outbox_unsent_idx").on(t.sentAt, t.createdAt)],
);

export type OutboxMessage = typeof mailOutbox.$inferSelect;
