/**
 * Who is guessing a tracking secret (/lacak, /pengaduan/lacak). Wrong secrets
 * are counted per guesser and number, so a stranger's wrong guesses use up
 * their own allowance, never the holder's.
 *
 * There is deliberately no ceiling per number across all guessers. Such a
 * ceiling cannot tell the holder from the guessers: once reached it refuses
 * the right secret too (eleven requests then cut an anonymous filer off from
 * follow-up, and numbers are sequential). Nor does it bound guessing: an
 * attacker after any secret spreads guesses over many numbers, so what bounds
 * them is each address's allowance (the per-address lookup limit) against a
 * 40-bit secret, exactly as with a per-number ceiling. Even 100,000
 * addresses, each at its full allowance of 180 lookups an hour, would guess
 * for about seven years to expect a single hit (2^40 / 1.8e7 an hour).
 *
 * Without a trustworthy address (TRUST_PROXY unset, lib/platform/request-context.ts)
 * the guessers cannot be told apart: all of them count as one, per number, as
 * before. Behind the documented proxy every address counts for itself.
 */
export function guesserAndNumber(ip: string | null, number: string): string {
  return `${ip ?? "unidentified"}|${number}`;
}
