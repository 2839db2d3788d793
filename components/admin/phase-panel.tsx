import { getLocale, getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import type { PhaseBlockers } from "@/lib/domain/phase-blockers";
import { canAdvance, getNextPhase, type Phase, type PhaseContext } from "@/lib/domain/phases";
import type { Locale } from "@/lib/i18n/locales";
import { getRequestServerTextCatalogue } from "@/lib/i18n/server-text-catalogue";
import { translateText } from "@/lib/i18n/server-text";
import { formatEditionDay, formatEditionMoment } from "@/lib/format/edition-time";
import { AdvancePhaseButton, type AdvancePhaseButtonProps } from "./advance-phase-button";
import { PhaseStepper } from "./phase-stepper";

export interface PhasePanelEdition {
  id: number;
  year: number;
  phase: Phase;
  version: number;
  submissionDeadline: Date;
  gracePeriodMinutes: number;
  juryDeadline: Date;
  ceremonyStartsOn: string;
  ceremonyPlace: string;
  publishedAt: Date | null;
  /** The edition's zone, in which its moments are shown and labelled. */
  timeZone: string;
}

/** The edition's phase, its dates, and the one step forward the rules allow now. */
export async function PhasePanel({
  edition,
  context,
  advance,
  blockers,
}: {
  edition: PhasePanelEdition;
  context: PhaseContext;
  advance: AdvancePhaseButtonProps["action"];
  /** What refuses the next move and what to check first (listPhaseBlockers), listed before the button. */
  blockers?: PhaseBlockers;
}) {
  const [t, locale, catalogue] = await Promise.all([getTranslations("editionsAdmin"), getLocale() as Promise<Locale>, getRequestServerTextCatalogue()]);
  const say = (message: Parameters<typeof translateText>[1]) => translateText(catalogue, message);
  const next = getNextPhase(edition.phase);
  const check = next ? canAdvance(edition.phase, next, context) : null;
  const warning = check?.isAllowed ? check.warning : undefined;
  // The button shows the phase rules' own warning; the list shows the other cautions.
  const cautions = (blockers?.cautions ?? []).filter((c) => !(warning && c.template === warning)).map(say);
  const blockerTexts = (blockers?.blockers ?? []).map(say);
  const isBlocked = check !== null && (!check.isAllowed || blockerTexts.length > 0);
  const moment = (at: Date) => formatEditionMoment(at, edition.timeZone, { locale });
  return (
    <Card className="space-y-5">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="text-lg font-semibold">{t("panel.heading", { phase: t(`phase.${edition.phase}`) })}</h2>
        {edition.publishedAt && <p className="text-sm text-slate-600">{t("panel.published", { moment: moment(edition.publishedAt) })}</p>}
      </div>
      <PhaseStepper phase={edition.phase} />
      <dl className="grid gap-3 text-sm sm:grid-cols-3">
        <div>
          <dt className="font-semibold text-slate-700">{t("panel.submissionDeadline")}</dt>
          <dd>
            {moment(edition.submissionDeadline)}
            {edition.gracePeriodMinutes > 0 && ` ${t("panel.grace", { minutes: edition.gracePeriodMinutes })}`}
          </dd>
        </div>
        <div>
          <dt className="font-semibold text-slate-700">{t("panel.juryDeadline")}</dt>
          <dd>{moment(edition.juryDeadline)}</dd>
        </div>
        <div>
          <dt className="font-semibold text-slate-700">{t("panel.ceremony")}</dt>
          <dd>
            {formatEditionDay(edition.ceremonyStartsOn, locale)}
            {edition.ceremonyPlace && `, ${edition.ceremonyPlace}`}
          </dd>
        </div>
      </dl>
      {next && check && (
        <div className="space-y-3 border-t border-slate-200 pt-4">
          <h3 className="font-semibold">{t("panel.nextStep", { phase: t(`phase.${next}`) })}</h3>
          {blockerTexts.length > 0 && (
            <div className="space-y-1" data-testid="phase-blockers">
              <p className="text-sm font-semibold text-red-800">{t("panel.blocks")}</p>
              <ul className="list-disc space-y-1 pl-5 text-sm text-slate-800">
                {blockerTexts.map((reason) => (
                  <li key={reason}>{reason}</li>
                ))}
              </ul>
            </div>
          )}
          {cautions.length > 0 && (
            <div className="space-y-1" data-testid="phase-cautions">
              <p className="text-sm font-semibold text-slate-800">{t("panel.checkFirst")}</p>
              <ul className="list-disc space-y-1 pl-5 text-sm text-slate-700">
                {cautions.map((caution) => (
                  <li key={caution}>{caution}</li>
                ))}
              </ul>
            </div>
          )}
          {check.isAllowed && !isBlocked ? (
            <AdvancePhaseButton
              editionId={edition.id}
              year={edition.year}
              from={edition.phase}
              to={next}
              version={edition.version}
              warning={check.warning ? say(check.warning) : undefined}
              action={advance}
            />
          ) : (
            <>
              {!blockers && !check.isAllowed && <Notice>{say(check.reason)}</Notice>}
              <Button type="button" disabled>
                {next === "published" ? t("panel.publish") : t("panel.moveTo", { phase: t(`phase.${next}`) })}
              </Button>
            </>
          )}
        </div>
      )}
    </Card>
  );
}
