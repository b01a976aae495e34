/**
 * Text preparation for the output PDF. The PDF uses the standard Helvetica
 * fonts (nothing to embed or license), which can only draw the WinAnsi
 * character set: anything else would make pdf-lib throw mid-render. Names and
 * addresses come from citizens and admins, so any character can turn up.
 */

const REPLACEMENTS: Record<string, string> = {
  "\u2010": "-", // hyphen
  "\u2011": "-", // non-breaking hyphen
  "\u2212": "-", // minus sign
  "\u00a0": " ", // no-break space
  "\u202f": " ", // narrow no-break space (Intl puts it in some dates and times)
  "\u2009": " ", // thin space
  "\u2033": '"', // double prime
  "\u2032": "'", // prime
  // Letters with no decomposition to a base letter.
  "\u0141": "L", // Ł
  "\u0142": "l", // ł
  "\u0110": "D", // Đ
  "\u0111": "d", // đ
  "\u0131": "i", // dotless i
};

/**
 * Keeps what the font can encode (`supported`: its code points), reduces the
 * rest to a plain letter where one exists (ā → a, ł → l), and replaces
 * whatever is left with "?". Line breaks and tabs become spaces: the caller
 * lays out lines itself.
 */
export function sanitizeForFont(text: string, supported: ReadonlySet<number>): string {
  let out = "";
  for (const char of text.normalize("NFC")) {
    const code = char.codePointAt(0) ?? 0;
    if (char === "\n" || char === "\r" || char === "\t") {
      out += " ";
    } else if (supported.has(code)) {
      out += char;
    } else if (REPLACEMENTS[char] !== undefined && [...REPLACEMENTS[char]].every((c) => supported.has(c.codePointAt(0) ?? 0))) {
      out += REPLACEMENTS[char];
    } else {
      // Decompose (é → e + combining accent) and keep only the base letters the font has.
      const base = [...char.normalize("NFKD")].filter((c) => !/\p{M}/u.test(c) && supported.has(c.codePointAt(0) ?? 0)).join("");
      out += base || (/\p{M}|\p{Cc}|\p{Cf}/u.test(char) ? "" : "?");
    }
  }
  return out;
}

/**
 * Greedy word wrap to `maxWidth`, measured by the caller's font. A single word
 * wider than the line (a long e-mail address, a URL) is broken by characters.
 */
export function wrapText(text: string, maxWidth: number, widthOf: (text: string) => number): string[] {
  const lines: string[] = [];
  let line = "";
  const push = () => {
    if (line) lines.push(line);
    line = "";
  };
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (widthOf(candidate) <= maxWidth) {
      line = candidate;
      continue;
    }
    push();
    if (widthOf(word) <= maxWidth) {
      line = word;
      continue;
    }
    for (const char of word) {
      if (line && widthOf(line + char) > maxWidth) push();
      line += char;
    }
  }
  push();
  return lines;
}
