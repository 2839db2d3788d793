/** The interface languages. Dossier content stays in the language it was written in. */
export const LOCALES = ["en", "fr"] as const;

export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = "en";

/**
 * The cookie that remembers a visitor's language. Its name has no "-" so nginx can read it as $cookie_palmares_locale
 * (deploy/nginx/palmares.conf keys its micro-cache on it).
 */
export const LOCALE_COOKIE = "palmares_locale";

/** The query parameter that names a public page's language, so a shared cache keys the language by URL. */
export const LOCALE_PARAM = "lang";

/** Each language named in itself, as the switch offers it. */
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", fr: "Français" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** The first supported language of an Accept-Language header, by its q weights; undefined when none is supported. */
export function pickAcceptedLocale(header: string | null | undefined): Locale | undefined {
  if (!header) return undefined;
  const ranges = header
    .split(",")
    .map((part, index) => {
      const [range = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return { language: range.trim().toLowerCase().split("-")[0] ?? "", weight: q ? Number(q.slice(2)) : 1, index };
    })
    .filter((r) => r.language && Number.isFinite(r.weight) && r.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  return ranges.map((r) => r.language).find(isLocale);
}

/** The language of a request: the person's own choice, then the visitor's cookie, then the browser's, then English. */
export function resolveLocale({
  userLocale,
  cookieLocale,
  acceptLanguage,
}: {
  userLocale?: string | null;
  cookieLocale?: string | null;
  acceptLanguage?: string | null;
}): Locale {
  if (isLocale(userLocale)) return userLocale;
  if (isLocale(cookieLocale)) return cookieLocale;
  return pickAcceptedLocale(acceptLanguage) ?? DEFAULT_LOCALE;
}

/**
 * The language of a public page, which a shared cache keeps by URL: ?lang= first, then the visitor's cookie, else
 * English. The browser's Accept-Language is not read there, so the plain URL has one rendering per cookie value.
 */
export function resolvePublicLocale({ langParam, cookieLocale }: { langParam?: string | null; cookieLocale?: string | null }): Locale {
  if (isLocale(langParam)) return langParam;
  if (isLocale(cookieLocale)) return cookieLocale;
  return DEFAULT_LOCALE;
}

/** A link within the public pages in a language: English keeps the plain URL, another language adds ?lang=. */
export function withLocaleParam(href: string, locale: Locale): string {
  const url = new URL(href, "http://app.invalid");
  if (locale === DEFAULT_LOCALE) url.searchParams.delete(LOCALE_PARAM);
  else url.searchParams.set(LOCALE_PARAM, locale);
  return url.pathname + url.search + url.hash;
}
