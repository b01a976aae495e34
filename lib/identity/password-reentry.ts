import "server-only";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { clearRateLimitWithinLimit, hitRateLimit } from "@/lib/platform/rate-limit";
import { verifyPassword } from "./password-hash";

// A stolen session guessing the current password gets this many tries an hour, across every form that asks for it.
export const PASSWORD_REENTRY_PER_HOUR = { limit: 5, windowMs: 60 * 60_000 };

/**
 * Whether a signed-in user re-entered their current password (change password,
 * erase account). Every try counts before the password is looked at, so past
 * the limit even the right one is refused ("try again later") and guesses sent
 * at once are limited too; a right one within the limit takes the count back.
 */
export async function currentPasswordMatches(userId: string, passwordHash: string, candidate: string): Promise<boolean> {
  const key = `password-reentry:${userId}`;
  if ((await hitRateLimit(db, key, PASSWORD_REENTRY_PER_HOUR)) > PASSWORD_REENTRY_PER_HOUR.limit) {
    throw new AppError("RATE_LIMITED", "error.rateLimited");
  }
  if (!(await verifyPassword(passwordHash, candidate))) return false;
  await clearRateLimitWithinLimit(db, key, PASSWORD_REENTRY_PER_HOUR);
  return true;
}
