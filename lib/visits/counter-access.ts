import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorizeSignedIn } from "@/lib/auth/policy";
import type { Tx } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";

/** What the counter desk reads of a counter: its services, and its location's clock and grace period. */
export const workableCounterSelect = {
  id: true,
  label: true,
  agencyId: true,
  serviceIds: true,
  locationId: true,
  location: { select: { id: true, slug: true, timezone: true, graceMinutes: true, nameId: true, nameEn: true } },
} as const;

/** A counter the officer may work (an officer of the counter's agency), with its location; another agency's counter is "not found". */
export async function workableCounter(client: Tx, actor: Actor, counterId: string) {
  // A removed (deactivated) counter cannot be worked any more: a stale desk page answers "not found".
  const counter = await client.visitCounter.findFirst({
    where: { id: String(counterId ?? ""), active: true },
    select: workableCounterSelect,
  });
  if (!counter) {
    authorizeSignedIn(actor, "visit.serve", { agencyId: "" });
    throw new AppError("NOT_FOUND", "visit.error.unknownCounter");
  }
  const audit = authorizeSignedIn(actor, "visit.serve", { agencyId: counter.agencyId });
  return { counter, audit };
}
