import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { authorizeSignedIn } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/platform/audit";
import { AppError } from "@/lib/platform/errors";
import { parseOrThrow } from "@/lib/platform/validation";
import { holidayDateValue, holidayInputSchema } from "@/lib/sla/holiday-input";
import { announceHolidaysAdded, assertNoActiveHoliday, changeHolidayCalendar, type AdminContext } from "./holiday-writes";

const idSchema = z.object({ id: z.string({ error: "error.notFound" }).min(1, "error.notFound").max(64, "error.notFound") });

/**
 * An admin corrects a holiday. Names and kind change in place. Moving it to
 * another date or scope is a removal plus an addition: the old row is stamped
 * removed and a new one written, so the calendar as it stood before stays
 * reproducible, running deadlines never get shorter, and those spanning the
 * new date are extended. Returns the id the holiday has afterwards.
 */
export async function updateHoliday(actor: Actor, input: unknown, context: AdminContext): Promise<{ id: string; date: string; replaced: boolean }> {
  const admin = authorizeSignedIn(actor, "admin.manage");
  // The id comes from the page, not from the admin's typing: checked first, on its own.
  const { id } = parseOrThrow(idSchema, input);
  const holiday = parseOrThrow(holidayInputSchema, input);
  const date = holidayDateValue(holiday.date);
  const now = context.now ?? new Date();
  return changeHolidayCalendar(async (tx) => {
    const before = await tx.holiday.findUnique({ where: { id } });
    if (!before) throw new AppError("NOT_FOUND", "error.notFound");
    if (before.removedAt) throw new AppError("CONFLICT", "holiday.error.removed");
    await assertNoActiveHoliday(tx, { date, regionCode: holiday.regionCode }, id);
    const previous = {
      date: before.date.toISOString().slice(0, 10),
      nameId: before.nameId,
      nameEn: before.nameEn,
      kind: before.kind,
      regionCode: before.regionCode,
    };
    const moved = previous.date !== holiday.date || previous.regionCode !== holiday.regionCode;
    const fields = { nameId: holiday.nameId, nameEn: holiday.nameEn, kind: holiday.kind };
    let currentId = id;
    if (moved) {
      await tx.holiday.update({ where: { id }, data: { removedAt: now } });
      const created = await tx.holiday.create({
        data: { ...fields, date, regionCode: holiday.regionCode, createdAt: now },
        select: { id: true },
      });
      currentId = created.id;
      await announceHolidaysAdded(tx, [{ date: holiday.date, regionCode: holiday.regionCode }]);
    } else {
      await tx.holiday.update({ where: { id }, data: fields });
    }
    await recordAudit(tx, {
      ...admin,
      action: "holiday.updated",
      entityType: "Holiday",
      entityId: id,
      ip: context.ip,
      data: { before: previous, after: { ...holiday }, ...(moved ? { replacedBy: currentId } : {}) },
    });
    return { id: currentId, date: holiday.date, replaced: moved };
  });
}
