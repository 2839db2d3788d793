/**
 * The `{{placeholder}}` language of the secretariat's message templates. Pure: no database, so the editor's preview
 * in the browser and the check on save read the same rules.
 */

import { text, type ServerText } from "../i18n/server-text";

// A placeholder is a lower-case name between double braces, spaces inside allowed: {{name}}, {{ edition_year }}.
const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;
const NAME = /^[a-z][a-z0-9_]*$/;

/** The names of the placeholders in a text, each once, in the order they first appear (malformed ones included as typed). */
export function listPlaceholders(text: string): string[] {
  const names: string[] = [];
  for (const match of text.matchAll(PLACEHOLDER)) {
    const name = match[1] ?? "";
    if (!names.includes(name)) names.push(name);
  }
  return names;
}

/** Whether braces are left open or unmatched once every well-formed placeholder is taken out ("{{name}", "{link}}"). */
export function hasStrayBraces(text: string): boolean {
  const rest = text.replace(PLACEHOLDER, "");
  return rest.includes("{{") || rest.includes("}}");
}

function formatNames(names: readonly string[]): string {
  return names.map((name) => `{{${name}}}`).join(", ");
}

export interface PlaceholderRules {
  /** The placeholders this kind of message knows. */
  allowed: readonly string[];
  /** Those that must appear in this text (an invitation's {{link}}). */
  required?: readonly string[];
}

/**
 * What is wrong with a template text, as server texts for its field (empty when nothing is): every unknown
 * placeholder named, every missing required one named, and stray braces.
 */
export function checkPlaceholders(template: string, rules: PlaceholderRules): ServerText[] {
  const problems: ServerText[] = [];
  const used = listPlaceholders(template);
  const unknown = used.filter((name) => !NAME.test(name) || !rules.allowed.includes(name));
  if (unknown.length > 0) {
    const values = { names: formatNames(unknown), allowed: formatNames(rules.allowed) };
    problems.push(
      unknown.length === 1
        ? text("Unknown placeholder {names}: this message knows {allowed}.", values)
        : text("Unknown placeholders {names}: this message knows {allowed}.", values),
    );
  }
  const missing = (rules.required ?? []).filter((name) => !used.includes(name));
  if (missing.length > 0) {
    const values = { names: formatNames(missing) };
    problems.push(
      missing.length === 1
        ? text("Keep {names} in this text: the message is useless without it.", values)
        : text("Keep {names} in this text: the message is useless without them.", values),
    );
  }
  // The braces of {{name}} would read as a placeholder of the server text, so they are filled in as a value.
  if (hasStrayBraces(template)) problems.push(text("A placeholder is not closed: write it as {example}, with two braces on each side.", { example: "{{name}}" }));
  return problems;
}

/**
 * The text with each placeholder replaced by its value; an unknown one is left as typed (the check on save refuses
 * them, so only an old template could hold one). Empty values leave no run of blank lines behind.
 */
export function renderPlaceholders(text: string, values: Readonly<Record<string, string>>): string {
  const rendered = text.replace(PLACEHOLDER, (whole, name: string) => (Object.hasOwn(values, name) ? values[name]! : whole));
  return rendered.replace(/\n{3,}/g, "\n\n").trim();
}

/** A subject on one line: multi-line values (a list of dossiers) are joined with spaces. */
export function renderSubject(text: string, values: Readonly<Record<string, string>>): string {
  return renderPlaceholders(text, values).replace(/\s+/g, " ").trim();
}
