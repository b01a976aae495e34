import type { WeeklyHours } from "../../../lib/visits/hours";

/**
 * Where citizens come in person (issue 19): the city's Mal Pelayanan Publik,
 * with counters of several agencies, and Disdukcapil's own office. Only
 * services whose standard needs a visit are bookable (KTP-el biometric
 * recording, SKCK fingerprints). All names and addresses are invented.
 */
export type SeedVisitLocation = {
  slug: string;
  nameId: string;
  nameEn: string;
  address: string;
  timezone: "Asia/Jakarta" | "Asia/Makassar" | "Asia/Jayapura";
  regionCode?: string;
  openingHours: WeeklyHours;
  walkInSharePercent: number;
  services: { serviceSlug: string; slotMinutes: number; capacityPerSlot: number; ticketLetter: string }[];
  counters: { label: string; agencyCode: string; serviceSlugs: string[] }[];
};

const lunch = [{ from: "12:00", to: "13:00" }];
const fridayPrayer = [{ from: "11:30", to: "13:00" }];
const weekdayHours: WeeklyHours = {
  "1": { opens: "08:00", closes: "15:00", breaks: lunch },
  "2": { opens: "08:00", closes: "15:00", breaks: lunch },
  "3": { opens: "08:00", closes: "15:00", breaks: lunch },
  "4": { opens: "08:00", closes: "15:00", breaks: lunch },
  "5": { opens: "08:00", closes: "15:00", breaks: fridayPrayer },
};

export const visitLocations: SeedVisitLocation[] = [
  {
    slug: "mpp-harapan-jaya",
    nameId: "Mal Pelayanan Publik Kota Harapan Jaya",
    nameEn: "Harapan Jaya Public Service Mall",
    address: "Gedung Pelayanan Terpadu, Jl. Pahlawan No. 5, Kelurahan Cempaka, Kecamatan Harapan Utara, Kota Harapan Jaya 17112",
    timezone: "Asia/Jakarta",
    // The MPP also opens on Saturday mornings.
    openingHours: { ...weekdayHours, "6": { opens: "08:00", closes: "12:00", breaks: [] } },
    walkInSharePercent: 25,
    services: [
      { serviceSlug: "ktp-el-baru", slotMinutes: 30, capacityPerSlot: 4, ticketLetter: "A" },
      { serviceSlug: "skck", slotMinutes: 20, capacityPerSlot: 2, ticketLetter: "B" },
    ],
    counters: [
      { label: "Loket 1", agencyCode: "DISDUKCAPIL", serviceSlugs: ["ktp-el-baru"] },
      { label: "Loket 2", agencyCode: "DISDUKCAPIL", serviceSlugs: ["ktp-el-baru"] },
      { label: "Loket 3", agencyCode: "POLRES", serviceSlugs: ["skck"] },
    ],
  },
  {
    slug: "kantor-disdukcapil",
    nameId: "Kantor Disdukcapil Kota Harapan Jaya",
    nameEn: "Harapan Jaya Civil Registry Office",
    address: "Jl. Merdeka Raya No. 12, Kelurahan Sukamaju, Kecamatan Harapan Tengah, Kota Harapan Jaya 17111",
    timezone: "Asia/Jakarta",
    openingHours: weekdayHours,
    walkInSharePercent: 50,
    services: [{ serviceSlug: "ktp-el-baru", slotMinutes: 30, capacityPerSlot: 2, ticketLetter: "A" }],
    counters: [{ label: "Loket Perekaman", agencyCode: "DISDUKCAPIL", serviceSlugs: ["ktp-el-baru"] }],
  },
];
