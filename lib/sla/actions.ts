"use server";
import { revalidatePath } from "next/cache";
import { runFormAction } from "@/lib/auth/action-runner";
import type { FormState } from "@/lib/platform/form-state";
import type { MessageKey } from "@/lib/platform/i18n/messages";
import { HOLIDAY_ADMIN_PATH, holidayListHref, yearOf } from "./holiday-admin-paths";
import { addHoliday } from "./use-cases/add-holiday";
import { HOLIDAY_IMPORT_MAX_CHARS, importHolidays } from "./use-cases/import-holidays";
import { removeHoliday } from "./use-cases/remove-holiday";
import { updateHoliday } from "./use-cases/update-holiday";

/** The import form's state: the usual one, plus every rejected CSV line. */
export type HolidayImportState = FormState & { lineErrors: { line: number; messageKey: MessageKey }[] };

/** The calendar changed: back to the year of the holiday touched, with the lists shown fresh. */
function done(path: string): string {
  revalidatePath(HOLIDAY_ADMIN_PATH, "layout");
  return path;
}

export async function addHolidayAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, ({ actor, values, context }) => addHoliday(actor, values, context), {
    onSuccess: (added) => done(holidayListHref(yearOf(added.date), { hasil: "ditambah" })),
  });
}

export async function updateHolidayAction(id: string, _previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, ({ actor, values, context }) => updateHoliday(actor, { ...values, id }, context), {
    onSuccess: (updated) => done(holidayListHref(yearOf(updated.date), { hasil: "diubah" })),
  });
}

export async function removeHolidayAction(id: string, _previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, ({ actor, context }) => removeHoliday(actor, { id }, context), {
    onSuccess: (removed) => done(holidayListHref(yearOf(removed.date), { hasil: "dihapus" })),
  });
}

/**
 * The CSV comes pasted or as a file; a chosen file wins. Its text is handed
 * back in the textarea on error, so the admin can fix the reported lines there.
 */
export async function importHolidaysAction(_previous: HolidayImportState, formData: FormData): Promise<HolidayImportState> {
  const year = String(formData.get("year") ?? "");
  const file = formData.get("csvFile");
  let csv = String(formData.get("csv") ?? "");
  if (file instanceof File && file.size > 0) {
    // UTF-8 takes at most 4 bytes a character: anything larger cannot fit the limit.
    if (file.size > HOLIDAY_IMPORT_MAX_CHARS * 4) {
      return { values: { year }, fieldErrors: { csvFile: ["holiday.import.tooLarge"] }, lineErrors: [] };
    }
    csv = await file.text();
  }
  return runFormAction<Awaited<ReturnType<typeof importHolidays>>, HolidayImportState>(
    formData,
    ({ actor, values, context }) => importHolidays(actor, values, context),
    {
      values: { year, csv },
      extras: { lineErrors: [] },
      onSuccess: (result, values) =>
        result.ok
          ? done(holidayListHref(result.year, { hasil: "diimpor", ditambah: result.added, dilewati: result.skipped }))
          : { values, fieldErrors: { csv: ["holiday.import.failed"] }, lineErrors: result.errors },
    },
  );
}
