import "server-only";
import type { Tx } from "./db";

/**
 * The next serial of a counter (an agency's tracking numbers, a complaint
 * channel's codes) for a year: unique and rising, from a PostgreSQL sequence
 * (migration tracking_serial_sequences). It holds no lock until the caller
 * commits, so concurrent submissions to one agency no longer take turns; a
 * caller that rolls back leaves its number unused.
 */
export async function nextSerial(tx: Tx, counterKey: string, year: number): Promise<number> {
  const [row] = await tx.$queryRaw<{ serial: number }[]>`SELECT tracking_serial_next(${counterKey}, ${year}::integer) AS "serial"`;
  return row!.serial;
}
