import { formatDeadline } from "../domain/deadline";
import type { Locale } from "./locales";

/** A moment a server text names, said in the reader's language and in the edition's zone when the text is shown. */
export interface MomentValue {
  readonly moment: Date;
  readonly timeZone: string;
}

/** What a server text's {placeholders} are filled with. */
export type TextValues = Record<string, string | number | MomentValue>;

/**
 * A text the server says to a person (an error, a refusal), written in English as its own key, gettext style, with
 * {placeholders} for what varies. The English is shown as written; another language looks the template up in
 * messages/server/<locale>/ and fills in the same values. The catalogue test finds every template in the source.
 */
export interface ServerText {
  readonly template: string;
  readonly values?: TextValues;
}

/** A server text with values: the template "At most {max} criteria." with { max: 12 }. */
export function text(template: string, values?: TextValues): ServerText {
  return { template, values };
}

/**
 * Marks a plain English string (a zod message, a constant) as a template the catalogue must translate; it returns
 * the string itself, like gettext's N_().
 */
export function msg(template: string): string {
  return template;
}

/** Fills a template's {name} placeholders, moments in the language given; an unknown name stays as written. */
export function formatText(template: string, values?: TextValues, locale: Locale = "en"): string {
  if (!values) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!(name in values)) return whole;
    const value = values[name]!;
    return typeof value === "object" ? formatDeadline(new Date(value.moment), value.timeZone, locale) : String(value);
  });
}

/** The placeholders a template names, sorted. */
export function listTextPlaceholders(template: string): string[] {
  return [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();
}

/** Where a catalogue says its language (a symbol, so it is never taken for a template). */
export const CATALOGUE_LOCALE: unique symbol = Symbol("catalogue locale");

export type ServerTextCatalogue = Readonly<Record<string, string>> & { readonly [CATALOGUE_LOCALE]?: Locale };

/** A server text in a language: its translation when the catalogue has one, else the English. */
export function translateText(catalogue: ServerTextCatalogue | undefined, message: string | ServerText): string {
  const { template, values } = typeof message === "string" ? { template: message, values: undefined } : message;
  return formatText(catalogue?.[template] ?? template, values, catalogue?.[CATALOGUE_LOCALE] ?? "en");
}


/**
 * The message and params of a zod issue whose text has values: ctx.addIssue({ code: "custom", ...issueText(t) }).
 * The English shows as it stands; the template rides along in params so the message can be translated.
 */
export function issueText(serverText: ServerText): { message: string; params: { text: ServerText } } {
  return { message: formatText(serverText.template, serverText.values), params: { text: serverText } };
}

/** A zod issue's message in a language: its template from params when it has values, else its English message. */
export function translateIssue(catalogue: ServerTextCatalogue | undefined, issue: { message: string; params?: unknown }): string {
  const params = issue.params as { text?: ServerText } | undefined;
  return params?.text?.template ? translateText(catalogue, params.text) : translateText(catalogue, issue.message);
}
