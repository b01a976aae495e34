/**
 * Whether an uploaded SVG logo may be stored. A logo is a picture: anything
 * that can run code, load something from elsewhere or embed HTML is refused
 * rather than rewritten, so what is stored is exactly what the admin checked.
 * The checks are deliberately coarse (on the raw text, case-insensitive): a
 * false refusal costs the admin one re-export, a missed one would put script
 * on every public page. The logo is also only ever shown through <img> and
 * served with a sandboxing Content-Security-Policy (defence in depth).
 */

export type SvgHazard = "notSvg" | "script" | "eventHandler" | "foreignObject" | "externalReference" | "doctype";

const HAZARDS: readonly [SvgHazard, RegExp][] = [
  // <script>, <svg:script>, and the namespaced forms
  ["script", /<\s*([\w.-]+:)?script\b/i],
  ["script", /javascript\s*:/i],
  ["script", /<\s*([\w.-]+:)?(iframe|embed|object|handler|listener)\b/i],
  // onload=, onclick =, xlink:onclick=, also after a slash or newline
  ["eventHandler", /[\s/"'][\w.-]*:?on[a-z]+\s*=/i],
  ["eventHandler", /<\s*([\w.-]+:)?(set|animate|animateTransform|animateMotion)\b[^>]*\battributeName\s*=\s*["']?\s*(on|href|xlink:href)/i],
  ["foreignObject", /<\s*([\w.-]+:)?foreignObject\b/i],
  // DOCTYPE and entities (external entities, billion laughs) and processing instructions other than <?xml …?>
  ["doctype", /<!\s*(doctype|entity)/i],
  ["doctype", /<\?(?!xml\s)/i],
  // href / xlink:href / src to anything but a fragment in this file
  ["externalReference", /\b(href|src)\s*=\s*(["'])\s*(?!#)/i],
  ["externalReference", /\b(href|src)\s*=\s*(?!["'#])/i],
  // url(...) in styles or attributes, to anything but a fragment; @import
  ["externalReference", /url\s*\(\s*["']?\s*(?!#)/i],
  ["externalReference", /@import/i],
];

/** The first reason to refuse this SVG text, or null when it is a plain picture. */
export function svgHazard(text: string): SvgHazard | null {
  if (!/<svg[\s>]/i.test(text)) return "notSvg";
  // Character references could spell any of the above inside an attribute value; a logo needs none but the basic five.
  const decodedProbe = text.replace(/&#x?[0-9a-f]+;?/gi, "\u0000");
  if (decodedProbe.includes("\u0000")) return "externalReference";
  for (const [hazard, pattern] of HAZARDS) if (pattern.test(text)) return hazard;
  return null;
}
