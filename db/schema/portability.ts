import { integer, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { editions } from "./editions";

/** For each kind of serial id, new id → the id the source database gave it (as text keys, JSON objects' only kind). */
export type ImportedIdMap = Record<"users" | "criteria" | "tieDecisions" | "scoreSheets" | "assignments" | "conflicts" | "prizes" | "awards" | "ceremonies" | "edition", Record<string, number>>;

/**
 * An edition that came in from an export archive (lib/portability). The sealed snapshot names the source
 * database's serial ids (jurors, criteria, tie decisions); the id map lets the seal check rebuild the snapshot in
 * those ids, so a sealed result still verifies after the move. Applies while the seal is the imported one.
 */
export const editionImports = pgTable("edition_imports", {
  editionId: integer("edition_id")
    .primaryKey()
    .references(() => editions.id, { onDelete: "cascade" }),
  importedAt: timestamp("imported_at", { withTimezone: true }).notNull().defaultNow(),
  // The archive's manifest (format, app version, created at, counts) and the SHA-256 of edition.json.
  source: jsonb("source").$type<Record<string, unknown>>().notNull(),
  // The fingerprint of the seal the archive carried, or null: the id map applies to that seal only.
  sealedFingerprint: text("sealed_fingerprint"),
  idMap: jsonb("id_map").$type<ImportedIdMap>().notNull(),
});

export type EditionImport = typeof editionImports.$inferSelect;
