import { createHash } from "node:crypto";
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";
import { toCsv, type CsvValue } from "../export/csv";
import { AppError } from "../errors";
import { text, type ServerText } from "../i18n/server-text";
import { ARCHIVE_FORMAT, EDITION_JSON_PATH, MANIFEST_PATH, manifestSchema, type EditionDocument, type Manifest } from "./format";
import { ARCHIVE_TABLE_NAMES, getColumnNames, getCsvPath } from "./tables";

export const sha256Hex = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

function toCell(value: unknown): CsvValue {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "object") return JSON.stringify(value);
  return value as CsvValue;
}

/** One table as CSV, a header row of its column names, then its rows (JSON columns as JSON text). */
function tableCsv(name: (typeof ARCHIVE_TABLE_NAMES)[number], rows: readonly Record<string, unknown>[]): string {
  const columns = getColumnNames(name);
  return toCsv([columns, ...rows.map((row) => columns.map((column) => toCell(row[column])))]);
}

/**
 * The archive: edition.json (every row), csv/<table>.csv (the same rows for a spreadsheet), annexes/<id>.pdf (the
 * files), and manifest.json with the format, app version, time, counts per table and a SHA-256 per file.
 */
export function buildArchive({ document, files, appVersion, now }: { document: EditionDocument; files: Record<string, Uint8Array>; appVersion: string; now: Date }) {
  const contents: Record<string, Uint8Array> = { [EDITION_JSON_PATH]: strToU8(JSON.stringify(document, null, 2)) };
  for (const name of ARCHIVE_TABLE_NAMES) contents[getCsvPath(name)] = strToU8(tableCsv(name, document[name] as Record<string, unknown>[]));
  Object.assign(contents, files);
  const edition = document.editions[0]!;
  const manifest: Manifest = {
    format: ARCHIVE_FORMAT,
    appVersion,
    createdAt: now.toISOString(),
    edition: { year: edition.year, theme: String(edition.theme) },
    counts: Object.fromEntries(ARCHIVE_TABLE_NAMES.map((name) => [name, document[name].length])) as Manifest["counts"],
    files: Object.fromEntries(Object.entries(contents).map(([path, bytes]) => [path, sha256Hex(bytes)])),
  };
  const zippable: Zippable = { [MANIFEST_PATH]: strToU8(JSON.stringify(manifest, null, 2)) };
  // PDFs are compressed already: stored as they are, the rest deflated.
  for (const [path, bytes] of Object.entries(contents)) zippable[path] = path.endsWith(".pdf") ? [bytes, { level: 0 }] : bytes;
  return { bytes: sealArchive(zipSync(zippable, { mtime: now })), manifest };
}

// The archive's own checksum, in the zip comment (a standard field every zip tool keeps or shows): the SHA-256 of
// every byte before it, so one byte changed anywhere, even in a header no file's hash covers, is refused.
const CHECKSUM_PREFIX = "palmares-archive-sha256:";
const COMMENT_LENGTH = CHECKSUM_PREFIX.length + 64;
const END_OF_DIRECTORY = 0x06054b50;

function sealArchive(zip: Uint8Array): Uint8Array {
  const end = zip.length - 22;
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  if (view.getUint32(end, true) !== END_OF_DIRECTORY) throw new Error("The zip writer left a comment: cannot seal the archive.");
  view.setUint16(end + 20, COMMENT_LENGTH, true);
  const sealed = new Uint8Array(zip.length + COMMENT_LENGTH);
  sealed.set(zip);
  sealed.set(strToU8(CHECKSUM_PREFIX + sha256Hex(zip)), zip.length);
  return sealed;
}

function checkArchiveChecksum(bytes: Uint8Array): void {
  const body = bytes.length - COMMENT_LENGTH;
  const end = body - 22;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const comment = end >= 0 ? strFromU8(bytes.subarray(body)) : "";
  if (end < 0 || view.getUint32(end, true) !== END_OF_DIRECTORY || view.getUint16(end + 20, true) !== COMMENT_LENGTH || !comment.startsWith(CHECKSUM_PREFIX)) {
    throw damaged(text("The archive is damaged or is not a Palmarès edition export: its checksum is missing (the archive was not written by Palmarès, or was packed again)."));
  }
  if (sha256Hex(bytes.subarray(0, body)) !== comment.slice(CHECKSUM_PREFIX.length)) throw damaged(text("The archive is damaged or is not a Palmarès edition export: it does not match its checksum (a byte has changed)."));
}

/**
 * The refusal of an archive that cannot be trusted. Every reason starts "The archive is damaged or is not a Palmarès
 * edition export", so the secretariat knows the file, not the database, is at fault; each is written whole to be translated.
 */
export function damaged(reason: ServerText): AppError {
  return new AppError("INVALID", reason);
}

/**
 * Opens an archive and checks it whole before anything reads it: a readable zip, a valid manifest, exactly the
 * files it lists, each matching its SHA-256. Returns the manifest, the parsed edition.json and the files.
 */
export function openArchive(bytes: Uint8Array): { manifest: Manifest; json: unknown; files: Record<string, Uint8Array> } {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes);
  } catch {
    throw damaged(text("The archive is damaged or is not a Palmarès edition export: it is not a readable zip file."));
  }
  const manifestBytes = entries[MANIFEST_PATH];
  if (!manifestBytes) throw damaged(text("The archive is damaged or is not a Palmarès edition export: it has no {path}.", { path: MANIFEST_PATH }));
  let manifest: Manifest;
  try {
    manifest = manifestSchema.parse(JSON.parse(strFromU8(manifestBytes)));
  } catch {
    throw damaged(text("The archive is damaged or is not a Palmarès edition export: its {path} is not valid (format {format} expected).", { path: MANIFEST_PATH, format: ARCHIVE_FORMAT }));
  }
  const files = { ...entries };
  delete files[MANIFEST_PATH];
  for (const path of Object.keys(files)) if (!(path in manifest.files)) throw damaged(text("The archive is damaged or is not a Palmarès edition export: {path} is not listed in the manifest.", { path }));
  for (const [path, expected] of Object.entries(manifest.files)) {
    const file = files[path];
    if (!file) throw damaged(text("The archive is damaged or is not a Palmarès edition export: {path} is listed in the manifest but missing.", { path }));
    if (sha256Hex(file) !== expected) throw damaged(text("The archive is damaged or is not a Palmarès edition export: {path} does not match its SHA-256 in the manifest.", { path }));
  }
  checkArchiveChecksum(bytes);
  let json: unknown;
  try {
    json = JSON.parse(strFromU8(files[EDITION_JSON_PATH] ?? new Uint8Array()));
  } catch {
    throw damaged(text("The archive is damaged or is not a Palmarès edition export: its {path} is not JSON.", { path: EDITION_JSON_PATH }));
  }
  return { manifest, json, files };
}
