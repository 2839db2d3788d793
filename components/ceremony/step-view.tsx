import { CountryLabel } from "@/components/public/country-label";
import type { AudienceView } from "@/lib/domain/ceremony";
import { formatDateRange } from "@/lib/format/date-range";

// Sizes follow the width of the surrounding container (cqw), so the projector and the presenter's preview match.
const KICKER = "text-[length:clamp(0.9rem,2.2cqw,3rem)] font-semibold uppercase tracking-widest text-amber-300";
const HEADLINE = "text-[length:clamp(1.6rem,5.2cqw,7.5rem)] font-extrabold leading-tight text-white";
const LEAD = "text-[length:clamp(1.1rem,2.8cqw,4rem)] text-slate-100";
const BODY = "text-[length:clamp(0.95rem,1.8cqw,2.5rem)] text-slate-200";
const SMALL = "text-[length:clamp(0.85rem,1.25cqw,1.75rem)] text-slate-200";

/** The award's name as the screen shows it above every step. */
function AwardName({ year }: { year: number }) {
  return <p className={KICKER}>European Crime Prevention Award {year}</p>;
}

/** One step of the ceremony as the audience sees it: dark, large and high in contrast. It shows only what it is given. */
export function StepView({ view, headingLevel = 1 }: { view: AudienceView; headingLevel?: 1 | 3 }) {
  const Heading = headingLevel === 1 ? "h1" : "h3";
  // Twenty-seven member states must still fit one projector screen.
  const isLongList = view.kind === "nominees" && view.nominees.length > 12;
  const nomineeText = isLongList ? SMALL : BODY;
  return (
    <div className="@container h-full w-full">
      <div className="flex min-h-full w-full flex-col justify-center gap-[2.5cqw] bg-slate-950 p-[5cqw] text-white">
        {view.kind === "waiting" && (
          <>
            <AwardName year={view.year} />
            <Heading className={HEADLINE}>{view.theme}</Heading>
            <p className={LEAD}>
              {view.isPublished
                ? `The results of ${view.year} are published on the award's website.`
                : "The ceremony will begin shortly."}
            </p>
          </>
        )}

        {view.kind === "title" && (
          <>
            <AwardName year={view.year} />
            <Heading className={HEADLINE}>{view.theme}</Heading>
            <p className={LEAD}>
              Presidency: <CountryLabel code={view.presidency.code} name={view.presidency.name} />
            </p>
            <p className={BODY}>
              {formatDateRange(view.ceremony.startsOn, view.ceremony.endsOn)}
              {view.ceremony.place && ` · ${view.ceremony.place}`}
            </p>
          </>
        )}

        {view.kind === "nominees" && (
          <>
            <AwardName year={view.year} />
            <Heading className={HEADLINE}>The nominees</Heading>
            {view.nominees.length === 0 ? (
              <p className={LEAD}>No nominees are listed.</p>
            ) : (
              <ul className={`grid gap-x-[3cqw] gap-y-[1.6cqw] sm:grid-cols-2 ${isLongList ? "xl:grid-cols-4" : "xl:grid-cols-3"}`}>
                {view.nominees.map((nominee) => (
                  <li key={`${nominee.country.code}-${nominee.title}`} className="border-l-4 border-amber-300 pl-[1.2cqw]">
                    <p className={`${nomineeText} font-semibold text-amber-100`}>
                      <CountryLabel code={nominee.country.code} name={nominee.country.name} />
                    </p>
                    <p className={`${nomineeText} text-white`}>{nominee.title}</p>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}

        {view.kind === "place" && (
          <>
            <AwardName year={view.year} />
            <p className={`${view.rank === 1 ? "text-[length:clamp(2rem,7cqw,10rem)]" : "text-[length:clamp(1.5rem,4.5cqw,6.5rem)]"} font-black text-amber-300`}>
              {view.placeLabel}
            </p>
            <Heading className={HEADLINE}>{view.title}</Heading>
            <p className={`${LEAD} font-semibold`}>
              <CountryLabel code={view.country.code} name={view.country.name} />
            </p>
            {view.prize && <p className={BODY}>Prize: {view.prize}</p>}
            {view.juryReason && <p className={`${BODY} max-w-[80cqw] whitespace-pre-line text-slate-300`}>{view.juryReason}</p>}
          </>
        )}
      </div>
    </div>
  );
}
