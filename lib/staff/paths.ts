export const STAFF_ADMIN_PATH = "/petugas/admin/pengguna";

export const STAFF_OUTCOMES = ["diundang", "diubah", "diaktifkan", "dinonaktifkan", "nip-diubah"] as const;
export type StaffOutcome = (typeof STAFF_OUTCOMES)[number];

export function staffMemberHref(id: string, outcome?: StaffOutcome): string {
  const path = `${STAFF_ADMIN_PATH}/${encodeURIComponent(id)}`;
  return outcome ? `${path}?hasil=${outcome}` : path;
}

export function staffOutcomeParam(raw: string | string[] | undefined): StaffOutcome | undefined {
  const value = Array.isArray(raw) ? raw[0] : raw;
  return STAFF_OUTCOMES.find((outcome) => outcome === value);
}
