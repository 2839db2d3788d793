import { EmptyState } from "@/components/ui/empty-state";
import { Notice } from "@/components/ui/notice";
import type { EditionRanking } from "@/lib/results/ranking";
import type { listTieDecisions } from "@/lib/results/tie-decisions";
import { BASIS_LABELS } from "@/lib/domain/ranking-labels";
import { CriterionBreakdown } from "./criterion-breakdown";
import { DeliberationTable } from "./deliberation-table";
import { JuryStatementForm } from "./jury-statement-form";
import { JurorNormalisationTable } from "./juror-normalisation-table";
import { RankingLists } from "./ranking-lists";
import { ScoreCharts } from "./score-charts";
import { StabilitySummary } from "./stability-summary";
import { TieSection } from "./tie-section";
import type { TieDecisionFormProps } from "./tie-decision-form";
import { buildDeliberationModel } from "./view-model";

export interface DeliberationViewProps {
  editionId: number;
  /** The edition's zone, in which moments are written. */
  timeZone: string;
  ranking: EditionRanking;
  decisions: Awaited<ReturnType<typeof listTieDecisions>>;
  statement: string;
  /** Given when the viewer may decide ties now (chair or secretariat, in deliberation, not frozen). */
  tieAction?: TieDecisionFormProps["action"];
  /** Given when the viewer may write the jury's statement now. */
  statementAction?: Parameters<typeof JuryStatementForm>[0]["action"];
}

/**
 * The detailed sections show this many dossiers, in the official ranking's order: a jury deliberates on the top places,
 * and a 10,000-dossier edition rendered whole was 244 MB of HTML. The scores workbook (XLSX) holds every dossier.
 */
export const DOSSIER_DETAIL_LIMIT = 100;

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

/** The deliberation as the secretariat and the jury chair see it: both rankings, the detail behind them, ties and the statement. */
export function DeliberationView({ editionId, timeZone, ranking, decisions, statement, tieAction, statementAction }: DeliberationViewProps) {
  const { result } = ranking.record;
  const model = buildDeliberationModel(ranking, decisions);
  if (model.dossiers.length === 0 && ranking.unscored.length === 0) {
    return <EmptyState title="Nothing to rank yet">No accepted competing nomination has a submitted score sheet.</EmptyState>;
  }
  const fallbackCount = result.jurors.filter((j) => j.fallback !== null).length;
  // Lookups (ties, stability) keep every dossier; the lists and details show the first places only.
  const shown = { ...model, dossiers: model.dossiers.slice(0, DOSSIER_DETAIL_LIMIT) };
  const isTruncated = model.dossiers.length > shown.dossiers.length;
  const jurorCountries = new Map(ranking.record.jurors.map((x) => [x.id, x.countryCode]));
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        {ranking.incompleteSheetCount > 0 && (
          <Notice tone="error">
            {ranking.incompleteSheetCount} submitted score {ranking.incompleteSheetCount === 1 ? "sheet lacks" : "sheets lack"} a
            score for some criterion and {ranking.incompleteSheetCount === 1 ? "is" : "are"} left out of the ranking.
          </Notice>
        )}
        {result.invalidTieBreakSteps.length > 0 && (
          <Notice tone="error">
            The edition declares tie-breaks that cannot be applied and are skipped: {result.invalidTieBreakSteps.join(", ")}.
          </Notice>
        )}
        {isTruncated && (
          <Notice>
            {model.dossiers.length.toLocaleString("en-GB")} dossiers are ranked: the lists and details below show the first{" "}
            {DOSSIER_DETAIL_LIMIT} places of each ranking. The scores workbook (XLSX) holds them all.
          </Notice>
        )}
        <Notice>
          This edition decides by the <strong>{BASIS_LABELS[result.officialBasis].toLowerCase()}</strong> ranking; the other is
          shown beside it.
          {fallbackCount > 0 &&
            ` ${fallbackCount} ${fallbackCount === 1 ? "juror keeps" : "jurors keep"} raw scores in the normalised ranking (see the jurors below).`}
        </Notice>
      </div>

      <Section id="rankings" title="Raw and normalised rankings">
        <RankingLists model={model} limit={DOSSIER_DETAIL_LIMIT} />
      </Section>

      <Section id="ranking" title="Ranking">
        <DeliberationTable model={shown} unscored={ranking.unscored} spreadThreshold={result.spreadThreshold} />
      </Section>

      <Section id="breakdown" title="Per-criterion breakdown">
        <CriterionBreakdown model={shown} />
      </Section>

      <Section id="charts" title="Score distributions">
        <ScoreCharts
          scale={result.scale}
          dossiers={shown.dossiers.map((d) => ({
            label: d.countryCode,
            countryName: d.countryName,
            min: d.dossier.raw.min,
            max: d.dossier.raw.max,
            mean: d.dossier.raw.mean,
            normalisedMean: d.dossier.normalised.mean,
            median: d.dossier.raw.median,
          }))}
          jurors={result.jurors.map((j) => ({
            label: jurorCountries.get(j.jurorId) ?? String(j.jurorId),
            name: model.jurorNames.get(j.jurorId)?.name ?? `Juror ${j.jurorId}`,
            mean: j.mean,
            standardDeviation: j.standardDeviation,
            isNormalised: j.fallback === null,
          }))}
        />
      </Section>

      <Section id="jurors" title="Jurors and normalisation">
        <JurorNormalisationTable model={model} jurors={result.jurors} />
      </Section>

      <Section id="stability" title="Stability of the top places">
        <StabilitySummary stability={result.stability} model={model} />
      </Section>

      <Section id="ties" title="Ties">
        <TieSection result={result} model={model} decisions={decisions} editionId={editionId} timeZone={timeZone} action={tieAction} />
      </Section>

      <Section id="statement" title="Jury's statement">
        {statementAction ? (
          <JuryStatementForm editionId={editionId} statement={statement} action={statementAction} />
        ) : statement ? (
          <p className="whitespace-pre-line rounded-md border border-slate-200 bg-white p-4 text-sm">{statement}</p>
        ) : (
          <p className="text-sm text-slate-600">No statement was written.</p>
        )}
      </Section>
    </div>
  );
}
