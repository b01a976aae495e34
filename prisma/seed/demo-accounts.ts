import type { Role, Sex } from "../../lib/generated/prisma/enums";

/** Every demo account shares this password; it is printed at start-up and in the README. */
export const DEMO_PASSWORD = "SatuPintu2026";

export type DemoCitizen = { email: string; name: string; nik: string; birthDate: string; sex: Sex; phone: string };
export type DemoStaff = { email: string; name: string; roles: Role[]; agencies: { code: string; role: Role }[] };

export const demoCitizens: DemoCitizen[] = [
  {
    email: "siti.rahayu@warga.test",
    name: "Siti Rahayu",
    // Women's NIK birth day is day + 40: 12 May 1990 → 520590.
    nik: "3275035205900001",
    birthDate: "1990-05-12",
    sex: "FEMALE",
    phone: "081234560001",
  },
  {
    email: "budi.santoso@warga.test",
    name: "Budi Santoso",
    nik: "3275011708850002",
    birthDate: "1985-08-17",
    sex: "MALE",
    phone: "081234560002",
  },
];

const officer = (code: string, name: string): DemoStaff => ({
  email: `petugas.${code.toLowerCase()}@harapanjaya.go.id`,
  name,
  roles: ["OFFICER"],
  agencies: [{ code, role: "OFFICER" }],
});

export const demoStaff: DemoStaff[] = [
  { email: "admin@harapanjaya.go.id", name: "Rina Admin", roles: ["ADMIN"], agencies: [] },
  { email: "supervisor@harapanjaya.go.id", name: "Hendra Wijaya", roles: ["SUPERVISOR"], agencies: [] },
  {
    email: "supervisor.disdukcapil@harapanjaya.go.id",
    name: "Dewi Lestari",
    roles: ["SUPERVISOR"],
    agencies: [{ code: "DISDUKCAPIL", role: "SUPERVISOR" }],
  },
  { email: "integritas@harapanjaya.go.id", name: "Agus Prasetyo", roles: ["INTEGRITY"], agencies: [] },
  // The revenue office (Bapenda/BKAD) for the whole region: no agency membership, so every agency's bills and the
  // provider's settlement file (policy treasury.read, treasury.reconcile; docs/payments.md).
  { email: "bendahara@harapanjaya.go.id", name: "Sri Wahyuni", roles: ["TREASURY"], agencies: [] },
  officer("DISDUKCAPIL", "Andi Kurniawan"),
  officer("DPMPTSP", "Maya Sari"),
  officer("POLRES", "Bripka Joko Susilo"),
  officer("DINKES", "dr. Nur Aini"),
  officer("DINSOS", "Yusuf Hidayat"),
  officer("BAPENDA", "Lina Marlina"),
  officer("DPUPR", "Ir. Bambang Setiawan"),
  officer("DISPAR", "I Made Suarta"),
];
