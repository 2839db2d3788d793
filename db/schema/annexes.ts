import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { nominations } from "./nominations";
import { users } from "./users";

/** A PDF attached to a dossier for the record. The file lives in storage under a server-generated key. */
export const annexes = pgTable(
  "annexes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    nominationId: uuid("nomination_id")
      .notNull()
      .references(() => nominations.id, { onDelete: "cascade" }),
    storageKey: text("storage_key").notNull().unique(),
    fileName: text("file_name").notNull(),
    contentType: text("content_type").notNull().default("application/pdf"),
    sizeBytes: integer("size_bytes").notNull(),
    sha256: text("sha256").notNull(),
    uploadedBy: integer("uploaded_by").references(() => users.id, { onDelete: "set null" }),
    uploadedAt: timestamp("uploaded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("annexes_nomination_idx").on(t.nominationId), check("annexes_size_positive", sql`${t.sizeBytes} > 0`)],
);

export type Annex = typeof annexes.$inferSelect;
