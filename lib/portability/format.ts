import { z } from "zod";
import { ARCHIVE_TABLE_NAMES, type ArchiveTableName } from "./tables";

/** Names the archive's layout; an import refuses any other (2 added the edition's message templates). */
export const ARCHIVE_FORMAT = "palmares.edition-archive/2";
export const MANIFEST_PATH = "manifest.json";
export const EDITION_JSON_PATH = "edition.json";
/** The largest archive the upload form takes (the command line has no limit): annexes are up to 10 MB each. */
export const MAX_ARCHIVE_BYTES = 200 * 1024 * 1024;
export const ARCHIVE_UPLOAD_MESSAGES = {
  tooLarge: "The archive is larger than 200 MB: import it with npm run db:import on the server instead.",
  missing: "Choose the edition's zip archive to import.",
};
/** Where an annex's bytes sit in the archive. */
export const annexFilePath = (annexId: string) => `annexes/${annexId}.pdf`;

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, "must be a SHA-256 in lowercase hex");
const id = z.number().int().positive();
const uuid = z.uuid();
const userRef = id.nullable();
const row = <T extends z.ZodRawShape>(shape: T) => z.looseObject(shape);

export const manifestSchema = z.strictObject({
  format: z.literal(ARCHIVE_FORMAT),
  appVersion: z.string().min(1),
  createdAt: z.iso.datetime({ offset: true }),
  edition: z.strictObject({ year: z.number().int(), theme: z.string() }),
  counts: z.record(z.enum(ARCHIVE_TABLE_NAMES as [ArchiveTableName, ...ArchiveTableName[]]), z.number().int().nonnegative()),
  files: z.record(z.string().min(1), sha256),
});
export type Manifest = z.infer<typeof manifestSchema>;

/**
 * edition.json: one array per table (the edition itself is a one-row array), rows as the database holds them
 * with their source ids, so every relation can be rebuilt. The keys that carry relations are checked here; every
 * other column is checked against the schema (lib/portability/tables.ts) and by the database's own constraints.
 */
export const editionDocumentSchema = z.strictObject({
  format: z.literal(ARCHIVE_FORMAT),
  countries: z.array(row({ code: z.string().length(2), name: z.string() })),
  users: z.array(z.strictObject({ id, name: z.string(), email: z.string().min(3) })),
  editions: z.array(row({ id, year: z.number().int(), presidencyCountryCode: z.string().length(2) })).length(1),
  prizes: z.array(row({ id, editionId: id })),
  criteria: z.array(row({ id, editionId: id, position: z.number().int() })),
  nominations: z.array(row({ id: uuid, editionId: id, countryCode: z.string().length(2), createdBy: userRef, updatedBy: userRef })),
  annexes: z.array(row({ id: uuid, nominationId: uuid, storageKey: z.string(), sha256, sizeBytes: z.number().int().positive(), uploadedBy: userRef })),
  memberships: z.array(row({ id, userId: id, editionId: id })),
  assignments: z.array(row({ id, editionId: id, jurorUserId: id, nominationId: uuid, createdBy: userRef })),
  conflicts: z.array(row({ id, editionId: id, jurorUserId: id, nominationId: uuid, createdBy: userRef })),
  scoreSheets: z.array(row({ id, editionId: id, jurorUserId: id, nominationId: uuid, unscoredComments: z.record(z.string(), z.string()) })),
  scores: z.array(row({ sheetId: id, criterionId: id })),
  tieDecisions: z.array(row({ id, editionId: id, orderedNominationIds: z.array(uuid), decidedBy: userRef })),
  awards: z.array(row({ id, editionId: id, nominationId: uuid })),
  ceremonies: z.array(row({ id, editionId: id, startedBy: userRef })),
  mailTemplates: z.array(row({ id, editionId: id, kind: z.string(), updatedByUserId: userRef })),
  auditEvents: z.array(row({ id, editionId: id, actorUserId: userRef, action: z.string(), entityType: z.string(), entityId: z.string() })),
  frozenResults: z.array(row({ editionId: id, snapshot: z.unknown(), fingerprint: z.string(), frozenBy: userRef })).max(1),
});
export type EditionDocument = z.infer<typeof editionDocumentSchema>;
