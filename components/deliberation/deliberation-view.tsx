import { useFormatter, useTranslations } from "next-intl";
import { EmptyState } from "@/components/ui/empty-state";
import { Notice } from "@/components/ui/notice";
import type { RankingPageContent } from "@/lib/results/deliberation-page";
import { getRankingPageHref } from "@/lib/validation/ranking-page-query";
import type { listTieDecisions } from "@/lib/results/tie-decisions";
import { CriterionBreakdown } from "./criterion-breakdown";
import { DeliberationTable } from "./deliberation-table";
import { JuryStatementForm } from "./jury-statement-form";
import { JurorNormalisationTable } from "./juror-normalisation-table";
import { RankingLists } from "./ranking-lists";
import { RankingPager } from "./ranking-pager";
import { useRankingWords } from "./ranking-words";
import { ScoreCharts, type ChartBands } from "./score-charts";
import { StabilitySummary } from "./stability-summary";
import { TieSection } from "./tie-section";
import type { TieDecisionFormProps } from "./tie-decision-form";
import { buildDeliberationModel, toDossierView } from "./view-model";

export interface DeliberationViewProps {
  editionId: number;
  /** The edition's zone, in which moments are written. */
  timeZone: string;
  content: RankingPageContent;
  /** The page's own path, for the links between pages and the search. */
  path: string;
  /** The dossier whose breakdown the URL opens (it is among the content's pinned dossiers). */
  dossierId?: string;
  decisions: Awaited<ReturnType<typeof listTieDecisions>>;
  statement: string;
  /** Given when the viewer may decide ties now (chair or secretariat, in deliberation, not frozen). */
  tieAction?: TieDecisionFormProps["action"];
  /** Given when the viewer may write the jury's statement now. */
  statementAction?: Parameters<typeof JuryStatementForm>[0]["action"];
}

/** Up to this many dossiers (or jurors) a chart draws each one; above, it counts the whole edition's per band of the scale. */
export const CHART_ITEM_LIMIT = 50;

/** The bands the charts draw instead of each dossier or juror, when the summary has them and there are too many to draw. */
function getChartBands(summary: RankingPageContent["summary"]): ChartBands | undefined {
  const { distribution } = summary;
  if (!distribution) return undefined;
  const bands: ChartBands = { distribution };
  if (summary.rankedCount > CHART_ITEM_LIMIT) bands.dossierCount = summary.rankedCount;
  if (summary.jurorCount > CHART_ITEM_LIMIT) bands.jurorCount = summary.jurorCount;
  return bands;
}

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-3">
      <h2 id={`${id}-heading`} className="text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** The deliberation as the secretariat and the jury chair see it: one page of both rankings, the detail behind them, ties and the statement. */
export function DeliberationView({ editionId, timeZone, content, path, dossierId, decisions, statement, tieAction, statementAction }: DeliberationViewProps) {
  const t = useTranslations("deliberation");
  const format = useFormatter();
  const words = useRankingWords();
  const { summary } = content;
  if (summary.rankedCount === 0 && summary.unscoredCount === 0) {
    return <EmptyState title={t("emptyTitle")}>{t("emptyBody")}</EmptyState>;
  }
  const model = buildDeliberationModel(content, decisions);
  const selected = [...content.rows, ...content.pinned].flatMap(toDossierView).find((d) => d.id === dossierId);
  const getBreakdownHref = (id: string) => `${getRankingPageHref(path, { page: content.page, search: content.search, dossierId: id })}#breakdown-heading`;
  const unscored = content.rows.filter((p) => p.row === null).map((p) => ({ id: p.nominationId, countryName: p.countryName, title: p.title }));
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        {summary.incompleteSheetCount > 0 && (
          <Notice tone="error">{t("incompleteSheets", { count: summary.incompleteSheetCount })}</Notice>
        )}
        {summary.invalidTieBreakSteps.length > 0 && (
          <Notice tone="error">{t("invalidTieBreaks", { steps: summary.invalidTieBreakSteps.join(", ") })}</Notice>
        )}
        <Notice>
          {t.rich("officialBasis", { basis: words.basisInSentence(summary.officialBasis), strong: (chunks) => <strong>{chunks}</strong> })}
          {summary.fallbackJurorCount > 0 && ` ${t("fallbackJurors", { count: summary.fallbackJurorCount })}`}
        </Notice>
      </div>

      <RankingPager content={content} path={path} />

      <Section id="rankings" title={t("sections.rankings")}>
        <RankingLists model={model} />
      </Section>

      <Section id="ranking" title={t("sections.ranking")}>
        <DeliberationTable model={model} unscored={unscored} spreadThreshold={summary.spreadThreshold} />
      </Section>

      <Section id="breakdown" title={t("sections.breakdown")}>
        <CriterionBreakdown model={model} selected={selected} getHref={getBreakdownHref} />
      </Section>

      <Section id="charts" title={t("sections.charts")}>
        <ScoreCharts
          scale={summary.scale}
          bands={getChartBands(summary)}
          dossiers={model.dossiers.map((d) => ({
            label: d.countryCode,
            countryName: d.countryName,
            min: d.dossier.raw.min,
            max: d.dossier.raw.max,
            mean: d.dossier.raw.mean,
            normalisedMean: d.dossier.normalised.mean,
            median: d.dossier.raw.median,
          }))}
          jurors={summary.jurors.map((j) => ({
            label: j.countryCode || String(j.jurorId),
            name: j.name,
            mean: j.mean,
            standardDeviation: j.standardDeviation,
            isNormalised: j.fallback === null,
          }))}
        />
      </Section>

      <Section id="jurors" title={t("sections.jurors")}>
        <JurorNormalisationTable model={model} jurors={summary.jurors} />
        {summary.jurorCount > summary.jurors.length && (
          <p className="text-sm text-slate-600">
            {t("jurorsShown", { shown: summary.jurors.length, total: format.number(summary.jurorCount) })}
          </p>
        )}
      </Section>

      <Section id="stability" title={t("sections.stability")}>
        <StabilitySummary stability={summary.stability} model={model} />
      </Section>

      <Section id="ties" title={t("sections.ties")}>
        <TieSection summary={summary} model={model} decisions={decisions} editionId={editionId} timeZone={timeZone} action={tieAction} />
      </Section>

      <Section id="statement" title={t("sections.statement")}>
        {statementAction ? (
          <JuryStatementForm editionId={editionId} statement={statement} action={statementAction} />
        ) : statement ? (
          <p className="whitespace-pre-line rounded-md border border-slate-200 bg-white p-4 text-sm">{statement}</p>
        ) : (
          <p className="text-sm text-slate-600">{t("noStatement")}</p>
        )}
      </Section>
    </div>
  );
}
