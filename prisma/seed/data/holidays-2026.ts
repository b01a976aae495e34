import type { SeedHoliday } from "../types";

/**
 * Hari libur nasional dan cuti bersama tahun 2026.
 *
 * Source: the joint decree (SKB) of the Minister of Religious Affairs, the
 * Minister of Manpower and the Minister of Administrative and Bureaucratic
 * Reform (Menteri PANRB) on national public holidays and collective leave
 * (cuti bersama) for 2026, as best known when this seed was written. Dates of
 * Islamic holidays follow the Hijri calendar and may be moved by a later
 * government decision; an admin can correct any date in the holiday calendar
 * (back office, Admin > Kalender Libur), and a later correction may extend but
 * never shorten a running SLA deadline.
 *
 * The REGIONAL entries (regionCode "51", Bali) are an example of days off set
 * by the provincial government for Balinese Hindu holidays; they apply only to
 * agencies whose regionCode is "51". Galungan falls every 210 days (Buda Kliwon
 * Dungulan); the 2026 date is derived from that cycle.
 */
export const holidays2026: SeedHoliday[] = [
  // Libur nasional (national public holidays)
  { date: "2026-01-01", kind: "NATIONAL", nameId: "Tahun Baru 2026 Masehi", nameEn: "New Year's Day 2026" },
  { date: "2026-01-16", kind: "NATIONAL", nameId: "Isra Mikraj Nabi Muhammad SAW", nameEn: "Isra Mi'raj of the Prophet Muhammad" },
  { date: "2026-02-17", kind: "NATIONAL", nameId: "Tahun Baru Imlek 2577 Kongzili", nameEn: "Chinese New Year 2577 Kongzili" },
  { date: "2026-03-19", kind: "NATIONAL", nameId: "Hari Suci Nyepi (Tahun Baru Saka 1948)", nameEn: "Nyepi, Day of Silence (Saka New Year 1948)" },
  { date: "2026-03-21", kind: "NATIONAL", nameId: "Idulfitri 1447 Hijriah (hari pertama)", nameEn: "Eid al-Fitr 1447 AH (first day)" },
  { date: "2026-03-22", kind: "NATIONAL", nameId: "Idulfitri 1447 Hijriah (hari kedua)", nameEn: "Eid al-Fitr 1447 AH (second day)" },
  { date: "2026-04-03", kind: "NATIONAL", nameId: "Wafat Yesus Kristus", nameEn: "Good Friday" },
  { date: "2026-04-05", kind: "NATIONAL", nameId: "Kebangkitan Yesus Kristus (Paskah)", nameEn: "Easter Sunday" },
  { date: "2026-05-01", kind: "NATIONAL", nameId: "Hari Buruh Internasional", nameEn: "International Labour Day" },
  { date: "2026-05-14", kind: "NATIONAL", nameId: "Kenaikan Yesus Kristus", nameEn: "Ascension of Jesus Christ" },
  { date: "2026-05-27", kind: "NATIONAL", nameId: "Iduladha 1447 Hijriah", nameEn: "Eid al-Adha 1447 AH" },
  { date: "2026-05-31", kind: "NATIONAL", nameId: "Hari Raya Waisak 2570 BE", nameEn: "Vesak Day 2570 BE" },
  { date: "2026-06-01", kind: "NATIONAL", nameId: "Hari Lahir Pancasila", nameEn: "Pancasila Day" },
  { date: "2026-06-16", kind: "NATIONAL", nameId: "1 Muharam Tahun Baru Islam 1448 Hijriah", nameEn: "Islamic New Year 1448 AH" },
  { date: "2026-08-17", kind: "NATIONAL", nameId: "Hari Proklamasi Kemerdekaan Republik Indonesia", nameEn: "Indonesian Independence Day" },
  { date: "2026-08-25", kind: "NATIONAL", nameId: "Maulid Nabi Muhammad SAW", nameEn: "Birthday of the Prophet Muhammad" },
  { date: "2026-12-25", kind: "NATIONAL", nameId: "Hari Raya Natal", nameEn: "Christmas Day" },

  // Cuti bersama (collective leave)
  { date: "2026-02-16", kind: "CUTI_BERSAMA", nameId: "Cuti bersama Tahun Baru Imlek 2577 Kongzili", nameEn: "Collective leave for Chinese New Year" },
  { date: "2026-03-18", kind: "CUTI_BERSAMA", nameId: "Cuti bersama Hari Suci Nyepi", nameEn: "Collective leave for Nyepi" },
  { date: "2026-03-20", kind: "CUTI_BERSAMA", nameId: "Cuti bersama Idulfitri 1447 Hijriah", nameEn: "Collective leave for Eid al-Fitr" },
  { date: "2026-03-23", kind: "CUTI_BERSAMA", nameId: "Cuti bersama Idulfitri 1447 Hijriah", nameEn: "Collective leave for Eid al-Fitr" },
  { date: "2026-03-24", kind: "CUTI_BERSAMA", nameId: "Cuti bersama Idulfitri 1447 Hijriah", nameEn: "Collective leave for Eid al-Fitr" },
  { date: "2026-05-15", kind: "CUTI_BERSAMA", nameId: "Cuti bersama Kenaikan Yesus Kristus", nameEn: "Collective leave for the Ascension of Jesus Christ" },
  { date: "2026-05-28", kind: "CUTI_BERSAMA", nameId: "Cuti bersama Iduladha 1447 Hijriah", nameEn: "Collective leave for Eid al-Adha" },
  { date: "2026-12-24", kind: "CUTI_BERSAMA", nameId: "Cuti bersama Hari Raya Natal", nameEn: "Collective leave for Christmas" },

  // Libur daerah Provinsi Bali (regional example, regionCode "51")
  { date: "2026-06-17", kind: "REGIONAL", regionCode: "51", nameId: "Hari Raya Galungan", nameEn: "Galungan" },
  { date: "2026-06-18", kind: "REGIONAL", regionCode: "51", nameId: "Umanis Galungan", nameEn: "Day after Galungan (Umanis Galungan)" },
  { date: "2026-06-27", kind: "REGIONAL", regionCode: "51", nameId: "Hari Raya Kuningan", nameEn: "Kuningan" },
];
