import { editDistance, normalizeQuestion } from "./normalize";

/** What a question asks (DESIGN.md §15). The first six are components of a service's published standard. */
export const INTENTS = ["requirements", "procedure", "duration", "fee", "product", "location", "complaint", "tracking", "myCase", "unknown"] as const;
export type Intent = (typeof INTENTS)[number];
export type TopicIntent = Exclude<Intent, "unknown">;

/** Whether answering needs a service: the standard's components and a service's office do; tracking, complaints and one's own case do not. */
export const SERVICE_INTENTS = ["requirements", "procedure", "duration", "fee", "product", "location"] as const satisfies readonly Intent[];
export const needsService = (intent: Intent): boolean => (SERVICE_INTENTS as readonly Intent[]).includes(intent);

type Cues = Readonly<Record<string, number>>;

/**
 * Words and phrases that say what is asked, with how strongly: 3 a phrase that
 * says it outright ("berapa lama"), 2 a word that names the topic ("syarat"),
 * 1 a hint ("bagaimana"), less a weak one ("bikin": someone starting out wants the
 * procedure unless they say more). Indonesian and English; data, not code.
 */
const CUES: Readonly<Record<Exclude<TopicIntent, "myCase">, Cues>> = {
  requirements: {
    syarat: 2,
    persyaratan: 2,
    requirement: 2,
    requirements: 2,
    dokumen: 2,
    document: 2,
    documents: 2,
    berkas: 1.5,
    lampiran: 2,
    bawa: 2,
    dibawa: 2,
    membawa: 2,
    bring: 2,
    perlu: 1,
    diperlukan: 1.5,
    butuh: 1,
    dibutuhkan: 1.5,
    need: 1,
    needed: 1.5,
    "apa saja yang": 2,
    "bawa apa": 2,
    "what do i need": 3,
    "what documents": 3,
    "harus bawa": 3,
    "apa yang harus": 1,
  },
  procedure: {
    cara: 2,
    prosedur: 2,
    procedure: 2,
    alur: 2,
    langkah: 2,
    tahapan: 2,
    mekanisme: 2,
    steps: 2,
    step: 2,
    process: 1,
    proses: 1,
    bagaimana: 0.5,
    gimana: 0.5,
    how: 0.5,
    apply: 1,
    mendaftar: 1,
    daftar: 0.5,
    mengajukan: 1,
    ajukan: 1,
    bikin: 0.4,
    buat: 0.4,
    membuat: 0.4,
    urus: 0.4,
    mengurus: 0.4,
    pembuatan: 0.4,
    "how do i": 1,
    "how to": 1,
  },
  duration: {
    lama: 2,
    waktu: 1,
    hari: 1,
    durasi: 2,
    duration: 2,
    days: 1,
    cepat: 1,
    sla: 2,
    "berapa lama": 3,
    "jangka waktu": 3,
    "how long": 3,
    "berapa hari": 3,
    "kapan jadi": 3,
    "kapan selesai": 2,
    "processing time": 3,
    "how many days": 3,
  },
  fee: {
    biaya: 2,
    bayar: 2,
    membayar: 2,
    dibayar: 2,
    tarif: 2,
    harga: 2,
    gratis: 2,
    ongkos: 2,
    retribusi: 2,
    pungutan: 2,
    mahal: 1,
    fee: 2,
    fees: 2,
    cost: 2,
    costs: 2,
    price: 2,
    pay: 2,
    free: 2,
    charge: 1,
    rp: 1,
    rupiah: 1,
    berapa: 0.5,
    "how much": 3,
    "bayar berapa": 3,
    "berapa duit": 3,
  },
  product: {
    hasil: 2,
    produk: 2,
    output: 2,
    result: 1,
    receive: 1.5,
    berupa: 1.5,
    didapat: 1.5,
    "dapat apa": 3,
    "apa yang didapat": 3,
    "what do i get": 3,
    "what will i get": 3,
    "what will i receive": 3,
    "dapat dokumen apa": 3,
  },
  location: {
    dimana: 2,
    kemana: 2,
    lokasi: 2,
    alamat: 2,
    where: 2,
    address: 2,
    location: 2,
    located: 2,
    kantor: 1,
    office: 1,
    jam: 1,
    buka: 1,
    tutup: 1,
    hours: 2,
    open: 1,
    "jam buka": 3,
    "jam kerja": 3,
    "jam layanan": 3,
    "jam operasional": 3,
    "opening hours": 3,
    "office hours": 3,
  },
  complaint: {
    pengaduan: 2,
    mengadu: 2.5,
    adukan: 2.5,
    aduan: 2,
    komplain: 2.5,
    complain: 3,
    complaint: 3,
    keluhan: 2.5,
    mengeluh: 2.5,
    kritik: 2,
    saran: 1,
    "lapor petugas": 3,
    "report an officer": 3,
  },
  tracking: {
    lacak: 3,
    melacak: 3,
    tracking: 3,
    track: 3,
    pantau: 2,
    memantau: 2,
    "cek status": 3,
    "status permohonan": 3,
    "nomor registrasi": 2,
    "nomor permohonan": 2,
    "check status": 3,
    "check the status": 3,
  },
};

