import { useTranslations } from "next-intl";
import Link from "next/link";

/** Links between pages of a keyset-paged list: back to the first page, and on to the next one when there is one. */
export function ListPageLinks({ firstHref, nextHref }: { firstHref?: string; nextHref?: string }) {
  const t = useTranslations("adminHome.listPages");
  if (!firstHref && !nextHref) return null;
  const linkClass = "rounded-md border border-slate-300 px-3 py-1 font-medium text-brand-700 hover:underline";
  return (
    <nav aria-label={t("label")} className="flex items-center gap-3 text-sm">
      {firstHref && (
        <Link href={firstHref} className={linkClass}>
          {t("first")}
        </Link>
      )}
      {nextHref && (
        <Link href={nextHref} className={linkClass} rel="next">
          {t("next")}
        </Link>
      )}
    </nav>
  );
}
