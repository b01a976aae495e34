import "server-only";
import { db } from "./db";
import { env } from "./env";

/**
 * The benchmark's floor page (app/bench/lantai, issue 23): the root layout
 * signed in, and one indexed query, so `npm run bench -- signed-in-pages`
 * can set each signed-in page beside the least a signed-in page on this build
 * costs. Served only when SATUPINTU_BENCH_FLOOR=on; otherwise not found.
 */
export const benchFloorServed = (): boolean => env().SATUPINTU_BENCH_FLOOR === "on";

/** The one indexed query: the visitor's own account row, by primary key. */
export async function benchFloorReading(userId: string): Promise<{ name: string } | null> {
  return db.user.findUnique({ where: { id: userId }, select: { name: true } });
}