/** "Mine": with a case word, the question is about the asker's own application or complaint. */
const POSSESSIVE = new Set(["saya", "my", "mine", "kami", "our"]);
const CASE_NOUNS = new Set([
  "permohonan",
  "pengajuan",
  "berkas",
  "aplikasi",
  "application",
  "applications",
  "pengaduan",
  "aduan",
  "complaint",
  "complaints",
  "laporan",
]);
/** What people ask of a case that is already filed. */
const CASE_QUESTIONS: Cues = {
  dikembalikan: 2,
  ditolak: 2,
  returned: 2,
  rejected: 2,
  diproses: 1,
  status: 1,
  selesai: 1,
  revisi: 1,
  perbaikan: 1,
  dikoreksi: 1,
  "sampai mana": 2,
  "kapan selesai": 2,
  "belum selesai": 2,
  "sudah selesai": 2,
  "belum jadi": 2,
  "sudah jadi": 2,
  "when will it be": 2,
};

/** An application number as the portal prints it (lib/applications/tracking.ts), once normalised. */
const APPLICATION_NUMBER = /^[a-z][a-z0-9]*-\d{4}-\d{6}$/;

/** Words that say nothing about which service: left out of the subject. */
const STOPWORDS = new Set(
  (
    "apa apakah saja yang untuk di ke dari dan atau itu ini bisa ada mau ingin harus kalau kalo jika dong sih ya kah nya tolong mohon " +
    "bapak ibu kak min admin halo hai pagi siang sore malam terima kasih tentang mengenai info informasi tanya bertanya berapa kapan " +
    "kenapa bagaimana gimana saya kami kita anda dengan juga lagi sudah belum akan tidak boleh dapat perlu punya sebuah " +
    "layanan pelayanan permohonan pengajuan mengurus urus membuat bikin buat pembuatan mendapatkan dapatkan " +
    "the a an for of i do does did is are was to what which can could get my me in on at with please hi hello about " +
    "how when why will would should it its this that there be have has need service services apply " +
    "jadi jadinya selesai aja doang karena soal ngurus ngurusnya take takes get gets"
  ).split(" "),
);

const SUFFIXES = ["nya", "kah", "lah"];
/** The least cue score that says what is asked. */
const MIN_SCORE = 1;

/** The word's plain form if it carries a particle ("biayanya", "syaratnya"), else the word. */
function withoutParticle(word: string, known: (candidate: string) => boolean): string {
  if (known(word)) return word;
  for (const suffix of SUFFIXES) {
    if (word.length > suffix.length + 2 && word.endsWith(suffix) && known(word.slice(0, -suffix.length))) return word.slice(0, -suffix.length);
  }
  return word;
}

const SINGLE_CUES = new Map<string, string>();
for (const cues of [...Object.values(CUES), CASE_QUESTIONS]) for (const cue of Object.keys(cues)) if (!cue.includes(" ")) SINGLE_CUES.set(cue, cue);
const ALL_WORDS = new Set([...SINGLE_CUES.keys(), ...POSSESSIVE, ...CASE_NOUNS]);

