import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { INPUT_CLASS } from "@/components/ui/field";
import { PageLinks } from "@/components/ui/page-links";
import { RANKING_PAGE_SIZE, type RankingPageContent } from "@/lib/results/deliberation-page";
import { getRankingPageHref } from "@/lib/validation/ranking-page-query";

/** Where the page is among the places, the links to the pages before and after, and a search that finds any place. */
export function RankingPager({ content, path }: { content: RankingPageContent; path: string }) {
  const t = useTranslations("deliberation.pager");
  const format = useFormatter();
  const count = (n: number) => format.number(n);
  const { page, pageCount, first, last, total, search, hits } = content;
  return (
    <div className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm font-medium text-slate-800">
          {t("places", { first: count(first), last: count(last), total: count(total) })}
        </p>
        <PageLinks label={t("pages")} page={page} pageCount={pageCount} getHref={(n) => getRankingPageHref(path, { page: n, search })} />
      </div>
      <form method="get" action={path} role="search" aria-label={t("searchLabel")} className="flex flex-wrap items-end gap-2">
        <label className="text-sm">
          <span className="mb-1 block font-medium">{t("searchField")}</span>
          <input type="search" name="q" defaultValue={search ?? ""} maxLength={200} className={INPUT_CLASS} />
        </label>
        <Button type="submit">{t("find")}</Button>
      </form>
      {search !== undefined && (
        <section aria-label={t("found")} className="text-sm">
          {hits.length === 0 ? (
            <p className="text-slate-600">{t("noMatch", { search })}</p>
          ) : (
            <>
              <p className="text-slate-600">{t("matches", { count: hits.length, search })}</p>
              <ul className="mt-2 space-y-1">
                {hits.map((hit) => (
                  <li key={hit.nominationId}>
                    <Link
                      href={getRankingPageHref(path, { page: Math.ceil(hit.position / RANKING_PAGE_SIZE), search })}
                      className="font-medium text-brand-700 hover:underline"
                    >
                      {hit.row ? t("place", { place: count(hit.row[content.summary.officialBasis].place) }) : t("notScored")}: {hit.countryName} — {hit.title}
                    </Link>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
    </div>
  );
}
