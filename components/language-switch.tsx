import { useLocale, useTranslations } from "next-intl";
import { LOCALE_NAMES, LOCALES } from "@/lib/i18n/locales";

/**
 * The header's language switch: a plain form posted to /language, so it works without JavaScript. The handler
 * remembers the choice (cookie, and the person's account when signed in) and sends the browser back to the page.
 */
export function LanguageSwitch() {
  const t = useTranslations("language");
  const current = useLocale();
  return (
    <form method="post" action="/language" className="flex items-center gap-1 text-sm">
      <span className="sr-only">{t("label")}</span>
      {LOCALES.map((locale) =>
        locale === current ? (
          <span key={locale} lang={locale} aria-current="true" className="rounded px-2 py-1 font-semibold text-slate-900">
            {LOCALE_NAMES[locale]}
          </span>
        ) : (
          <button
            key={locale}
            type="submit"
            name="locale"
            value={locale}
            lang={locale}
            className="rounded px-2 py-1 text-brand-700 hover:underline focus-visible:outline-2"
          >
            {LOCALE_NAMES[locale]}
          </button>
        ),
      )}
    </form>
  );
}
