import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorizeSignedIn } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/platform/audit";
import { parseOrThrow } from "@/lib/platform/validation";
import { holidayDateValue, holidayInputSchema } from "@/lib/sla/holiday-input";
import { announceHolidaysAdded, assertNoActiveHoliday, changeHolidayCalendar, type AdminContext } from "./holiday-writes";

/** An admin adds one day to the holiday calendar; running deadlines that span it are extended. */
export async function addHoliday(actor: Actor, input: unknown, context: AdminContext): Promise<{ id: string; date: string }> {
  const admin = authorizeSignedIn(actor, "admin.manage");
  const holiday = parseOrThrow(holidayInputSchema, input);
  const date = holidayDateValue(holiday.date);
  return changeHolidayCalendar(async (tx) => {
    await assertNoActiveHoliday(tx, { date, regionCode: holiday.regionCode });
    const created = await tx.holiday.create({
      data: { date, nameId: holiday.nameId, nameEn: holiday.nameEn, kind: holiday.kind, regionCode: holiday.regionCode, createdAt: context.now },
      select: { id: true },
    });
    await recordAudit(tx, { ...admin, action: "holiday.added", entityType: "Holiday", entityId: created.id, ip: context.ip, data: { ...holiday } });
    await announceHolidaysAdded(tx, [{ date: holiday.date, regionCode: holiday.regionCode }]);
    return { id: created.id, date: holiday.date };
  });
}
