import type { Locale } from "@/lib/platform/i18n/messages";
import { formatDecimal } from "./format";

/**
 * Charts drawn on the server as SVG: no script, nothing to load, and each one
 * sits next to a table with the same numbers (its accessible equivalent), so
 * the SVG itself is a labelled image.
 */

/**
 * A second cue beside colour (WCAG 1.4.1): two series whose colours are close
 * (at risk, breached) differ by their fill pattern too, in the chart and in
 * its legend.
 */
export type Pattern = "solid" | "stripes" | "crosshatch" | "dots";
export type Series = { label: string; color: string; values: (number | null)[]; pattern?: Pattern };

const WIDTH = 720;
const HEIGHT = 240;
const PADDING = { top: 16, right: 16, bottom: 44, left: 84 };
const PLOT_WIDTH = WIDTH - PADDING.left - PADDING.right;
const PLOT_HEIGHT = HEIGHT - PADDING.top - PADDING.bottom;

/**
 * The chart scales with its box, so its labels do too: they are drawn larger
 * (in the chart's own units) on narrow screens, about 10–12 px on the screen
 * at every width (WCAG 1.4.4, 1.4.10).
 */
// Disjoint ranges: which of two overlapping width variants wins would depend on the order Tailwind writes them in.
const AXIS_TEXT = "text-[11px] min-[640px]:max-lg:text-[16px] min-[480px]:max-sm:text-[22px] max-[480px]:text-[30px]";
/** Category labels that fit: every one on a wide screen, about four on a phone. */
const WIDE_LABELS = 12;
const NARROW_LABELS = 4;

/** A round axis maximum at or above `value`: 1, 2, 2.5 or 5 × 10^n. */
export function niceMax(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}

/** Coordinates to a tenth of a unit of the 720-wide view box: invisible, and each one is sent twice (HTML and RSC payload). */
const px = (value: number) => Math.round(value * 10) / 10;

function Axes({ max, min, ticks, categories, locale, unit }: { max: number; min: number; ticks: number; categories: string[]; locale: Locale; unit: string }) {
  const every = Math.max(1, Math.ceil(categories.length / WIDE_LABELS));
  const everyNarrow = Math.max(every, Math.ceil(categories.length / NARROW_LABELS));
  const step = PLOT_WIDTH / Math.max(1, categories.length);
  return (
    <g aria-hidden="true" fill="#334155" className={AXIS_TEXT} data-testid="chart-axis">
      {/* Shared attributes on the groups, not on each line and label (text-anchor, dominant-baseline and stroke are inherited). */}
      <g textAnchor="end" dominantBaseline="middle" stroke="#cbd5e1" strokeWidth="1">
        {Array.from({ length: ticks + 1 }, (_, index) => {
          const value = min + ((max - min) * index) / ticks;
          const y = px(PADDING.top + PLOT_HEIGHT - (PLOT_HEIGHT * index) / ticks);
          return (
            <g key={index}>
              <line x1={PADDING.left} x2={WIDTH - PADDING.right} y1={y} y2={y} />
              <text x={PADDING.left - 6} y={y} stroke="none">
                {formatDecimal(value, Number.isInteger(value) ? 0 : 1, locale)}
                {unit}
              </text>
            </g>
          );
        })}
      </g>
      <g textAnchor="middle" dominantBaseline="hanging">
        {categories.map((category, index) =>
          index % every === 0 ? (
            <text
              key={category + index}
              x={px(PADDING.left + step * index + step / 2)}
              y={HEIGHT - PADDING.bottom + 6}
              className={index % everyNarrow === 0 ? undefined : "max-lg:hidden"}
            >
              {category}
            </text>
          ) : null,
        )}
      </g>
      <line x1={PADDING.left} x2={WIDTH - PADDING.right} y1={PADDING.top + PLOT_HEIGHT} y2={PADDING.top + PLOT_HEIGHT} stroke="#334155" strokeWidth="1" />
    </g>
  );
}

/** The fill of a series: its colour, or a pattern of it defined in <PatternDefs>. */
function fillOf(entry: { color: string; pattern?: Pattern }, patternId: string) {
  return entry.pattern && entry.pattern !== "solid" ? `url(#${patternId})` : entry.color;
}

