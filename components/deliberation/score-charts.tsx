import { useTranslations } from "next-intl";
import type { ScoreDistribution } from "@/lib/results/ranking-summary";
import { ChartFigure, ChartFrame, COLOURS, DataTable, formatChartValue, Legend, SLOT } from "./chart-frame";
import { DossierBandChart, JurorBandChart } from "./score-band-charts";

export interface DossierDistribution {
  /** Short label on the axis: the country code. */
  label: string;
  countryName: string;
  min: number;
  max: number;
  mean: number;
  normalisedMean: number;
  median: number;
}

export interface JurorDistribution {
  /** Short label on the axis: the juror's country code. */
  label: string;
  name: string;
  mean: number;
  standardDeviation: number;
  isNormalised: boolean;
}

/** The edition's distribution, and how many dossiers and jurors it counts when their charts draw it instead of each one. */
export interface ChartBands {
  distribution: ScoreDistribution;
  dossierCount?: number;
  jurorCount?: number;
}

/**
 * Charts of the score distributions, drawn on the server as SVG: each dossier's range of jurors' scores with its raw and normalised
 * mean, and each juror's mean, so strict and lenient jurors show. Each has a caption and the same data as a table. With
 * `bands`, a chart counts the whole edition's dossiers or jurors per band of the scale instead of drawing each.
 */
export function ScoreCharts({
  dossiers,
  jurors,
  scale,
  bands,
}: {
  dossiers: DossierDistribution[];
  jurors: JurorDistribution[];
  scale: { min: number; max: number };
  bands?: ChartBands;
}) {
  const t = useTranslations("deliberation.charts");
  const pooledMean = jurors.length > 0 ? jurors.reduce((sum, j) => sum + j.mean, 0) / jurors.length : undefined;
  return (
    <div className="grid gap-6 xl:grid-cols-2">
      {bands?.dossierCount !== undefined ? (
        <DossierBandChart distribution={bands.distribution} scale={scale} count={bands.dossierCount} />
      ) : (
        <ChartFigure id="chart-dossiers-caption" title={t("dossiersTitle")} hint={t("dossiersHint")}>
          <ChartFrame labelledBy="chart-dossiers-caption" labels={dossiers.map((d) => d.label)} scale={scale}>
            {({ x, y }) =>
              dossiers.map((d, index) => (
                <g key={`${d.label}-${index}`} data-dossier={d.label}>
                  <title>{t("dossierPoint", { country: d.countryName, min: formatChartValue(d.min), max: formatChartValue(d.max), mean: formatChartValue(d.mean), normalised: formatChartValue(d.normalisedMean) })}</title>
                  <rect x={x(index) - 9} width={18} y={y(d.max)} height={Math.max(1, y(d.min) - y(d.max))} fill={COLOURS.range} />
                  <circle cx={x(index)} cy={y(d.mean)} r={5} fill={COLOURS.mean} />
                  <path d={`M${x(index)} ${y(d.normalisedMean) - 6} l6 6 l-6 6 l-6 -6 Z`} fill={COLOURS.normalised} />
                </g>
              ))
            }
          </ChartFrame>
          <Legend
            items={[
              { label: t("lowestToHighest"), colour: COLOURS.range, shape: "bar" },
              { label: t("rawMean"), colour: COLOURS.mean, shape: "dot" },
              { label: t("normalised"), colour: COLOURS.normalised, shape: "diamond" },
            ]}
          />
          <DataTable
            caption={t("dossiersTitle")}
            header={[t("country"), t("lowest"), t("highest"), t("median"), t("rawMean"), t("normalised")]}
            rows={dossiers.map((d) => [d.countryName, d.min, d.max, d.median, d.mean, d.normalisedMean])}
          />
        </ChartFigure>
      )}
      {bands?.jurorCount !== undefined ? (
        <JurorBandChart distribution={bands.distribution} scale={scale} count={bands.jurorCount} />
      ) : (
        <ChartFigure id="chart-jurors-caption" title={t("jurorsTitle")} hint={t("jurorsHint")}>
          <ChartFrame labelledBy="chart-jurors-caption" labels={jurors.map((j) => j.label)} scale={scale}>
            {({ x, y }) => (
              <>
                {jurors.map((j, index) => (
                  <g key={`${j.label}-${index}`} data-juror={j.label}>
                    <title>{t("jurorPoint", { name: j.name, mean: formatChartValue(j.mean) })}</title>
                    <rect x={x(index) - 12} width={24} y={y(j.mean)} height={Math.max(0, y(scale.min) - y(j.mean))} fill={COLOURS.mean} />
                  </g>
                ))}
                {pooledMean !== undefined && (
                  <line x1={x(0) - SLOT / 2} x2={x(Math.max(jurors.length, 4) - 1) + SLOT / 2} y1={y(pooledMean)} y2={y(pooledMean)} stroke={COLOURS.pooled} strokeDasharray="4 4" />
                )}
              </>
            )}
          </ChartFrame>
          <Legend
            items={[
              { label: t("meanScore"), colour: COLOURS.mean, shape: "bar" },
              { label: t("meanOfAll"), colour: COLOURS.pooled, shape: "dash" },
            ]}
          />
          <DataTable
            caption={t("jurorsTitle")}
            header={[t("juror"), t("mean"), t("standardDeviation"), t("normalisation")]}
            rows={jurors.map((j) => [j.name, j.mean, j.standardDeviation, j.isNormalised ? t("isNormalised") : t("rawScores")])}
          />
        </ChartFigure>
      )}
    </div>
  );
}
