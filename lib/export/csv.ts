/**
 * CSV as RFC 4180 writes it (comma-separated, CRLF line ends, fields quoted when they hold a comma, a quote or a
 * line break, quotes doubled), written here rather than pulled in from a library: it is twenty lines and tested.
 * Text that a spreadsheet would run as a formula is defused, numbers are written as numbers.
 */

export type CsvValue = string | number | boolean | null | undefined;

/** Leading characters that make Excel, LibreOffice or Sheets treat a cell as a formula (OWASP's list). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Defuses a text cell that would otherwise run as a formula, by a leading apostrophe the spreadsheet shows as text. */
export function protectFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function toField(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "yes" : "no";
  const text = protectFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The rows as a CSV document, starting with a byte-order mark so spreadsheets read UTF-8 names correctly. */
export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return "\uFEFF" + rows.map((row) => row.map(toField).join(",")).join("\r\n") + "\r\n";
}
