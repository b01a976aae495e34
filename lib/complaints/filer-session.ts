import "server-only";
import { cookies } from "next/headers";
import { currentActor } from "@/lib/auth/current-actor";
import { env } from "@/lib/platform/env";
import type { FilerCredential } from "./access";
import { ACCESS_TOKEN_TTL_MS } from "./access-token";

/** The httpOnly cookie that holds a follow-up access token (lib/complaints/access-token.ts). */
export const FILER_ACCESS_COOKIE = "satupintu_complaint";

/** Who is asking, as a filer: their account and any follow-up token this browser holds. */
export async function filerCredential(): Promise<FilerCredential> {
  const [actor, jar] = await Promise.all([currentActor(), cookies()]);
  return { actor, accessToken: jar.get(FILER_ACCESS_COOKIE)?.value ?? null };
}

/** Keeps a follow-up token in this browser (server actions and route handlers only). */
export async function grantFilerAccess(accessToken: string): Promise<void> {
  (await cookies()).set(FILER_ACCESS_COOKIE, accessToken, {
    httpOnly: true,
    sameSite: "lax",
    secure: env().PUBLIC_URL.startsWith("https:"),
    path: "/pengaduan",
    maxAge: Math.floor(ACCESS_TOKEN_TTL_MS / 1000),
  });
}
