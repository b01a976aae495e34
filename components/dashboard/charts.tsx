import type { Locale } from "@/lib/platform/i18n/messages";
import { formatDecimal } from "./format";

/**
 * Charts drawn on the server as SVG: no script, nothing to load, and each one
 * sits next to a table with the same numbers (its accessible equivalent), so
 * the SVG itself is a labelled image.
 */

export type Series = { label: string; color: string; values: (number | null)[] };

const WIDTH = 720;
const HEIGHT = 240;
const PADDING = { top: 16, right: 16, bottom: 40, left: 52 };
const PLOT_WIDTH = WIDTH - PADDING.left - PADDING.right;
const PLOT_HEIGHT = HEIGHT - PADDING.top - PADDING.bottom;

/** A round axis maximum at or above `value`: 1, 2, 2.5 or 5 × 10^n. */
export function niceMax(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}

function Axes({ max, min, ticks, categories, locale, unit }: { max: number; min: number; ticks: number; categories: string[]; locale: Locale; unit: string }) {
  const every = Math.max(1, Math.ceil(categories.length / 12));
  const step = PLOT_WIDTH / Math.max(1, categories.length);
  return (
    <g aria-hidden="true" fontSize="11" fill="#334155">
      {Array.from({ length: ticks + 1 }, (_, index) => {
        const value = min + ((max - min) * index) / ticks;
        const y = PADDING.top + PLOT_HEIGHT - (PLOT_HEIGHT * index) / ticks;
        return (
          <g key={index}>
            <line x1={PADDING.left} x2={WIDTH - PADDING.right} y1={y} y2={y} stroke="#cbd5e1" strokeWidth="1" />
            <text x={PADDING.left - 6} y={y + 4} textAnchor="end">
              {formatDecimal(value, Number.isInteger(value) ? 0 : 1, locale)}
              {unit}
            </text>
          </g>
        );
      })}
      {categories.map((category, index) =>
        index % every === 0 ? (
          <text key={category + index} x={PADDING.left + step * index + step / 2} y={HEIGHT - PADDING.bottom + 16} textAnchor="middle">
            {category}
          </text>
        ) : null,
      )}
      <line x1={PADDING.left} x2={WIDTH - PADDING.right} y1={PADDING.top + PLOT_HEIGHT} y2={PADDING.top + PLOT_HEIGHT} stroke="#334155" strokeWidth="1" />
    </g>
  );
}

function Legend({ series }: { series: Series[] }) {
  return (
    <ul className="mt-2 flex flex-wrap gap-4 text-sm" aria-hidden="true">
      {series.map((entry) => (
        <li key={entry.label} className="flex items-center gap-2">
          <span className="inline-block h-3 w-6 rounded-sm border border-slate-700" style={{ backgroundColor: entry.color }} />
          {entry.label}
        </li>
      ))}
    </ul>
  );
}

/** Grouped bars, one group per category. */
export function BarChart({ id, title, categories, series, locale }: { id: string; title: string; categories: string[]; series: Series[]; locale: Locale }) {
  const max = niceMax(Math.max(0, ...series.flatMap((entry) => entry.values.map((value) => value ?? 0))));
  const step = PLOT_WIDTH / Math.max(1, categories.length);
  const barWidth = Math.max(1, (step * 0.8) / series.length);
  return (
    <figure className="rounded-lg border border-slate-300 bg-white p-3">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="h-auto w-full" role="img" aria-labelledby={`${id}-title`}>
        <title id={`${id}-title`}>{title}</title>
        <Axes max={max} min={0} ticks={4} categories={categories} locale={locale} unit="" />
        <g aria-hidden="true">
          {series.map((entry, seriesIndex) =>
            entry.values.map((value, index) => {
              const height = ((value ?? 0) / max) * PLOT_HEIGHT;
              return (
                <rect
                  key={`${seriesIndex}-${index}`}
                  x={PADDING.left + step * index + step * 0.1 + barWidth * seriesIndex}
                  y={PADDING.top + PLOT_HEIGHT - height}
                  width={barWidth}
                  height={height}
                  fill={entry.color}
                />
              );
            }),
          )}
        </g>
      </svg>
      <figcaption className="font-semibold">{title}</figcaption>
      <Legend series={series} />
    </figure>
  );
}

/** Lines over a fixed scale (percentages, index scores); a gap where a value is not shown. */
export function LineChart({
  id,
  title,
  categories,
  series,
  locale,
  min,
  max,
  unit = "",
  ticks = 4,
}: {
  id: string;
  title: string;
  categories: string[];
  series: Series[];
  locale: Locale;
  min: number;
  max: number;
  unit?: string;
  /** Gridlines between min and max: 4 for 0–100 %, 3 for the 25–100 index. */
  ticks?: number;
}) {
  const step = PLOT_WIDTH / Math.max(1, categories.length);
  const x = (index: number) => PADDING.left + step * index + step / 2;
  const y = (value: number) => PADDING.top + PLOT_HEIGHT - ((Math.min(max, Math.max(min, value)) - min) / (max - min)) * PLOT_HEIGHT;
  return (
    <figure className="rounded-lg border border-slate-300 bg-white p-3">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="h-auto w-full" role="img" aria-labelledby={`${id}-title`}>
        <title id={`${id}-title`}>{title}</title>
        <Axes max={max} min={min} ticks={ticks} categories={categories} locale={locale} unit={unit} />
        <g aria-hidden="true">
          {series.map((entry) => {
            const segments: string[] = [];
            let current = "";
            entry.values.forEach((value, index) => {
              if (value === null) {
                if (current) segments.push(current);
                current = "";
                return;
              }
              current += `${current ? "L" : "M"}${x(index).toFixed(1)},${y(value).toFixed(1)}`;
            });
            if (current) segments.push(current);
            return (
              <g key={entry.label}>
                {segments.map((path) => (
                  <path key={path} d={path} fill="none" stroke={entry.color} strokeWidth="2.5" />
                ))}
                {entry.values.map((value, index) =>
                  value === null ? null : <circle key={index} cx={x(index)} cy={y(value)} r="3.5" fill={entry.color} />,
                )}
              </g>
            );
          })}
        </g>
      </svg>
      <figcaption className="font-semibold">{title}</figcaption>
      <Legend series={series} />
    </figure>
  );
}

/** One horizontal bar split into parts (the backlog by SLA status). */
export function StackedBar({ id, title, parts }: { id: string; title: string; parts: { label: string; color: string; value: number }[] }) {
  const total = parts.reduce((sum, part) => sum + part.value, 0);
  let offset = 0;
  return (
    <figure className="rounded-lg border border-slate-300 bg-white p-3">
      <svg viewBox="0 0 720 36" className="h-auto w-full" role="img" aria-labelledby={`${id}-title`}>
        <title id={`${id}-title`}>{title}</title>
        <g aria-hidden="true">
          <rect x="0" y="4" width="720" height="28" fill="#f1f5f9" stroke="#334155" />
          {total > 0
            ? parts.map((part) => {
                const width = (part.value / total) * 720;
                const rect = <rect key={part.label} x={offset} y="4" width={width} height="28" fill={part.color} />;
                offset += width;
                return rect;
              })
            : null}
        </g>
      </svg>
      <figcaption className="font-semibold">{title}</figcaption>
      <Legend series={parts.map((part) => ({ label: part.label, color: part.color, values: [] }))} />
    </figure>
  );
}
