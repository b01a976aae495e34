import { describe, expect, it } from "vitest";
import { calendarFile } from "./calendar-file";

describe("the booking's calendar file", () => {
  const ics = calendarFile({
    uid: "7H3K9QXP@satupintu",
    startsAt: new Date("2026-03-09T01:00:00Z"),
    endsAt: new Date("2026-03-09T01:30:00Z"),
    summary: "Perekaman KTP-el, kode 7H3K-9QXP",
    location: "Gedung Pelayanan Terpadu, Jl. Pahlawan No. 5; Kota Harapan Jaya",
    description: "Tunjukkan kode QR di kios.\nDatang 10 menit lebih awal.",
    url: "http://localhost:3000/kunjungan/7H3K9QXP",
    now: new Date("2026-03-01T00:00:00Z"),
  });

  it("is one VEVENT in UTC with CRLF line ends", () => {
    expect(ics).toContain("BEGIN:VEVENT\r\n");
    expect(ics).toContain("DTSTART:20260309T010000Z\r\n");
    expect(ics).toContain("DTEND:20260309T013000Z\r\n");
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
  });

  it("escapes commas, semicolons and newlines, and folds long lines", () => {
    expect(ics).toContain("Kota Harapan Jaya");
    expect(ics).toContain("Pahlawan No. 5\\; Kota");
    expect(ics).toContain("kios.\\nDatang");
    expect(ics.split("\r\n").every((line) => Buffer.byteLength(line, "utf8") <= 75)).toBe(true);
  });
});
