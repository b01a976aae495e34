import { randomInt } from "node:crypto";

/** No 0/O, 1/I/L: a code read aloud or typed at the kiosk is not misread. */
const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
export const BOOKING_CODE_LENGTH = 8;

/** A fresh booking code, e.g. "7H3K9QXP" (shown as 7H3K-9QXP). 31^8 ≈ 8.5·10^11: not guessable, and unique by index. */
export function newBookingCode(): string {
  let code = "";
  for (let i = 0; i < BOOKING_CODE_LENGTH; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return code;
}

/** What was typed or scanned, as a stored code: case, spaces and dashes do not matter; null when it cannot be one. */
export function normalizeBookingCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, "");
  if (code.length !== BOOKING_CODE_LENGTH) return null;
  return [...code].every((char) => ALPHABET.includes(char)) ? code : null;
}

export function displayBookingCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** A ticket's number on the screen: letter and a three-digit serial. */
export function ticketNumber(letter: string, serial: number): string {
  return `${letter}-${String(serial).padStart(3, "0")}`;
}
