import { useTranslations } from "next-intl";
import Link from "next/link";

const PAGES = ["assignments", "conflicts", "progress"] as const;

/** Links between the edition and its three jury pages; the current page is marked, not linked away from. */
export function JuryPagesNav({ year, current }: { year: number; current: (typeof PAGES)[number] }) {
  const t = useTranslations("juryAdmin.nav");
  return (
    <nav aria-label={t("label")} className="flex flex-wrap gap-4 text-sm">
      <Link href={`/admin/editions/${year}`} className="font-medium text-brand-700 hover:underline">
        {t("back", { year })}
      </Link>
      {PAGES.map((page) =>
        page === current ? (
          <span key={page} aria-current="page" className="font-semibold text-slate-900">
            {t(page)}
          </span>
        ) : (
          <Link key={page} href={`/admin/editions/${year}/${page}`} className="font-medium text-brand-700 hover:underline">
            {t(page)}
          </Link>
        ),
      )}
    </nav>
  );
}
