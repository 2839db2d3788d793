import { fingerprint } from "../domain/fingerprint";
import { damaged as refuse, openArchive, sha256Hex } from "./archive";
import { text } from "../i18n/server-text";
import { annexFilePath, editionDocumentSchema, type EditionDocument, type Manifest } from "./format";
import { ARCHIVE_TABLE_NAMES, decodeRow } from "./tables";

export interface ValidatedArchive {
  manifest: Manifest;
  document: EditionDocument;
  /** The annexes' bytes by annex id, each checked against its stored SHA-256. */
  annexFiles: Map<string, Uint8Array>;
  /** The SHA-256 of edition.json, recorded with the import. */
  documentSha256: string;
}

/**
 * Everything an import checks before it touches the database: the archive (lib/portability/archive.ts), edition.json
 * against its zod schema and the tables' columns, the counts against the manifest, every annex against its SHA-256,
 * the seal against its fingerprint, and that every person a row names is in the archive.
 */
export function validateArchive(bytes: Uint8Array): ValidatedArchive {
  const { manifest, json, files } = openArchive(bytes);
  const parsed = editionDocumentSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw refuse(text("The archive is damaged or is not a Palmarès edition export: edition.json does not match the format ({path}: {issue}).", { path: issue?.path.join(".") || "document", issue: issue?.message ?? "invalid" }));
  }
  const document = parsed.data;
  for (const name of ARCHIVE_TABLE_NAMES) {
    if (manifest.counts[name] !== document[name].length) throw refuse(text("The archive is damaged or is not a Palmarès edition export: the manifest counts {count} {table} but edition.json holds {held}.", { count: manifest.counts[name] ?? 0, table: name, held: document[name].length }));
    for (const row of document[name]) {
      try {
        decodeRow(name, row as Record<string, unknown>);
      } catch (error) {
        throw refuse(text("The archive is damaged or is not a Palmarès edition export: edition.json: {problem}.", { problem: (error as Error).message }));
      }
    }
  }
  const edition = document.editions[0]!;
  if (manifest.edition.year !== edition.year) throw refuse(text("The archive is damaged or is not a Palmarès edition export: the manifest and edition.json name different years."));
  if (document.frozenResults.some((row) => row.editionId !== edition.id)) throw refuse(text("The archive is damaged or is not a Palmarès edition export: the sealed result belongs to another edition."));

  const annexFiles = new Map<string, Uint8Array>();
  for (const annex of document.annexes) {
    const file = files[annexFilePath(annex.id)];
    if (!file) throw refuse(text("The archive is damaged or is not a Palmarès edition export: the file of annex {id} is missing.", { id: annex.id }));
    if (sha256Hex(file) !== annex.sha256 || file.byteLength !== annex.sizeBytes) throw refuse(text("The archive is damaged or is not a Palmarès edition export: the file of annex {id} does not match its stored SHA-256.", { id: annex.id }));
    annexFiles.set(annex.id, file);
  }
  const seal = document.frozenResults[0];
  if (seal && fingerprint(seal.snapshot) !== seal.fingerprint) throw refuse(text("The archive is damaged or is not a Palmarès edition export: the sealed result no longer matches its fingerprint."));

  const userIds = new Set(document.users.map((u) => u.id));
  const named = [
    ...document.nominations.flatMap((r) => [r.createdBy, r.updatedBy]),
    ...document.annexes.map((r) => r.uploadedBy),
    ...document.memberships.map((r) => r.userId),
    ...document.assignments.flatMap((r) => [r.jurorUserId, r.createdBy]),
    ...document.conflicts.flatMap((r) => [r.jurorUserId, r.createdBy]),
    ...document.scoreSheets.map((r) => r.jurorUserId),
    ...document.tieDecisions.map((r) => r.decidedBy),
    ...document.ceremonies.map((r) => r.startedBy),
    ...document.mailTemplates.map((r) => r.updatedByUserId),
    ...document.auditEvents.map((r) => r.actorUserId),
    ...document.frozenResults.map((r) => r.frozenBy),
  ];
  const unknown = named.find((id) => id !== null && !userIds.has(id));
  if (unknown !== undefined) throw refuse(text("The archive is damaged or is not a Palmarès edition export: a row names person {id}, who is not in the archive.", { id: String(unknown) }));
  return { manifest, document, annexFiles, documentSha256: manifest.files["edition.json"]! };
}
