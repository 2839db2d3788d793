/**
 * The rules a new password must meet, after NIST SP 800-63B: length over composition (at least 12 characters,
 * at most 128, any characters), and a refusal of passwords an attacker tries first: common ones, trivially
 * padded or repeated common ones, runs of one character or a sequence, and the person's own name or email.
 */
import { msg } from "../i18n/server-text";

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 128;

// Templates the server and the browser translate (lib/i18n/server-text); the two lengths are written out, as the
// catalogue needs the whole sentence, and a unit test holds them to the constants above.
export const PASSWORD_TOO_SHORT = msg("Use at least 12 characters.");
export const PASSWORD_TOO_LONG = msg("Use at most 128 characters.");
export const PASSWORD_TOO_COMMON = msg("This password is too common and among the first an attacker tries: choose another, for example a few unrelated words.");
export const PASSWORD_TOO_PREDICTABLE = msg("This password is a run of one character, a sequence or a repetition: choose something less predictable.");
export const PASSWORD_IS_PERSONAL = msg("Do not use your name or email address in your password.");

// Words everyone who attacks this service tries with a suffix: its own name and the award's.
const SERVICE_WORDS = ["palmares", "ecpa", "eucpn"];

export interface PasswordContext {
  email: string;
  name: string;
  /** Lowercase common passwords (lib/auth/common-passwords.txt). */
  commonPasswords: ReadonlySet<string>;
}

/** A password's length as a person counts it: one per code point, whatever the encoding. */
export function countPasswordCharacters(password: string): number {
  return Array.from(password.normalize("NFC")).length;
}

/** Letters and digits only, lowercase, accents kept: the form in which names and passwords are compared. */
function toComparable(value: string): string {
  return value.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
}

/** The password with common padding (digits and symbols before or after) taken off. */
function stripPadding(lower: string): string[] {
  return [lower.replace(/[\d\W_]+$/u, ""), lower.replace(/^[\d\W_]+/u, ""), lower.replace(/^[\d\W_]+|[\d\W_]+$/gu, "")];
}

function isRepetition(value: string): boolean {
  // A string made of one unit repeated at least twice ("abcabc", "passwordpassword").
  return value.length > 1 && /^(.+?)\1+$/su.test(value);
}

function isSequence(value: string): boolean {
  const codes = Array.from(value).map((c) => c.codePointAt(0)!);
  if (codes.length < 3) return false;
  const isDigits = /^\d+$/.test(value);
  const step = (a: number, b: number) => (isDigits ? (((b - a) % 10) + 10) % 10 : b - a);
  const first = step(codes[0]!, codes[1]!);
  const isUnit = isDigits ? first === 1 || first === 9 : first === 1 || first === -1;
  return isUnit && codes.every((code, i) => i === 0 || step(codes[i - 1]!, code) === first);
}

function isCommon(lower: string, commonPasswords: ReadonlySet<string>): boolean {
  if (commonPasswords.has(lower)) return true;
  return stripPadding(lower).some((base) => base.length >= 4 && (commonPasswords.has(base) || (isRepetition(base) && commonPasswords.has(base.replace(/^(.+?)\1+$/su, "$1")))));
}

function isPersonal(password: string, { email, name }: Pick<PasswordContext, "email" | "name">): boolean {
  const comparable = toComparable(password);
  const localPart = toComparable(email.split("@")[0] ?? "");
  const words = [toComparable(email), localPart, toComparable(name), ...name.split(/\s+/).map(toComparable)];
  return words.some((word) => word.length >= 4 && comparable.includes(word));
}

function isServiceWordWithPadding(lower: string): boolean {
  const comparable = toComparable(lower);
  return SERVICE_WORDS.some((word) => comparable.includes(word) && comparable.replace(word, "").replace(/\d+/g, "").length < 6);
}

/** Every reason the password is refused; an empty list when it is acceptable. */
export function checkPassword(password: string, context: PasswordContext): string[] {
  const length = countPasswordCharacters(password);
  if (length < MIN_PASSWORD_LENGTH) return [PASSWORD_TOO_SHORT];
  if (length > MAX_PASSWORD_LENGTH) return [PASSWORD_TOO_LONG];
  const lower = password.normalize("NFKC").toLowerCase();
  const problems: string[] = [];
  if (isCommon(lower, context.commonPasswords) || isServiceWordWithPadding(lower)) problems.push(PASSWORD_TOO_COMMON);
  else if (isRepetition(lower) || isSequence(lower)) problems.push(PASSWORD_TOO_PREDICTABLE);
  if (isPersonal(password, context)) problems.push(PASSWORD_IS_PERSONAL);
  return problems;
}
