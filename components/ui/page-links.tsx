import Link from "next/link";
import { useTranslations } from "next-intl";

/** Previous / next links between pages of a long table, with where the reader is ("Page 2 of 7"). */
export function PageLinks({
  label,
  page,
  pageCount,
  getHref,
}: {
  /** What is paged, for the navigation's name ("Dossier pages"). */
  label: string;
  page: number;
  pageCount: number;
  getHref: (page: number) => string;
}) {
  const t = useTranslations("ui");
  if (pageCount <= 1) return null;
  const linkClass = "rounded-md border border-slate-300 px-3 py-1 font-medium text-brand-700 hover:underline";
  return (
    <nav aria-label={label} className="flex items-center gap-3 text-sm">
      {page > 1 && (
        <Link href={getHref(page - 1)} className={linkClass} rel="prev">
          {t("previousPage")}
        </Link>
      )}
      <span className="text-slate-700">{t("pageOf", { page, count: pageCount })}</span>
      {page < pageCount && (
        <Link href={getHref(page + 1)} className={linkClass} rel="next">
          {t("nextPage")}
        </Link>
      )}
    </nav>
  );
}