/** A cue word for a typo of one ("syrat", "persyaratn", "biyaya"): one edit away, for words long enough that one edit is a typo. */
function cueFor(word: string): string {
  const plain = withoutParticle(word, (candidate) => ALL_WORDS.has(candidate));
  if (ALL_WORDS.has(plain) || plain.length < 5) return plain;
  for (const cue of SINGLE_CUES.keys()) if (cue.length >= 5 && editDistance(plain, cue, 1) <= 1) return cue;
  return plain;
}

export type RecognizedIntent = {
  intent: Intent;
  /** The words left once what is asked is taken out: which service, in the asker's words. */
  subject: string[];
  /** The question reads as English rather than Indonesian. */
  english: boolean;
};

const ENGLISH_MARKERS = new Set(
  (
    "the how what where when do does i my is much long need get can to for of a about requirements requirement procedure fee fees cost " +
    "price certificate card permit licence license registration tax take takes documents document apply application complain complaint " +
    "open hours office new lost replace replacement birth death marriage health building business identity number status track"
  ).split(" "),
);
const INDONESIAN_MARKERS = new Set([
  "apa",
  "yang",
  "berapa",
  "bagaimana",
  "gimana",
  "dimana",
  "saya",
  "untuk",
  "di",
  "ke",
  "dan",
  "kapan",
  "kenapa",
  "bikin",
  "buat",
  "syarat",
  "biaya",
  "cara",
]);

function scoreOf(cues: Cues, words: readonly string[], text: string, used: Set<number>): number {
  let score = 0;
  for (const [cue, weight] of Object.entries(cues)) {
    if (cue.includes(" ")) {
      if (text.includes(` ${cue} `)) {
        score += weight;
        const parts = cue.split(" ");
        words.forEach((word, index) => parts.includes(word) && used.add(index));
      }
    } else {
      words.forEach((word, index) => {
        if (word === cue) {
          score += weight;
          used.add(index);
        }
      });
    }
  }
  return score;
}

/**
 * What the question asks and about what, from its words alone (pure; the
 * service is found in the database from `subject`). Each intent scores its
 * cues; the highest wins, ties going to the more specific intent (the order of
 * INTENTS read backwards from "tracking"). A filed case of one's own ("kenapa
 * permohonan saya dikembalikan?") is told by a possessive with a case word, or
 * by a case question with no service named ("kapan selesai?").
 */
export function recognizeIntent(question: string): RecognizedIntent {
  const words = normalizeQuestion(question).map(cueFor);
  const text = ` ${words.join(" ")} `;
  const used = new Set<number>();
  const scores = new Map<TopicIntent, number>();
  for (const [intent, cues] of Object.entries(CUES) as [TopicIntent, Cues][]) scores.set(intent, scoreOf(cues, words, text, used));
  const caseQuestion = scoreOf(CASE_QUESTIONS, words, text, used);

  const caseNumber = words.some((word) => APPLICATION_NUMBER.test(word));
  const subject = words.filter(
    (word, index) => !used.has(index) && !STOPWORDS.has(word) && !POSSESSIVE.has(word) && !CASE_NOUNS.has(word) && !APPLICATION_NUMBER.test(word),
  );
  // An application number ("DISDUKCAPIL-2026-000123") is one's own case as much as "saya" is.
  const possessive = caseNumber || words.some((word) => POSSESSIVE.has(word));
  const caseNoun = words.some((word) => CASE_NOUNS.has(word));
  const english = words.filter((word) => ENGLISH_MARKERS.has(word)).length > words.filter((word) => INDONESIAN_MARKERS.has(word)).length;

  const ownCase = possessive && (caseNoun || caseQuestion > 0) && !(scores.get("requirements")! >= 2 && !caseQuestion);
  if (ownCase || (caseQuestion >= 2 && subject.length === 0)) return { intent: "myCase", subject, english };

  let best: Intent = "unknown";
  // A lone hint ("bagaimana", "bikin") is not yet a question about anything.
  let bestScore = MIN_SCORE - Number.EPSILON;
  // Ties go to the more specific intent: tracking before complaint before location … before procedure.
  for (const intent of [...INTENTS].reverse()) {
    const score = scores.get(intent as TopicIntent) ?? 0;
    if (score > bestScore) {
      best = intent;
      bestScore = score;
    }
  }
  return { intent: best, subject, english };
}
