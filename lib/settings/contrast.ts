/**
 * WCAG 2.x contrast (success criterion 1.4.3, level AA): the ratio between the
 * relative luminances of two sRGB colours, from 1:1 to 21:1. Pure, so the
 * settings form, its use case and the tests share one rule.
 */

/** Normal-size text needs at least this ratio against its background (WCAG AA). */
export const AA_TEXT_RATIO = 4.5;

const HEX_COLOUR = /^#[0-9a-f]{6}$/;

/** "#0B5CAD", "0b5cad" or "#0b5" as the canonical "#0b5cad", or null for anything else. */
export function normalizeHexColour(input: string): string | null {
  const raw = input.trim().toLowerCase().replace(/^#?/, "#");
  const long = /^#[0-9a-f]{3}$/.test(raw) ? `#${[...raw.slice(1)].map((digit) => digit + digit).join("")}` : raw;
  return HEX_COLOUR.test(long) ? long : null;
}

function channel(value: number): number {
  const srgb = value / 255;
  return srgb <= 0.04045 ? srgb / 12.92 : ((srgb + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance of a "#rrggbb" colour (0 for black, 1 for white). */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16));
  return 0.2126 * channel(r!) + 0.7152 * channel(g!) + 0.0722 * channel(b!);
}

/** The contrast ratio of two "#rrggbb" colours, in either order (1 to 21). */
export function contrastRatio(first: string, second: string): number {
  const [light, dark] = [relativeLuminance(first), relativeLuminance(second)].sort((a, b) => b - a);
  return (light! + 0.05) / (dark! + 0.05);
}

/** A ratio as people read it, rounded DOWN to two decimals so 4.499 never shows as "4.5" beside a refusal. */
export function displayRatio(ratio: number): number {
  return Math.floor(ratio * 100) / 100;
}

/**
 * What each brand colour is drawn with in the portal's layout: the header
 * carries white text; the action colour fills buttons and the navigation band
 * under white text and is the link colour on white, on the page background
 * (slate-50) and on the light brand panels (brand-50).
 */
export const BRAND_COLOUR_PAIRS = {
  colorHeader: ["#ffffff"],
  colorAction: ["#ffffff", "#f8fafc", "#eef6ff"],
} as const satisfies Record<string, readonly string[]>;

export type BrandColourField = keyof typeof BRAND_COLOUR_PAIRS;

export type ContrastShortfall = { field: BrandColourField; ratio: number; against: string };

/** Each brand colour whose weakest pairing is under AA, with that pairing's ratio; an empty list when all pass. */
export function contrastShortfalls(colours: Record<BrandColourField, string>): ContrastShortfall[] {
  return (Object.keys(BRAND_COLOUR_PAIRS) as BrandColourField[]).flatMap((field) => {
    const weakest = BRAND_COLOUR_PAIRS[field]
      .map((against) => ({ field, against, ratio: contrastRatio(colours[field], against) }))
      .sort((a, b) => a.ratio - b.ratio)[0]!;
    return weakest.ratio < AA_TEXT_RATIO ? [{ ...weakest, ratio: displayRatio(weakest.ratio) }] : [];
  });
}
