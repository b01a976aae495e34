import { describe, expect, it } from "vitest";
import { sanitizeForFont, wrapText } from "./pdf-text";

// A WinAnsi-like set: printable ASCII plus a few Latin-1 letters and the middle dot.
const supported = new Set<number>([...Array.from({ length: 95 }, (_, i) => 32 + i), 0xd1, 0xf1, 0xe9, 0xb7, 0x2026]);

describe("sanitizeForFont", () => {
  it("keeps what the font has", () => {
    expect(sanitizeForFont("Ñoño · café…", supported)).toBe("Ñoño · café…");
  });

  it("reduces accented letters it lacks to their base letter", () => {
    expect(sanitizeForFont("Ā ă ş ž", supported)).toBe("A a s z");
    expect(sanitizeForFont("Łukasz Đorđe", supported)).toBe("Lukasz Dorde");
  });

  it("replaces what has no plain form and flattens line breaks", () => {
    expect(sanitizeForFont("李 Siti\nRahayu\t😀", supported)).toBe("? Siti Rahayu ?");
    expect(sanitizeForFont("10\u202f.15", supported)).toBe("10 .15");
  });

  it("drops invisible format characters", () => {
    expect(sanitizeForFont("Si\u200bti", supported)).toBe("Siti");
  });
});

describe("wrapText", () => {
  const width = (text: string) => text.length;

  it("wraps on spaces within the width", () => {
    expect(wrapText("Kartu Tanda Penduduk elektronik", 12, width)).toEqual(["Kartu Tanda", "Penduduk", "elektronik"]);
  });

  it("breaks a word longer than the line", () => {
    expect(wrapText("ab https://example.test/verifikasi", 10, width)).toEqual(["ab", "https://ex", "ample.test", "/verifikas", "i"]);
  });

  it("gives no lines for blank text", () => {
    expect(wrapText("   ", 10, width)).toEqual([]);
  });
});
