/** What a page receives as `searchParams`. */
export type SearchParams = Record<string, string | string[] | undefined>;

/** The values a filter schema parses: the first of a repeated parameter, an empty one as absent. */
export function filterValues(raw: SearchParams): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(raw).map(([key, value]) => [key, (Array.isArray(value) ? value[0] : value) || undefined]));
}
