import { useFormatter, useTranslations } from "next-intl";
import type { ScoreDistribution } from "@/lib/results/ranking-summary";
import { ChartFigure, ChartFrame, COLOURS, DataTable, Legend } from "./chart-frame";

/** A count axis that ends on ten round steps (1, 2 or 5 times a power of ten), so its grid lines fall on round counts. */
function getCountAxis(counts: readonly number[][]): { min: number; max: number } {
  const rough = Math.max(1, ...counts.flat()) / 10;
  const power = 10 ** Math.floor(Math.log10(Math.max(1, rough)));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
  return { min: 0, max: step * 10 };
}

/** Each band's two ends, written in the page's language (the last band ends at the scale's maximum). */
function useBandLabels(distribution: ScoreDistribution, scaleMax: number) {
  const format = useFormatter();
  const write = (value: number) => format.number(value, { maximumFractionDigits: 2 });
  return distribution.starts.map((start, index) => {
    const end = index === distribution.starts.length - 1 ? scaleMax : (distribution.starts[index + 1] ?? scaleMax);
    return { axis: write(start), from: write(start), to: write(end) };
  });
}

/**
 * How many of the edition's ranked dossiers have their raw mean, and their normalised score, in each band of the
 * scale: what the dossiers' chart draws when there are more dossiers than bars would be readable (and HTML cheap).
 */
export function DossierBandChart({ distribution, scale, count }: { distribution: ScoreDistribution; scale: { min: number; max: number }; count: number }) {
  const t = useTranslations("deliberation.charts");
  const format = useFormatter();
  const labels = useBandLabels(distribution, scale.max);
  const axis = getCountAxis([distribution.raw, distribution.normalised]);
  return (
    <ChartFigure id="chart-dossiers-caption" title={t("dossierBandsTitle")} hint={t("dossierBandsHint", { count: format.number(count) })}>
      <ChartFrame labelledBy="chart-dossiers-caption" labels={labels.map((l) => l.axis)} scale={axis}>
        {({ x, y }) =>
          labels.map((label, index) => {
            const raw = distribution.raw[index] ?? 0;
            const normalised = distribution.normalised[index] ?? 0;
            return (
              <g key={label.from} data-band={label.from}>
                <title>{t("dossierBandPoint", { from: label.from, to: label.to, raw: format.number(raw), normalised: format.number(normalised) })}</title>
                <rect x={x(index) - 12} width={12} y={y(raw)} height={y(0) - y(raw)} fill={COLOURS.mean} />
                <rect x={x(index)} width={12} y={y(normalised)} height={y(0) - y(normalised)} fill={COLOURS.normalised} />
              </g>
            );
          })
        }
      </ChartFrame>
      <Legend
        items={[
          { label: t("rawMean"), colour: COLOURS.mean, shape: "bar" },
          { label: t("normalised"), colour: COLOURS.normalised, shape: "bar" },
        ]}
      />
      <DataTable
        caption={t("dossierBandsTitle")}
        header={[t("band"), t("rawMean"), t("normalised")]}
        rows={labels.map((label, index) => [t("bandRange", { from: label.from, to: label.to }), format.number(distribution.raw[index] ?? 0), format.number(distribution.normalised[index] ?? 0)])}
      />
    </ChartFigure>
  );
}

/** How many of the edition's jurors have their mean score in each band: what the jurors' chart draws for a large jury. */
export function JurorBandChart({ distribution, scale, count }: { distribution: ScoreDistribution; scale: { min: number; max: number }; count: number }) {
  const t = useTranslations("deliberation.charts");
  const format = useFormatter();
  const labels = useBandLabels(distribution, scale.max);
  const axis = getCountAxis([distribution.jurors]);
  return (
    <ChartFigure id="chart-jurors-caption" title={t("jurorBandsTitle")} hint={t("jurorBandsHint", { count: format.number(count) })}>
      <ChartFrame labelledBy="chart-jurors-caption" labels={labels.map((l) => l.axis)} scale={axis}>
        {({ x, y }) =>
          labels.map((label, index) => {
            const jurors = distribution.jurors[index] ?? 0;
            return (
              <g key={label.from} data-band={label.from}>
                <title>{t("jurorBandPoint", { from: label.from, to: label.to, count: format.number(jurors) })}</title>
                <rect x={x(index) - 12} width={24} y={y(jurors)} height={y(0) - y(jurors)} fill={COLOURS.mean} />
              </g>
            );
          })
        }
      </ChartFrame>
      <Legend items={[{ label: t("jurors"), colour: COLOURS.mean, shape: "bar" }]} />
      <DataTable
        caption={t("jurorBandsTitle")}
        header={[t("band"), t("jurors")]}
        rows={labels.map((label, index) => [t("bandRange", { from: label.from, to: label.to }), format.number(distribution.jurors[index] ?? 0)])}
      />
    </ChartFigure>
  );
}
