import { buildEditionTimeline, type TimelineInput } from "@/lib/domain/edition-timeline";
import { PHASE_LABELS } from "@/lib/domain/phases";
import { formatDateRange } from "@/lib/format/date-range";
import { describeDistance, formatEditionMoment } from "@/lib/format/edition-time";

/** The edition's dates in order, in its labelled zone, with the time left to the next one. */
export function EditionTimeline({ edition, now }: { edition: TimelineInput; now: Date }) {
  const entries = buildEditionTimeline(edition, now);
  const next = entries.find((e) => e.isNext);
  return (
    <section aria-labelledby="timeline-heading" className="space-y-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="timeline-heading" className="text-lg font-semibold">
          Timeline
        </h2>
        <p className="text-sm text-slate-600">Times in {edition.timeZone}</p>
      </div>
      {next ? (
        <p className="text-sm text-slate-800" data-testid="timeline-next">
          Next: <span className="font-semibold">{next.label}</span>, {describeDistance(next.at, now)}.
        </p>
      ) : (
        <p className="text-sm text-slate-600">Every date of this edition has passed.</p>
      )}
      <ol className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white text-sm">
        {entries.map((e) => (
          <li key={e.key} className={`flex flex-wrap justify-between gap-2 px-4 py-2 ${e.isNext ? "bg-brand-50" : ""}`} aria-current={e.isNext ? "step" : undefined}>
            <span>
              <span className={`font-medium ${e.isPast ? "text-slate-500" : "text-slate-900"}`}>{e.label}</span>{" "}
              <span className="text-xs text-slate-500">({PHASE_LABELS[e.phase]})</span>
            </span>
            <span className={e.isPast ? "text-slate-500" : "text-slate-800"}>
              {e.moment
                ? formatEditionMoment(e.moment, edition.timeZone)
                : formatDateRange(e.day!, e.key === "ceremony" ? edition.ceremonyEndsOn : null)}
              {e.isPast ? " · passed" : ""}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
