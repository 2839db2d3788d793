"use client";

import { Bar, BarChart, CartesianGrid, ComposedChart, Legend, ReferenceLine, Scatter, Tooltip, XAxis, YAxis } from "recharts";

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

const CHART_STYLE = { width: "100%", height: 320 };

function format(value: number): string {
  return value.toFixed(2);
}

function DataTable({ caption, header, rows }: { caption: string; header: string[]; rows: (string | number)[][] }) {
  return (
    <details className="mt-2 text-sm">
      <summary className="cursor-pointer font-medium text-brand-700">Show the data as a table</summary>
      <table className="mt-2 w-full text-left">
        <caption className="sr-only">{caption}</caption>
        <thead className="text-slate-700">
          <tr>
            {header.map((cell) => (
              <th key={cell} scope="col" className="px-2 py-1">
                {cell}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={String(row[0])}>
              {row.map((cell, index) =>
                index === 0 ? (
                  <th key={index} scope="row" className="px-2 py-1 font-normal">
                    {cell}
                  </th>
                ) : (
                  <td key={index} className="px-2 py-1 tabular-nums">
                    {typeof cell === "number" ? format(cell) : cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

/**
 * Charts of the score distributions (recharts): each dossier's range of jurors' scores with its raw and normalised
 * mean, and each juror's mean, so strict and lenient jurors show. Each has a caption and the same data as a table.
 */
export function ScoreCharts({
  dossiers,
  jurors,
  scale,
}: {
  dossiers: DossierDistribution[];
  jurors: JurorDistribution[];
  scale: { min: number; max: number };
}) {
  const ranges = dossiers.map((d) => ({ ...d, range: [d.min, d.max] as [number, number] }));
  const pooledMean = jurors.length > 0 ? jurors.reduce((sum, j) => sum + j.mean, 0) / jurors.length : undefined;
  return (
    <div className="grid gap-6 xl:grid-cols-2">
      <figure aria-labelledby="chart-dossiers-caption" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <figcaption id="chart-dossiers-caption" className="mb-2 font-semibold">
          Score distributions per dossier
          <span className="block text-sm font-normal text-slate-600">
            Bars span the lowest to the highest juror score; dots mark the raw mean and the normalised score.
          </span>
        </figcaption>
        <ComposedChart responsive style={CHART_STYLE} data={ranges} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" />
          <YAxis domain={[scale.min, scale.max]} allowDecimals={false} width={32} />
          <Tooltip formatter={(value) => (Array.isArray(value) ? value.map((v) => format(Number(v))).join("–") : format(Number(value)))} />
          <Legend formatter={(value) => <span className="text-sm text-slate-700">{value}</span>} />
          <Bar dataKey="range" name="Lowest to highest" fill="#cbd5e1" barSize={18} isAnimationActive={false} />
          <Scatter dataKey="mean" name="Raw mean" fill="#1d4ed8" isAnimationActive={false} />
          <Scatter dataKey="normalisedMean" name="Normalised" fill="#b45309" shape="diamond" isAnimationActive={false} />
        </ComposedChart>
        <DataTable
          caption="Score distributions per dossier"
          header={["Country", "Lowest", "Highest", "Median", "Raw mean", "Normalised"]}
          rows={dossiers.map((d) => [d.countryName, d.min, d.max, d.median, d.mean, d.normalisedMean])}
        />
      </figure>
      <figure aria-labelledby="chart-jurors-caption" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <figcaption id="chart-jurors-caption" className="mb-2 font-semibold">
          Each juror&apos;s mean score
          <span className="block text-sm font-normal text-slate-600">
            A juror far above or below the line is lenient or strict; normalisation evens that out.
          </span>
        </figcaption>
        <BarChart responsive style={CHART_STYLE} data={jurors} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" interval={0} />
          <YAxis domain={[scale.min, scale.max]} allowDecimals={false} width={32} />
          <Tooltip formatter={(value) => format(Number(value))} />
          {pooledMean !== undefined && <ReferenceLine y={pooledMean} stroke="#64748b" strokeDasharray="4 4" />}
          <Bar dataKey="mean" name="Mean score" fill="#1d4ed8" isAnimationActive={false} />
        </BarChart>
        <DataTable
          caption="Each juror's mean score"
          header={["Juror", "Mean", "Standard deviation", "Normalisation"]}
          rows={jurors.map((j) => [j.name, j.mean, j.standardDeviation, j.isNormalised ? "normalised" : "raw scores"])}
        />
      </figure>
    </div>
  );
}
