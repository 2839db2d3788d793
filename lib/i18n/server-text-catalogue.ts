import { getLocale } from "next-intl/server";
import type { Locale } from "./locales";
import { CATALOGUE_LOCALE, type ServerTextCatalogue } from "./server-text";
import fr, { validation as frValidation } from "@/messages/server/fr";

const CATALOGUES: Record<Locale, ServerTextCatalogue | undefined> = { en: undefined, fr: { ...fr, [CATALOGUE_LOCALE]: "fr" } };
// Only the validation messages are checked in the browser too; the rest stays on the server.
const CLIENT_CATALOGUES: Record<Locale, ServerTextCatalogue | undefined> = { en: undefined, fr: frValidation };

/** The server texts' translations for a language (none for English: the templates are English). */
export function getServerTextCatalogue(locale: Locale): ServerTextCatalogue | undefined {
  return CATALOGUES[locale];
}

/** The translations of the validation messages, which forms also check in the browser. */
export function getClientServerTexts(locale: Locale): ServerTextCatalogue | undefined {
  return CLIENT_CATALOGUES[locale];
}

/** The catalogue for this request's language; English when the language cannot be read (outside a request). */
export async function getRequestServerTextCatalogue(): Promise<ServerTextCatalogue | undefined> {
  try {
    return getServerTextCatalogue(await getLocale());
  } catch {
    return undefined;
  }
}
