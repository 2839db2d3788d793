import { sql } from "drizzle-orm";
import { bigint, check, index, integer, json, jsonb, pgTable, primaryKey, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { editions } from "./editions";

/**
 * The version of what an edition's ranking is computed from: triggers add one in every transaction that changes a
 * counted sheet or its scores, a conflict, a tie decision, the rubric, a ranked nomination, a juror's vote or the
 * edition's ranking settings (migration 0020). A separate row, so a juror's submission never updates the edition row
 * the kernel holds FOR SHARE.
 */
export const rankingVersions = pgTable("ranking_versions", {
  editionId: integer("edition_id")
    .primaryKey()
    .references(() => editions.id, { onDelete: "cascade" }),
  version: bigint("version", { mode: "number" }).notNull().default(0),
  /**
   * The edition's submitted sheets, kept by the same triggers: above ranking_inline_sheet_limit() a change queues the
   * ranking's computation (job ranking.compute) in its own transaction, so no page has to, and pages read the count here.
   */
  submittedSheets: integer("submitted_sheets").notNull().default(0),
});

export const RANKING_SNAPSHOT_STATUSES = ["computing", "ready", "failed"] as const;
export type RankingSnapshotStatus = (typeof RANKING_SNAPSHOT_STATUSES)[number];

/**
 * An edition's ranking computed off the request path (job ranking.compute) for one ranking version, so a large
 * edition's deliberation page reads it instead of computing it. Never used for the seal or the exports.
 */
export const rankingSnapshots = pgTable(
  "ranking_snapshots",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    editionId: integer("edition_id")
      .notNull()
      .references(() => editions.id, { onDelete: "cascade" }),
    version: bigint("version", { mode: "number" }).notNull(),
    status: text("status").$type<RankingSnapshotStatus>().notNull().default("computing"),
    /** 0–100, written by the computation as it goes. */
    progress: integer("progress").notNull().default(0),
    /**
     * The ranking view (lib/results/ranking-snapshot.ts): the ranking record without the sheets' scores. Plain json,
     * kept as the text it was written in: about 30 MB at 10,000 dossiers, which jsonb would parse at every
     * computation (0.7 s of the server's CPU) for no query that looks inside it.
     */
    record: json("record"),
    /**
     * What the deliberation page shows beside the per-dossier rows, bounded whatever the edition's size (RankingSummary
     * in lib/results/ranking-summary.ts), so the page never reads `record`.
     */
    summary: jsonb("summary"),
    error: text("error"),
    sheetCount: integer("sheet_count"),
    loadMs: integer("load_ms"),
    computeMs: integer("compute_ms"),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
    computedAt: timestamp("computed_at", { withTimezone: true }),
  },
  (t) => [
    unique("ranking_snapshots_edition_version_key").on(t.editionId, t.version),
    check("ranking_snapshots_status_known", sql`${t.status} in ('computing', 'ready', 'failed')`),
    check("ranking_snapshots_progress_range", sql`${t.progress} between 0 and 100`),
    check("ranking_snapshots_ready_has_record", sql`${t.status} <> 'ready' or ${t.record} is not null`),
    check("ranking_snapshots_ready_has_summary", sql`${t.status} <> 'ready' or ${t.summary} is not null`),
    index("ranking_snapshots_edition_ready_idx").on(t.editionId, t.status, t.version),
  ],
);

export type RankingSnapshotRow = typeof rankingSnapshots.$inferSelect;

/**
 * One dossier of a snapshot per row, in the official ranking's order (the unscored ones after the ranked), so the page
 * reads one page of 100 rows by the primary key, and a search by title or country scans only small columns. A JSON
 * slice of `record` (jsonb_path_query_array) would still make the server read and parse the whole document each time.
 */
export const rankingSnapshotPlaces = pgTable(
  "ranking_snapshot_places",
  {
    snapshotId: integer("snapshot_id")
      .notNull()
      .references(() => rankingSnapshots.id, { onDelete: "cascade" }),
    /** 1-based position in the official ranking; the unscored dossiers follow the ranked ones. */
    position: integer("position").notNull(),
    /** 1-based positions in the raw and the normalised ranking; null for an unscored dossier. */
    rawPosition: integer("raw_position"),
    normalisedPosition: integer("normalised_position"),
    nominationId: uuid("nomination_id").notNull(),
    countryCode: text("country_code").notNull(),
    countryName: text("country_name").notNull(),
    title: text("title").notNull(),
    /**
     * The dossier's row as the page shows it (RankingPlaceRow in lib/results/ranking-summary.ts); null when unscored.
     * Plain json, like the snapshot's record: read whole, never queried inside.
     */
    row: json("row"),
  },
  (t) => [
    primaryKey({ name: "ranking_snapshot_places_pkey", columns: [t.snapshotId, t.position] }),
    index("ranking_snapshot_places_raw_idx").on(t.snapshotId, t.rawPosition),
    index("ranking_snapshot_places_normalised_idx").on(t.snapshotId, t.normalisedPosition),
    index("ranking_snapshot_places_nomination_idx").on(t.snapshotId, t.nominationId),
  ],
);
