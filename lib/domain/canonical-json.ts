/**
 * Canonical JSON: one exact text for one value, so a fingerprint of it never depends on key order, spacing or
 * floating-point noise. Pure: no database, no framework.
 *
 * The rules:
 * - object keys sorted by UTF-16 code units (plain `<`, never the locale); keys whose value is undefined are left out;
 * - no whitespace between tokens;
 * - numbers: integers as they are; any other finite number rounded to NUMBER_DECIMALS (6) decimal places
 *   (Number.prototype.toFixed, which ECMAScript defines exactly), then written in JavaScript's shortest form;
 *   -0 becomes 0; NaN and ±Infinity are refused, because JSON cannot hold them;
 * - strings escaped as JSON.stringify escapes them (well-formed: lone surrogates become \u escapes); the text is
 *   hashed as UTF-8;
 * - Date becomes its ISO 8601 string; undefined inside an array becomes null; bigint, functions and symbols are refused.
 */

/** How many decimals non-integer numbers keep: means and spreads stay exact to the millionth. */
export const NUMBER_DECIMALS = 6;

/** A value canonical JSON can hold once normalised. */
export type CanonicalValue = null | boolean | number | string | CanonicalValue[] | { [key: string]: CanonicalValue };

/** A number as the canonical form keeps it: integers unchanged, others rounded to NUMBER_DECIMALS decimals. */
export function normaliseNumber(value: number): number {
  if (!Number.isFinite(value)) throw new TypeError(`Canonical JSON cannot hold ${value}`);
  if (Object.is(value, -0)) return 0;
  if (Number.isInteger(value)) return value;
  const rounded = Number(value.toFixed(NUMBER_DECIMALS));
  // A tiny negative number rounds to -0, which must read as 0 like any other zero.
  return Object.is(rounded, -0) ? 0 : rounded;
}

/**
 * The value as canonical JSON would hold it: plain objects with sorted keys, normalised numbers, dates as strings.
 * Storing this (rather than the raw value) lets anyone recompute the fingerprint from what was stored.
 */
export function toCanonicalValue(value: unknown): CanonicalValue {
  if (value === null) return null;
  switch (typeof value) {
    case "boolean":
    case "string":
      return value;
    case "number":
      return normaliseNumber(value);
    case "object":
      break;
    default:
      throw new TypeError(`Canonical JSON cannot hold a value of type ${typeof value}`);
  }
  if (Array.isArray(value)) return value.map((item) => (item === undefined ? null : toCanonicalValue(item)));
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new TypeError("Canonical JSON cannot hold an invalid date");
    return value.toISOString();
  }
  const prototype = Object.getPrototypeOf(value) as unknown;
  if (prototype !== Object.prototype && prototype !== null) {
    throw new TypeError("Canonical JSON holds plain objects only");
  }
  const result: { [key: string]: CanonicalValue } = {};
  for (const key of Object.keys(value).sort(compareKeys)) {
    const item = (value as Record<string, unknown>)[key];
    // defineProperty, so a key named "__proto__" stays data instead of replacing the prototype.
    if (item !== undefined) Object.defineProperty(result, key, { value: toCanonicalValue(item), enumerable: true, writable: true, configurable: true });
  }
  return result;
}

function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function writeCanonical(value: CanonicalValue): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(writeCanonical).join(",")}]`;
  // Keys are sorted again here so the writer is right even for a value that did not come from toCanonicalValue.
  const keys = Object.keys(value).sort(compareKeys);
  return `{${keys.map((key) => `${JSON.stringify(key)}:${writeCanonical(value[key]!)}`).join(",")}}`;
}

/** The canonical JSON text of a value (see the rules at the top of this file). */
export function toCanonicalJson(value: unknown): string {
  return writeCanonical(toCanonicalValue(value));
}