function PatternDef({ id, color, pattern }: { id: string; color: string; pattern?: Pattern }) {
  if (!pattern || pattern === "solid") return null;
  return (
    <pattern id={id} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform={pattern === "dots" ? undefined : "rotate(45)"}>
      <rect width="8" height="8" fill={color} />
      {pattern === "stripes" ? <rect width="3" height="8" fill="#ffffff" /> : null}
      {pattern === "crosshatch" ? (
        <>
          <rect width="2" height="8" fill="#ffffff" />
          <rect width="8" height="2" fill="#ffffff" />
        </>
      ) : null}
      {pattern === "dots" ? <circle cx="4" cy="4" r="1.6" fill="#ffffff" /> : null}
    </pattern>
  );
}

/**
 * The chart's key. Where the chart itself defines its series' patterns
 * (`patternsOf`, ids being page-wide), the swatches use those rather than
 * defining each one again.
 */
function Legend({ id, series, patternsOf }: { id: string; series: { label: string; color: string; pattern?: Pattern }[]; patternsOf?: string }) {
  return (
    <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-hidden="true">
      {series.map((entry, index) => {
        const patternId = patternsOf ? `${patternsOf}-fill-${index}` : `${id}-legend-${index}`;
        return (
          <li key={entry.label} className="flex items-center gap-2" data-pattern={entry.pattern ?? "solid"}>
            <svg width="24" height="12" className="shrink-0 border border-slate-700">
              {patternsOf || !entry.pattern || entry.pattern === "solid" ? null : (
                <defs>
                  <PatternDef id={patternId} color={entry.color} pattern={entry.pattern} />
                </defs>
              )}
              <rect width="24" height="12" fill={fillOf(entry, patternId)} />
            </svg>
            {entry.label}
          </li>
        );
      })}
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
        <defs>
          {series.map((entry, seriesIndex) => (
            <PatternDef key={entry.label} id={`${id}-fill-${seriesIndex}`} color={entry.color} pattern={entry.pattern} />
          ))}
        </defs>
        <Axes max={max} min={0} ticks={4} categories={categories} locale={locale} unit="" />
        <g aria-hidden="true">
          {series.map((entry, seriesIndex) =>
            entry.values.map((value, index) => {
              const height = ((value ?? 0) / max) * PLOT_HEIGHT;
              return (
                <rect
                  key={`${seriesIndex}-${index}`}
                  x={px(PADDING.left + step * index + step * 0.1 + barWidth * seriesIndex)}
                  y={px(PADDING.top + PLOT_HEIGHT - height)}
                  width={px(barWidth)}
                  height={px(height)}
                  fill={fillOf(entry, `${id}-fill-${seriesIndex}`)}
                />
              );
            }),
          )}
        </g>
      </svg>
      <figcaption className="font-semibold">{title}</figcaption>
      <Legend id={id} series={series} patternsOf={id} />
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
              <g key={entry.label} fill={entry.color}>
                {segments.map((path) => (
                  <path key={path} d={path} fill="none" stroke={entry.color} strokeWidth="2.5" />
                ))}
                {entry.values.map((value, index) => (value === null ? null : <circle key={index} cx={px(x(index))} cy={px(y(value))} r="3.5" />))}
              </g>
            );
          })}
        </g>
      </svg>
      <figcaption className="font-semibold">{title}</figcaption>
      <Legend id={id} series={series} />
    </figure>
  );
}

/** One horizontal bar split into parts (the backlog by SLA status). */
export function StackedBar({ id, title, parts }: { id: string; title: string; parts: { label: string; color: string; value: number; pattern?: Pattern }[] }) {
  const total = parts.reduce((sum, part) => sum + part.value, 0);
  let offset = 0;
  return (
    <figure className="rounded-lg border border-slate-300 bg-white p-3">
      <svg viewBox="0 0 720 36" className="h-auto w-full" role="img" aria-labelledby={`${id}-title`}>
        <title id={`${id}-title`}>{title}</title>
        <defs>
          {parts.map((part, index) => (
            <PatternDef key={part.label} id={`${id}-fill-${index}`} color={part.color} pattern={part.pattern} />
          ))}
        </defs>
        <g aria-hidden="true">
          <rect x="0" y="4" width="720" height="28" fill="#f1f5f9" stroke="#334155" />
          {total > 0
            ? parts.map((part, index) => {
                const width = (part.value / total) * 720;
                const rect = <rect key={part.label} x={px(offset)} y="4" width={px(width)} height="28" fill={fillOf(part, `${id}-fill-${index}`)} />;
                offset += width;
                return rect;
              })
            : null}
        </g>
      </svg>
      <figcaption className="font-semibold">{title}</figcaption>
      <Legend id={id} series={parts} patternsOf={id} />
    </figure>
  );
}
