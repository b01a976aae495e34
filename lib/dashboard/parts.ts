import type { LivePart } from "./view";
import { param, selectionQuery, type SearchParams, type Selection } from "./selection";

/**
 * The supervisor dashboard in parts (issue 23): the summary a supervisor
 * checks every morning first, each long table on its own page
 * (`?bagian=…`), so one request renders and sends only what it shows.
 * Pure: the page asks which part and which live reads it needs.
 */
export const SUPERVISOR_PARTS = ["ringkasan", "layanan", "tren", "kepuasan", "petugas", "kunjungan"] as const;
export type SupervisorPart = (typeof SUPERVISOR_PARTS)[number];
export const DEFAULT_PART: SupervisorPart = "ringkasan";

/** The parts read live (not from rollups) that each part shows. */
const LIVE_READS: Record<SupervisorPart, readonly LivePart[]> = {
  ringkasan: [],
  layanan: [],
  tren: [],
  kepuasan: ["comments"],
  petugas: [],
  kunjungan: ["visits"],
};

export const liveReadsOf = (part: SupervisorPart): readonly LivePart[] => LIVE_READS[part];

/** `bagian`: an unknown part opens the summary. */
export function parsePart(params: SearchParams): SupervisorPart {
  const value = param(params, "bagian");
  return (SUPERVISOR_PARTS as readonly string[]).includes(value) ? (value as SupervisorPart) : DEFAULT_PART;
}

/** Officers per page of the officers' table. */
export const OFFICERS_PER_PAGE = 25;

/** `hal`: a page number from 1; anything else (or past the end) is the nearest page that exists. */
export function parsePage(params: SearchParams, rows: number, perPage: number): { page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(rows / perPage));
  const asked = /^\d{1,6}$/.test(param(params, "hal")) ? Number(param(params, "hal")) : 1;
  return { page: Math.min(Math.max(asked, 1), pages), pages };
}

/** The link to a part of the dashboard for the same selection (period, agency, service). */
export function partHref(base: string, selection: Selection, part: SupervisorPart, page = 1): string {
  const query = new URLSearchParams({
    ...(part === DEFAULT_PART ? {} : { bagian: part }),
    ...selectionQuery(selection),
    ...(page > 1 ? { hal: String(page) } : {}),
  }).toString();
  return query ? `${base}?${query}` : base;
}
