/**
 * NIK (Nomor Induk Kependudukan) structure, DESIGN.md §9:
 * province(2) + regency/city(2) + district(2) + birth date DDMMYY (day + 40
 * for women) + serial(4).
 */

/** Province codes issued by Kemendagri (including the 2022 Papua provinces). */
const PROVINCE_CODES = new Set([
  "11",
  "12",
  "13",
  "14",
  "15",
  "16",
  "17",
  "18",
  "19",
  "21",
  "31",
  "32",
  "33",
  "34",
  "35",
  "36",
  "51",
  "52",
  "53",
  "61",
  "62",
  "63",
  "64",
  "65",
  "71",
  "72",
  "73",
  "74",
  "75",
  "76",
  "81",
  "82",
  "91",
  "92",
  "93",
  "94",
  "95",
  "96",
  "97",
]);

export type NikProblem = "format" | "province" | "region" | "birthDate" | "serial" | "birthDateMismatch" | "sexMismatch";

export type ParsedNik = {
  provinceCode: string;
  regencyCode: string;
  districtCode: string;
  sex: "MALE" | "FEMALE";
  birthDay: number;
  birthMonth: number;
  /** Two digits only: the century cannot be read from a NIK. */
  birthYearTwoDigits: number;
  serial: string;
};

export function parseNik(raw: string): { ok: true; nik: ParsedNik } | { ok: false; problem: NikProblem } {
  const nik = raw.replace(/\s+/g, "");
  if (!/^\d{16}$/.test(nik)) return { ok: false, problem: "format" };
  const provinceCode = nik.slice(0, 2);
  if (!PROVINCE_CODES.has(provinceCode)) return { ok: false, problem: "province" };
  const regencyCode = nik.slice(2, 4);
  const districtCode = nik.slice(4, 6);
  if (regencyCode === "00" || districtCode === "00") return { ok: false, problem: "region" };

  const encodedDay = Number(nik.slice(6, 8));
  const month = Number(nik.slice(8, 10));
  const year = Number(nik.slice(10, 12));
  const sex = encodedDay > 40 ? "FEMALE" : "MALE";
  const day = sex === "FEMALE" ? encodedDay - 40 : encodedDay;
  // Any century gives the same answer for day-of-month validity except 29 Feb,
  // which exists in 2000 and every fourth year: accept it when year % 4 === 0.
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(month, year % 4 === 0)) {
    return { ok: false, problem: "birthDate" };
  }
  const serial = nik.slice(12, 16);
  if (serial === "0000") return { ok: false, problem: "serial" };
  return {
    ok: true,
    nik: {
      provinceCode,
      regencyCode,
      districtCode,
      sex,
      birthDay: day,
      birthMonth: month,
      birthYearTwoDigits: year,
      serial,
    },
  };
}

function daysInMonth(month: number, leap: boolean): number {
  if (month === 2) return leap ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Checks a NIK and, when given, that it agrees with the stated birth date
 * (YYYY-MM-DD) and sex: a mismatch is the most common typing mistake.
 */
export function checkNik(raw: string, stated: { birthDate?: string; sex?: "MALE" | "FEMALE" } = {}): NikProblem | null {
  const parsed = parseNik(raw);
  if (!parsed.ok) return parsed.problem;
  const { nik } = parsed;
  if (stated.birthDate) {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(stated.birthDate);
    if (!match || Number(match[1]) % 100 !== nik.birthYearTwoDigits || Number(match[2]) !== nik.birthMonth || Number(match[3]) !== nik.birthDay) {
      return "birthDateMismatch";
    }
  }
  if (stated.sex && stated.sex !== nik.sex) return "sexMismatch";
  return null;
}

/** `3301**********03`: the first four and last two digits stay visible. */
export function maskNik(nik: string): string {
  const digits = nik.replace(/\s+/g, "");
  return digits.slice(0, 4) + "*".repeat(Math.max(0, digits.length - 6)) + digits.slice(-2);
}
