/** Where the holiday calendar lives in the back office (DESIGN.md §11: Indonesian, stable). */
export const HOLIDAY_ADMIN_PATH = "/petugas/admin/hari-libur";

/** What the list page confirms after a write (`?hasil=`), in the URL's language. */
export const HOLIDAY_OUTCOMES = ["ditambah", "diubah", "dihapus", "diimpor"] as const;
export type HolidayOutcome = (typeof HOLIDAY_OUTCOMES)[number];

export function holidayListHref(year: number, outcome?: { hasil: HolidayOutcome; ditambah?: number; dilewati?: number }): string {
  const query = new URLSearchParams({ tahun: String(year) });
  if (outcome) {
    query.set("hasil", outcome.hasil);
    if (outcome.ditambah !== undefined) query.set("ditambah", String(outcome.ditambah));
    if (outcome.dilewati !== undefined) query.set("dilewati", String(outcome.dilewati));
  }
  return `${HOLIDAY_ADMIN_PATH}?${query.toString()}`;
}

export const holidayEditHref = (id: string) => `${HOLIDAY_ADMIN_PATH}/${encodeURIComponent(id)}`;

/** The year of a "YYYY-MM-DD" date. */
export const yearOf = (date: string) => Number(date.slice(0, 4));
