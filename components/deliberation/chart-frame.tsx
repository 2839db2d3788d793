import { useTranslations } from "next-intl";

// Drawn on the server as plain SVG: the page ships no chart script (it stayed slow to become interactive on a phone),
// and the markup is valid HTML, which recharts' wrapper <div width height> was not.
const HEIGHT = 320;
const MARGIN = { top: 12, right: 12, bottom: 28, left: 36 };
export const SLOT = 36;
export const COLOURS = { range: "#cbd5e1", mean: "#1d4ed8", normalised: "#b45309", grid: "#e2e8f0", axis: "#475569", pooled: "#64748b" };

export function formatChartValue(value: number): string {
  return value.toFixed(2);
}

/** The frame both charts share: a y axis over the scale with a grid line per whole score, and a label per slot. */
export function ChartFrame({
  labelledBy,
  labels,
  scale,
  children,
}: {
  labelledBy: string;
  labels: string[];
  scale: { min: number; max: number };
  children: (geometry: { x: (index: number) => number; y: (value: number) => number }) => React.ReactNode;
}) {
  const width = MARGIN.left + MARGIN.right + Math.max(labels.length, 4) * SLOT;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const span = scale.max - scale.min || 1;
  const y = (value: number) => MARGIN.top + plotHeight * (1 - (value - scale.min) / span);
  const x = (index: number) => MARGIN.left + SLOT * (index + 0.5);
  const step = Math.max(1, Math.ceil(span / 10));
  const ticks: number[] = [];
  for (let value = scale.min; value <= scale.max; value += step) ticks.push(value);
  return (
    <div className="overflow-x-auto">
      <svg
        viewBox={`0 0 ${width} ${HEIGHT}`}
        role="img"
        aria-labelledby={labelledBy}
        className="h-auto w-full"
        style={{ minWidth: `${Math.min(width, labels.length * 24 + MARGIN.left)}px`, maxHeight: `${HEIGHT}px` }}
      >
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={MARGIN.left} x2={width - MARGIN.right} y1={y(tick)} y2={y(tick)} stroke={COLOURS.grid} strokeDasharray="3 3" />
            <text x={MARGIN.left - 6} y={y(tick)} dy="0.32em" textAnchor="end" fontSize="11" fill={COLOURS.axis}>
              {tick}
            </text>
          </g>
        ))}
        {labels.map((label, index) => (
          <text key={`${label}-${index}`} x={x(index)} y={HEIGHT - MARGIN.bottom + 16} textAnchor="middle" fontSize="11" fill={COLOURS.axis}>
            {label}
          </text>
        ))}
        {children({ x, y })}
      </svg>
    </div>
  );
}

export function Legend({ items }: { items: { label: string; colour: string; shape: "bar" | "dot" | "diamond" | "dash" }[] }) {
  return (
    <ul className="mt-2 flex flex-wrap gap-4 text-sm text-slate-700">
      {items.map((item) => (
        <li key={item.label} className="flex items-center gap-2">
          <svg viewBox="0 0 12 12" className="h-3 w-3" aria-hidden="true">
            {item.shape === "bar" && <rect x="2" y="0" width="8" height="12" fill={item.colour} />}
            {item.shape === "dot" && <circle cx="6" cy="6" r="5" fill={item.colour} />}
            {item.shape === "diamond" && <path d="M6 0 L12 6 L6 12 L0 6 Z" fill={item.colour} />}
            {item.shape === "dash" && <line x1="0" x2="12" y1="6" y2="6" stroke={item.colour} strokeWidth="2" strokeDasharray="3 2" />}
          </svg>
          {item.label}
        </li>
      ))}
    </ul>
  );
}

export function DataTable({ caption, header, rows }: { caption: string; header: string[]; rows: (string | number)[][] }) {
  const t = useTranslations("deliberation.charts");
  return (
    <details className="mt-2 text-sm">
      <summary className="cursor-pointer font-medium text-brand-700">{t("showTable")}</summary>
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
                    {typeof cell === "number" ? formatChartValue(cell) : cell}
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

/** A chart's card: its caption (title and hint), which the chart inside is labelled by, then the chart itself. */
export function ChartFigure({ id, title, hint, children }: { id: string; title: string; hint: string; children: React.ReactNode }) {
  return (
    <figure aria-labelledby={id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <figcaption id={id} className="mb-2 font-semibold">
        {title}
        <span className="block text-sm font-normal text-slate-600">{hint}</span>
      </figcaption>
      {children}
    </figure>
  );
}
