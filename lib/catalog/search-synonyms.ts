/**
 * Words people type into the catalog search that the standards spell
 * differently: older or informal spellings, everyday verbs and common
 * abbreviations. Each group is a set of equivalents; a query word in a group
 * matches any member (a member of several words matches as a phrase).
 * Data, not code: add a group when search logs show a miss.
 */
export const SEARCH_SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ["izin", "ijin", "perizinan", "perijinan"],
  ["praktik", "praktek"],
  ["akta", "akte"],
  ["buat", "bikin", "membuat", "pembuatan", "urus", "mengurus", "pengurusan"],
  ["ganti", "penggantian", "ubah", "perubahan"],
  ["hilang", "kehilangan"],
  ["lahir", "kelahiran"],
  ["mati", "kematian", "meninggal"],
  ["nikah", "perkawinan", "kawin"],
  ["ktp", "kartu tanda penduduk", "e-ktp", "ktp-el"],
  ["kk", "kartu keluarga"],
  ["kia", "kartu identitas anak"],
  ["sim", "surat izin mengemudi"],
  ["skck", "surat keterangan catatan kepolisian"],
  ["sktm", "surat keterangan tidak mampu"],
  ["imb", "pbg", "persetujuan bangunan gedung"],
  ["nib", "nomor induk berusaha"],
  ["umkm", "usaha mikro kecil"],
  ["pbb", "pajak bumi dan bangunan"],
  ["bpjs", "jkn"],
];

/**
 * Words that say what the person wants to do rather than which service:
 * "bikin kk", "cara urus akte lahir". They are dropped from a query that has
 * other words, since almost no service names them and requiring them would
 * rank services by their procedure text instead.
 */
export const SEARCH_FILLER_WORDS: ReadonlySet<string> = new Set([
  "buat",
  "bikin",
  "membuat",
  "pembuatan",
  "urus",
  "mengurus",
  "pengurusan",
  "cara",
  "syarat",
  "persyaratan",
  "mau",
  "ingin",
  "gimana",
  "bagaimana",
  "how",
  "to",
  "apply",
  "for",
]);

const MAX_WORDS = 8;
const MAX_WORD_LENGTH = 40;

/** Lower case, with a trailing or leading punctuation mark dropped, so "KTP," is "ktp". */
const normalized = (word: string) => word.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");

const groupOf = new Map<string, readonly string[]>();
for (const group of SEARCH_SYNONYM_GROUPS) for (const member of group) groupOf.set(member, group);

/**
 * The query as groups of alternatives: every group must match (AND), any
 * alternative in a group may (OR). Bounded, so a pasted essay stays a cheap query.
 */
export function expandSearchQuery(query: string): string[][] {
  const words = query
    .split(/\s+/)
    .map(normalized)
    .filter((word) => word.length > 0)
    .slice(0, MAX_WORDS)
    .map((word) => word.slice(0, MAX_WORD_LENGTH));
  const meaningful = words.filter((word) => !SEARCH_FILLER_WORDS.has(word));
  return (meaningful.length > 0 ? meaningful : words).map((word) => [...new Set([word, ...(groupOf.get(word) ?? [])])]);
}
