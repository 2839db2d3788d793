import { z } from "zod";
import { issueText, msg, text, type ServerText } from "../i18n/server-text";

/** The field message for a control character: PostgreSQL refuses NUL in text, and the others are never meant. */
export const CONTROL_CHARACTER_MESSAGE = msg("Remove the invisible control character (such as NUL) from this text.");

// C0 controls (U+0000–U+001F), DEL and the C1 controls (U+0080–U+009F).
const ANY_CONTROL_CHARACTER = /[\u0000-\u001F\u007F-\u009F]/;
// The same, except the tab and the two line-break characters a textarea sends.
const CONTROL_CHARACTER_EXCEPT_LINE_BREAKS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** Whether a text holds a control character other than a tab or a line break (what a textarea may send). */
export function hasForbiddenControlCharacter(text: string, { isMultiLine }: { isMultiLine: boolean }): boolean {
  return (isMultiLine ? CONTROL_CHARACTER_EXCEPT_LINE_BREAKS : ANY_CONTROL_CHARACTER).test(text);
}

export interface TextOptions {
  /** The most characters, after trimming. */
  max?: number;
  /** A template; with text() when it has values. */
  tooLong?: string | ServerText;
  /** The message for an empty text; without it the text may be empty. */
  required?: string;
  /** Trims surrounding white space first (the default); a password keeps it. */
  isTrimmed?: boolean;
}

function buildText(isMultiLine: boolean, { max, tooLong, required, isTrimmed = true }: TextOptions) {
  // The control check runs first, on the text as typed, so no trimming hides or moves what it reports.
  let schema = z.string().refine((value) => !hasForbiddenControlCharacter(value, { isMultiLine }), CONTROL_CHARACTER_MESSAGE);
  if (isTrimmed) schema = schema.trim();
  if (required) schema = schema.min(1, required);
  if (max !== undefined) {
    const message = tooLong ?? text("Keep this text under {max} characters.", { max });
    // A message with values is a custom issue, whose params carry the template to translate.
    schema = typeof message === "string" ? schema.max(max, message) : schema.refine((value) => value.length <= max, issueText(message));
  }
  return schema;
}

/** A one-line text (a name, a title, an email): every control character is refused with a field message. */
export function singleLineText(options: TextOptions = {}) {
  return buildText(false, options);
}

/** A text of several lines (a reason, a comment, an answer): only tabs and line breaks pass among control characters. */
export function multiLineText(options: TextOptions = {}) {
  return buildText(true, options);
}
