import { AppError } from "../errors";
import { fingerprint } from "../domain/fingerprint";
import { DAMAGED_ARCHIVE, openArchive, sha256Hex } from "./archive";
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

function refuse(detail: string): AppError {
  return new AppError("INVALID", `${DAMAGED_ARCHIVE}: ${detail}`);
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
    throw refuse(`edition.json does not match the format (${issue?.path.join(".") || "document"}: ${issue?.message ?? "invalid"}).`);
  }
  const document = parsed.data;
  for (const name of ARCHIVE_TABLE_NAMES) {
    if (manifest.counts[name] !== document[name].length) throw refuse(`the manifest counts ${manifest.counts[name] ?? 0} ${name} but edition.json holds ${document[name].length}.`);
    for (const row of document[name]) {
      try {
        decodeRow(name, row as Record<string, unknown>);
      } catch (error) {
        throw refuse(`edition.json: ${(error as Error).message}.`);
      }
    }
  }
  const edition = document.editions[0]!;
  if (manifest.edition.year !== edition.year) throw refuse("the manifest and edition.json name different years.");
  if (document.frozenResults.some((row) => row.editionId !== edition.id)) throw refuse("the sealed result belongs to another edition.");

  const annexFiles = new Map<string, Uint8Array>();
  for (const annex of document.annexes) {
    const file = files[annexFilePath(annex.id)];
    if (!file) throw refuse(`the file of annex ${annex.id} is missing.`);
    if (sha256Hex(file) !== annex.sha256 || file.byteLength !== annex.sizeBytes) throw refuse(`the file of annex ${annex.id} does not match its stored SHA-256.`);
    annexFiles.set(annex.id, file);
  }
  const seal = document.frozenResults[0];
  if (seal && fingerprint(seal.snapshot) !== seal.fingerprint) throw refuse("the sealed result no longer matches its fingerprint.");

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
  if (unknown !== undefined) throw refuse(`a row names person ${unknown}, who is not in the archive.`);
  return { manifest, document, annexFiles, documentSha256: manifest.files["edition.json"]! };
}
