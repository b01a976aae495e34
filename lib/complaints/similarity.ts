/**
 * The words of a complaint as an OR query for PostgreSQL full-text search
 * (`to_tsquery('indonesian', …)`), so that complaints sharing any of the
 * words rank first. Only runs of letters and digits of three or more are
 * kept, so there is nothing to escape; duplicates are dropped.
 */
export function orQueryOf(text: string, maxWords = 12): string {
  const words = (text.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? []).slice(0, 200);
  return [...new Set(words)].slice(0, maxWords).join(" | ");
}
