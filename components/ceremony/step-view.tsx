import { useLocale, useTranslations } from "next-intl";
import { CountryLabel } from "@/components/public/country-label";
import type { AudienceView } from "@/lib/domain/ceremony";
import { formatDateRange } from "@/lib/format/date-range";
import type { Locale } from "@/lib/i18n/locales";
import { SlideFrame } from "./slide-frame";

// Sizes in --text units (a hundredth of the slide's width, shrunk by the frame when needed): the same slide on
// the presenter's preview and on any projector.
const KICKER = "text-[length:calc(2.2*var(--text))] leading-snug font-semibold uppercase tracking-widest text-amber-300";
const LEAD = "text-[length:calc(2.8*var(--text))] leading-snug text-slate-100";
const BODY = "text-[length:calc(1.8*var(--text))] leading-snug text-slate-200";
const SMALL = "text-[length:calc(1.25*var(--text))] leading-snug text-slate-200";

/** A headline's size by its length, so a long title takes three lines instead of six. */
function getHeadlineClass(text: string): string {
  const base = "font-extrabold leading-tight text-white";
  if (text.length <= 50) return `${base} text-[length:calc(5.2*var(--text))]`;
  if (text.length <= 100) return `${base} text-[length:calc(4.4*var(--text))]`;
  if (text.length <= 160) return `${base} text-[length:calc(3.6*var(--text))]`;
  return `${base} text-[length:calc(3*var(--text))]`;
}

/** The jury's reason by its length: a paragraph stays readable from the back of the room. */
function getReasonClass(text: string): string {
  const base = "max-w-[80cqw] leading-snug whitespace-pre-line text-slate-300";
  if (text.length <= 200) return `${base} text-[length:calc(1.8*var(--text))]`;
  if (text.length <= 400) return `${base} text-[length:calc(1.5*var(--text))]`;
  return `${base} text-[length:calc(1.25*var(--text))]`;
}

/** The nominees' columns by their number, the same on every screen so the preview matches the projector. */
function getNomineeColumnsClass(count: number): string {
  if (count <= 4) return "grid-cols-2";
  if (count <= 12) return "grid-cols-3";
  return "grid-cols-4";
}

/** The award's name as the screen shows it above every step. */
function AwardName({ year }: { year: number }) {
  const t = useTranslations("ceremony");
  return <p className={KICKER}>{t("awardName", { year })}</p>;
}

/** One step of the ceremony as the audience sees it: dark, large and high in contrast. It shows only what it is given. */
export function StepView({ view, headingLevel = 1 }: { view: AudienceView; headingLevel?: 1 | 3 }) {
  // Only the frame's words come from the catalogue: a place's name (the reveal) arrives with the step from the server.
  const t = useTranslations("ceremony");
  const locale = useLocale() as Locale;
  const Heading = headingLevel === 1 ? "h1" : "h3";
  // Twenty-seven member states must still fit one projector screen.
  const isLongList = view.kind === "nominees" && view.nominees.length > 12;
  const nomineeText = isLongList ? SMALL : BODY;
  return (
    <SlideFrame>
      {view.kind === "waiting" && (
        <>
          <AwardName year={view.year} />
          <Heading className={getHeadlineClass(view.theme)}>{view.theme}</Heading>
          <p className={LEAD}>
            {view.isPublished ? t("published", { year: view.year }) : t("beginsShortly")}
          </p>
        </>
      )}

      {view.kind === "title" && (
        <>
          <AwardName year={view.year} />
          <Heading className={getHeadlineClass(view.theme)}>{view.theme}</Heading>
          <p className={LEAD}>
            {t("presidency")} <CountryLabel code={view.presidency.code} name={view.presidency.name} />
          </p>
          <p className={BODY}>
            {formatDateRange(view.ceremony.startsOn, view.ceremony.endsOn, locale)}
            {view.ceremony.place && ` · ${view.ceremony.place}`}
          </p>
        </>
      )}

      {view.kind === "nominees" && (
        <>
          <AwardName year={view.year} />
          <Heading className={getHeadlineClass(t("nominees"))}>{t("nominees")}</Heading>
          {view.nominees.length === 0 ? (
            <p className={LEAD}>{t("noNominees")}</p>
          ) : (
            <ul className={`grid gap-x-[calc(3*var(--slide))] gap-y-[calc(1.6*var(--text))] ${getNomineeColumnsClass(view.nominees.length)}`}>
              {view.nominees.map((nominee) => (
                <li key={`${nominee.country.code}-${nominee.title}`} className="border-l-4 border-amber-300 pl-[calc(1.2*var(--slide))]">
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
          <p
            className={`${view.rank === 1 ? "text-[length:calc(6*var(--text))]" : "text-[length:calc(4.5*var(--text))]"} font-black leading-tight text-amber-300`}
          >
            {view.placeLabel}
          </p>
          <Heading className={getHeadlineClass(view.title)}>{view.title}</Heading>
          <p className={`${LEAD} font-semibold`}>
            <CountryLabel code={view.country.code} name={view.country.name} />
          </p>
          {view.prize && <p className={BODY}>{t("prize", { prize: view.prize })}</p>}
          {view.juryReason && <p className={getReasonClass(view.juryReason)}>{view.juryReason}</p>}
        </>
      )}
    </SlideFrame>
  );
}
