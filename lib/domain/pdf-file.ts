/**
 * Rules for PDF annexes: limits, recognising a real PDF by its bytes, and a file name that is safe to store,
 * show and send back. Pure: no database, no framework.
 */
import { text, type ServerText } from "../i18n/server-text";

export const MAX_ANNEX_BYTES = 10 * 1024 * 1024;
export const MAX_ANNEXES_PER_NOMINATION = 5;
export const PDF_CONTENT_TYPE = "application/pdf";

/** What is wrong with an annex, as templates: the server answers them, and the annex panel checks the same first. */
export const ANNEX_MESSAGES = {
  empty: text("This file is empty (0 bytes). Choose the PDF again; if it still fails, export it again from its source."),
  tooLarge: text("This file is larger than {megabytes} MB. Compress the PDF or split it into several annexes.", { megabytes: MAX_ANNEX_BYTES / 1024 / 1024 }),
  notPdf: text("This file is not a PDF, whatever its name says. Save or export the document as PDF and upload that file."),
  truncated: text("This PDF is incomplete: its end is missing, perhaps cut off while copying. Export it again and upload the new file."),
  tooMany: text("This dossier already has {max} annexes, the most allowed. Delete one before adding another.", { max: MAX_ANNEXES_PER_NOMINATION }),
} satisfies Record<string, ServerText>;

export type PdfProblem = keyof Pick<typeof ANNEX_MESSAGES, "empty" | "tooLarge" | "notPdf" | "truncated">;

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"
const EOF_MARKER = [0x25, 0x25, 0x45, 0x4f, 0x46]; // "%%EOF"
// Readers accept the end-of-file marker anywhere in the last kilobyte, so trailing whitespace or padding is fine.
const EOF_SEARCH_WINDOW = 1024;

function startsWith(bytes: Uint8Array, prefix: readonly number[], at = 0): boolean {
  if (at + prefix.length > bytes.length) return false;
  return prefix.every((byte, i) => bytes[at + i] === byte);
}

function hasEofMarkerNearEnd(bytes: Uint8Array): boolean {
  const from = Math.max(0, bytes.length - EOF_SEARCH_WINDOW);
  for (let at = bytes.length - EOF_MARKER.length; at >= from; at -= 1) {
    if (startsWith(bytes, EOF_MARKER, at)) return true;
  }
  return false;
}

/** Why these bytes cannot be an annex, or null when they are a PDF within the size limit. */
export function findPdfProblem(bytes: Uint8Array, maxBytes = MAX_ANNEX_BYTES): PdfProblem | null {
  if (bytes.length === 0) return "empty";
  if (bytes.length > maxBytes) return "tooLarge";
  if (!startsWith(bytes, PDF_MAGIC)) return "notPdf";
  if (!hasEofMarkerNearEnd(bytes)) return "truncated";
  return null;
}

const MAX_BASE_NAME_LENGTH = 100;
const DEFAULT_BASE_NAME = "annex";
// Control characters, bidirectional overrides (which can disguise an extension) and characters no file system takes.
const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069<>:"|?*]/gu;

/**
 * The name to store and show for an uploaded file: the last path segment only (both / and \), no control or
 * reserved characters, at most 100 characters before the extension, always ending in ".pdf".
 */
export function toSafePdfFileName(rawName: string): string {
  const lastSegment = rawName.split(/[/\\]/).pop() ?? "";
  const cleaned = lastSegment
    .normalize("NFC")
    .replace(/\s/gu, " ")
    .replace(UNSAFE_CHARACTERS, "")
    .replace(/ {2,}/g, " ")
    .trim();
  const withoutExtension = cleaned.replace(/\.pdf$/iu, "");
  // Array.from counts code points, so an emoji is never cut in half; leading dots would hide the file on Unix.
  const base = Array.from(withoutExtension)
    .slice(0, MAX_BASE_NAME_LENGTH)
    .join("")
    .replace(/^[\s.]+|[\s.]+$/gu, "");
  return `${base || DEFAULT_BASE_NAME}.pdf`;
}

// RFC 8187 attr-char: letters, digits and !#$&+-.^_`|~ stay as they are; everything else is percent-encoded.
function encodeRfc8187(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function toDisposition(type: "attachment" | "inline", fileName: string): string {
  const safe = toSafePdfFileName(fileName);
  const asciiFallback = safe.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/[^\x20-\x7e]|["\\%]/g, "_");
  return `${type}; filename="${asciiFallback}"; filename*=UTF-8''${encodeRfc8187(safe)}`;
}

/** A Content-Disposition header that makes browsers download the file under its safe name, accents included. */
export function toAttachmentDisposition(fileName: string): string {
  return toDisposition("attachment", fileName);
}

/** The same header for the in-page viewer: shown in place, saved under the same safe name. */
export function toInlineDisposition(fileName: string): string {
  return toDisposition("inline", fileName);
}
