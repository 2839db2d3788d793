import { formatScore } from "@/components/admin/format";
import { BASIS_LABELS, describePlaceDecision } from "@/lib/domain/ranking-labels";
import type { RankingBasis } from "@/lib/domain/ranking-result";
import type { DeliberationModel } from "./view-model";

function RankingList({ model, basis, limit }: { model: DeliberationModel; basis: RankingBasis; limit: number }) {
  const items = [...model.dossiers].sort((a, b) => a[basis].place - b[basis].place || (a.id < b.id ? -1 : 1)).slice(0, limit);
  const isOfficial = model.officialBasis === basis;
  const headingId = `ranking-${basis}-heading`;
  return (
    <section aria-labelledby={headingId} className={`rounded-lg border bg-white p-4 shadow-sm ${isOfficial ? "border-brand-700" : "border-slate-200"}`}>
      <h3 id={headingId} className="font-semibold">
        {BASIS_LABELS[basis]} ranking{isOfficial && <span className="text-sm font-normal text-brand-700"> (official)</span>}
      </h3>
      <ol className="mt-3 space-y-2 text-sm">
        {items.map((item) => {
          const note = describePlaceDecision(item[basis].decidedBy, model.deciderRoles);
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

/** The raw and the normalised ranking next to each other, the official one outlined; each its first `limit` places. */
export function RankingLists({ model, limit }: { model: DeliberationModel; limit: number }) {
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <RankingList model={model} basis="raw" limit={limit} />
      <RankingList model={model} basis="normalised" limit={limit} />
    </div>
  );
}
