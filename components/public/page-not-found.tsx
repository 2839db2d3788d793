import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { type Locale, withLocaleParam } from "@/lib/i18n/locales";

const LINK = "font-medium text-brand-700 hover:underline";

/**
 * An unknown address, or results not yet published: the same answer, so neither is revealed. It says what may have
 * happened and offers the three ways on: the results, signing in, the home page.
 */
export function PageNotFound() {
  const t = useTranslations("public.notFound");
  const locale = useLocale() as Locale;
  return (
    <div className="mx-auto max-w-xl py-8 text-center">
      <p className="text-sm font-semibold uppercase tracking-widest text-amber-800">{t("kicker")}</p>
      <h1 className="mt-2 text-3xl font-bold text-brand-900 sm:text-4xl">{t("title")}</h1>
      <p className="mt-4 text-slate-700">{t("body")}</p>
      <nav aria-label={t("nav")} className="mt-8">
        <ul className="flex flex-col items-center gap-3 sm:flex-row sm:justify-center sm:gap-8">
          <li>
            <Link href={withLocaleParam("/archive", locale)} className={LINK}>
              {t("archive")}
            </Link>
          </li>
          <li>
            <Link href="/signin" className={LINK}>
              {t("signIn")}
            </Link>
          </li>
          <li>
            <Link href={withLocaleParam("/", locale)} className={LINK}>
              {t("home")}
            </Link>
          </li>
        </ul>
      </nav>
    </div>
  );
}
