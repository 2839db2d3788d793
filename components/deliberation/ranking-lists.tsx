import { useTranslations } from "next-intl";
import { formatScore } from "@/components/admin/format";
import type { RankingBasis } from "@/lib/domain/ranking-result";
import { useRankingWords } from "./ranking-words";
import type { DeliberationModel } from "./view-model";

function RankingList({ model, basis }: { model: DeliberationModel; basis: RankingBasis }) {
  const t = useTranslations("deliberation");
  const words = useRankingWords();
  const items = model.listed
    .filter((item) => item.positions[basis] >= model.first && item.positions[basis] <= model.last)
    .sort((a, b) => a.positions[basis] - b.positions[basis]);
  const isOfficial = model.officialBasis === basis;
  const headingId = `ranking-${basis}-heading`;
  return (
    <section aria-labelledby={headingId} className={`rounded-lg border bg-white p-4 shadow-sm ${isOfficial ? "border-brand-700" : "border-slate-200"}`}>
      <h3 id={headingId} className="font-semibold">
        {t("basisRanking", { basis: words.basis(basis) })}
        {isOfficial && <span className="text-sm font-normal text-brand-700"> {t("official")}</span>}
      </h3>
      <ol className="mt-3 space-y-2 text-sm">
        {items.map((item) => {
          const note = words.describePlace(item[basis].decidedBy, model.deciderRoles);
          return (
            <li key={item.id} className="flex gap-3">
              <span className="w-6 shrink-0 text-right font-semibold tabular-nums">{item[basis].place}.</span>
              <span className="min-w-0 flex-1">
                <span className="font-medium">{item.countryName}</span> — {item.title}
                {note && <span className="block text-xs text-amber-800">{note}</span>}
              </span>
              <span className="shrink-0 tabular-nums">{formatScore(item[basis].score)}</span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/** The raw and the normalised ranking next to each other, the official one outlined; each the page's positions. */
export function RankingLists({ model }: { model: DeliberationModel }) {
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <RankingList model={model} basis="raw" />
      <RankingList model={model} basis="normalised" />
    </div>
  );
}
