import { randomBytes } from "node:crypto";

let lastMs = 0;
let counter = 0;

/**
 * A row id for rows the portal inserts with plain SQL where Prisma's `cuid()`
 * default would have made one: the same shape ("c", the time in base 36, a
 * counter, randomness; 25 characters), so ids made either way sort by when
 * they were made, and two made in the same millisecond by one process sort in
 * the order they were made (a timeline's entries of one transaction share
 * their moment; the id keeps them in order).
 */
export function timeOrderedId(now = Date.now()): string {
  if (now > lastMs) {
    lastMs = now;
    counter = 0;
  } else {
    counter += 1;
  }
  const random = BigInt(`0x${randomBytes(8).toString("hex")}`)
    .toString(36)
    .padStart(12, "0")
    .slice(-12);
  return `c${lastMs.toString(36).padStart(8, "0")}${(counter % 36 ** 4).toString(36).padStart(4, "0")}${random}`;
}
