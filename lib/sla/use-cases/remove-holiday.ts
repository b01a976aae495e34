import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { authorizeSignedIn } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/platform/audit";
import { AppError } from "@/lib/platform/errors";
import { parseOrThrow } from "@/lib/platform/validation";
import { changeHolidayCalendar, type AdminContext } from "./holiday-writes";

const removeSchema = z.object({ id: z.string({ error: "error.notFound" }).min(1, "error.notFound").max(64, "error.notFound") });

/**
 * Takes a day off the calendar by stamping `removedAt`; the row stays, so the
 * calendar a deadline was computed on can be reproduced. Deadlines already
 * running keep their due moment: a removal never shortens one (DESIGN.md §4).
 * Removing an already removed holiday changes nothing.
 */
export async function removeHoliday(actor: Actor, input: unknown, context: AdminContext): Promise<{ id: string; date: string; removed: boolean }> {
  const admin = authorizeSignedIn(actor, "admin.manage");
  const { id } = parseOrThrow(removeSchema, input);
  const now = context.now ?? new Date();
  return changeHolidayCalendar(async (tx) => {
    const holiday = await tx.holiday.findUnique({ where: { id }, select: { date: true, nameId: true, removedAt: true } });
    if (!holiday) throw new AppError("NOT_FOUND", "error.notFound");
    const date = holiday.date.toISOString().slice(0, 10);
    if (holiday.removedAt) return { id, date, removed: false };
    await tx.holiday.update({ where: { id }, data: { removedAt: now } });
    await recordAudit(tx, { ...admin, action: "holiday.removed", entityType: "Holiday", entityId: id, ip: context.ip, data: { date, nameId: holiday.nameId } });
    return { id, date, removed: true };
  });
}
