import { getLocale } from "next-intl/server";
import { DEFAULT_LOCALE, isLocale, type Locale } from "../i18n/locales";
import { getRequestServerTextCatalogue } from "../i18n/server-text-catalogue";
import { translateText, type ServerText } from "../i18n/server-text";

/** The request's language, for a date written into a server text; English outside a request (a job, a test). */
export async function getTextLocale(): Promise<Locale> {
  try {
    const locale = await getLocale();
    return isLocale(locale) ? locale : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

/**
 * A field message in the request's language, said where its values are still known: the boundary translates an
 * AppError's field errors as plain strings, which a message with values (a year, a word count) no longer matches.
 */
export async function sayFieldMessage(message: string | ServerText): Promise<string> {
  return translateText(await getRequestServerTextCatalogue(), message);
}
