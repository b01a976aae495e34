import "server-only";
import { cookies } from "next/headers";
import { env } from "@/lib/platform/env";
import { setReadYourWritesCheck } from "@/lib/platform/replicas";

/** Set after a successful write: until the time it holds, this browser's reads go to the primary. */
export const WROTE_COOKIE = "satupintu-wrote";

const replicasConfigured = () => env().DATABASE_REPLICA_URLS.length > 0 || Boolean(env().DATABASE_REPLICA_URL);

/** How long after a write the writer reads the primary: twice the lag a replica may have and still be read, at least 10 s. */
function pinSeconds(): number {
  return Math.max(10, Math.ceil(env().DATABASE_REPLICA_MAX_LAG_SECONDS * 2));
}

/**
 * Called by the action runner after every successful write, so the writer
 * then sees what they wrote (a submission, a published standard) even on
 * pages that read from replicas. Without replicas there is nothing to pin.
 */
export async function rememberWrite(now = Date.now()): Promise<void> {
  if (!replicasConfigured()) return;
  const seconds = pinSeconds();
  (await cookies()).set(WROTE_COOKIE, String(now + seconds * 1000), {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    maxAge: seconds,
    secure: env().PUBLIC_URL.startsWith("https:"),
  });
}

/** Tells lib/platform/replicas.ts how to know, inside a request, that its browser wrote moments ago; instrumentation.ts calls it once. */
export function registerReadYourWrites(): void {
  setReadYourWritesCheck(async () => Number((await cookies()).get(WROTE_COOKIE)?.value ?? 0) > Date.now());
}
