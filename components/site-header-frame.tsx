import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { HeaderAccount } from "@/lib/auth/header-account";
import { isLocale, withLocaleParam } from "@/lib/i18n/locales";
import { LanguageSwitch } from "./language-switch";

// The product's name reads the same in every language.
const PRODUCT_NAME = "Palmarès";

/** The top bar around its signed-in part: the product name, the public results and the language switch. */
export function SiteHeaderFrame({ children }: { children: React.ReactNode }) {
  const t = useTranslations("header");
  const locale = useLocale();
  // The public pages are shared-cached by URL, so their links name the language (?lang=) when it is not English.
  const publicHref = (href: string) => (isLocale(locale) ? withLocaleParam(href, locale) : href);
  return (
    <header className="no-print border-b border-slate-200 bg-white">
      <nav aria-label={t("main")} className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href={publicHref("/")} className="text-lg font-bold text-brand-900">
          {PRODUCT_NAME}
        </Link>
        <Link href={publicHref("/archive")} className="text-slate-700 hover:underline">
          {t("results")}
        </Link>
        <Link href={publicHref("/practices")} className="text-slate-700 hover:underline">
          {t("practices")}
        </Link>
        {children}
        <LanguageSwitch />
      </nav>
    </header>
  );
}

/** The header's signed-in part: the areas the person may enter, their name and sign out; or sign in. */
export function HeaderAccountLinks({ account }: { account: HeaderAccount | null }) {
  const t = useTranslations("header");
  return (
    <>
      {account?.isAdmin && (
        <Link href="/admin" className="text-slate-700 hover:underline">
          {t("secretariat")}
        </Link>
      )}
      {account?.isCoordinator && (
        <Link href="/coordinator" className="text-slate-700 hover:underline">
          {t("myNominations")}
        </Link>
      )}
      {account?.isJuror && (
        <Link href="/jury" className="text-slate-700 hover:underline">
          {t("jury")}
        </Link>
      )}
      <span className="ml-auto flex items-center gap-4 text-sm">
        {account ? (
          <>
            <span className="text-slate-600">{account.name}</span>
            <Link href="/signout" className="font-medium text-brand-700 hover:underline">
              {t("signOut")}
            </Link>
          </>
        ) : (
          <Link href="/signin" className="font-medium text-brand-700 hover:underline">
            {t("signIn")}
          </Link>
        )}
      </span>
    </>
  );
}
