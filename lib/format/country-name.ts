import type { Locale } from "../i18n/locales";

const DISPLAY_NAMES = new Map<Locale, Intl.DisplayNames>();

/**
 * A country's name in the interface language. English keeps the name the network uses (its country list, former
 * members included); another language asks the Intl API by ISO code, and keeps that name for a code it does not know.
 */
export function formatCountryName(code: string, name: string, locale: Locale): string {
  if (locale === "en") return name;
  let names = DISPLAY_NAMES.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: "region", fallback: "none" });
    DISPLAY_NAMES.set(locale, names);
  }
  const region = code.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(region)) return name;
  try {
    return names.of(region) ?? name;
  } catch {
    return name;
  }
}
