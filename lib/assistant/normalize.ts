/**
 * Everyday spellings and chat abbreviations people type, mapped to the word
 * the standards use: "ijin" is "izin", "brp" is "berapa". Data, not code: add
 * a pair when the unanswered-questions page shows a miss.
 */
export const EVERYDAY_SPELLINGS: Readonly<Record<string, string>> = {
  ijin: "izin",
  perijinan: "perizinan",
  akte: "akta",
  praktek: "praktik",
  brp: "berapa",
  brapa: "berapa",
  berpa: "berapa",
  gmn: "gimana",
  gmana: "gimana",
  bgmn: "bagaimana",
  dmn: "dimana",
  dmana: "dimana",
  kpn: "kapan",
  knp: "kenapa",
  napa: "kenapa",
  mengapa: "kenapa",
  utk: "untuk",
  yg: "yang",
  sy: "saya",
  aku: "saya",
  gw: "saya",
  gue: "saya",
  sya: "saya",
  dgn: "dengan",
  tdk: "tidak",
  gak: "tidak",
  ga: "tidak",
  nggak: "tidak",
  engga: "tidak",
  pengen: "ingin",
  pgn: "ingin",
  bkn: "bikin",
  bikinin: "bikin",
  syrt: "syarat",
  srt: "surat",
  kmn: "kemana",
  jm: "jam",
  tlg: "tolong",
  ktp2: "ktp",
  "e-ktp": "ktp",
  ektp: "ktp",
  "ktp-el": "ktp",
  ktpel: "ktp",
  permohonanku: "permohonan saya",
  pengaduanku: "pengaduan saya",
  berkasku: "berkas saya",
  "di mana": "dimana",
};

const MAX_QUESTION_LENGTH = 300;
const MAX_WORDS = 24;

/**
 * The question as plain lower-case words: accents folded, punctuation dropped
 * (a hyphen inside a word stays: "ktp-el"), everyday spellings replaced.
 * Bounded, so a pasted essay stays cheap to read.
 */
export function normalizeQuestion(question: string): string[] {
  const folded = question
    .slice(0, MAX_QUESTION_LENGTH)
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/\bdi mana\b/g, "dimana")
    .replace(/[^\p{L}\p{N}-]+/gu, " ")
    .replace(/(^|\s)-+|-+(?=\s|$)/g, " ");
  return folded
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((word) => (EVERYDAY_SPELLINGS[word] ?? word).split(" "))
    .slice(0, MAX_WORDS);
}

/** Optimal string alignment distance (Levenshtein plus one swap of neighbours), stopping early past `limit`. */
export function editDistance(a: string, b: string, limit = 2): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const width = b.length + 1;
  const cells = new Array<number>((a.length + 1) * width).fill(0);
  const at = (i: number, j: number) => cells[i * width + j] ?? 0;
  for (let i = 0; i <= a.length; i++) cells[i * width] = i;
  for (let j = 0; j <= b.length; j++) cells[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let best = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, at(i - 2, j - 2) + 1);
      cells[i * width + j] = value;
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
  }
  return at(a.length, b.length);
}
