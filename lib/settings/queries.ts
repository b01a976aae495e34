import "server-only";
import { db } from "@/lib/platform/db";

/** A stored logo's bytes, or null; public (every page shows it). */
export async function findPortalLogo(id: string): Promise<{ mimeType: string; bytes: Uint8Array } | null> {
  return db.portalLogo.findUnique({ where: { id }, select: { mimeType: true, bytes: true } });
}
