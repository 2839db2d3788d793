import { getRequestLocale } from "../i18n/request-locale";
import { isLocale, LOCALE_PARAM, type Locale } from "../i18n/locales";

/**
 * The language in which the audience screen's feed words a step: the screen sends its own as ?lang= (the presenter
 * console opens the screen in the presenter's language), else the request's.
 */
export async function getScreenLocale(url: string): Promise<Locale> {
  const lang = new URL(url).searchParams.get(LOCALE_PARAM);
  return isLocale(lang) ? lang : getRequestLocale();
}
