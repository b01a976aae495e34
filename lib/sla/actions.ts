"use server";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/current-actor";
import { formStateFromError, formValues, type FormState } from "@/lib/platform/form-state";
import type { MessageKey } from "@/lib/platform/i18n/messages";
import { clientIp } from "@/lib/platform/request-context";
import { HOLIDAY_ADMIN_PATH, holidayListHref, yearOf } from "./holiday-admin-paths";
import { addHoliday } from "./use-cases/add-holiday";
import { HOLIDAY_IMPORT_MAX_CHARS, importHolidays } from "./use-cases/import-holidays";
import { removeHoliday } from "./use-cases/remove-holiday";
import { updateHoliday } from "./use-cases/update-holiday";

/** The import form's state: the usual one, plus every rejected CSV line. */
export type HolidayImportState = FormState & { lineErrors: { line: number; messageKey: MessageKey }[] };

const context = async () => ({ ip: clientIp(await headers()) });

const failed = (values: Record<string, string>, error: unknown) => formStateFromError(values, error);

function done(path: string): never {
  revalidatePath(HOLIDAY_ADMIN_PATH, "layout");
  redirect(path);
}

export async function addHolidayAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  let added: { date: string };
  try {
    added = await addHoliday(await currentActor(), values, await context());
  } catch (error) {
    return failed(values, error);
  }
  done(holidayListHref(yearOf(added.date), { hasil: "ditambah" }));
}

export async function updateHolidayAction(id: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  let updated: { date: string };
  try {
    updated = await updateHoliday(await currentActor(), { ...values, id }, await context());
  } catch (error) {
    return failed(values, error);
  }
  done(holidayListHref(yearOf(updated.date), { hasil: "diubah" }));
}

export async function removeHolidayAction(id: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  let removed: { date: string };
  try {
    removed = await removeHoliday(await currentActor(), { id }, await context());
  } catch (error) {
    return failed(values, error);
  }
  done(holidayListHref(yearOf(removed.date), { hasil: "dihapus" }));
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
  const values = { year, csv };
  let result: Awaited<ReturnType<typeof importHolidays>>;
  try {
    result = await importHolidays(await currentActor(), values, await context());
  } catch (error) {
    return { ...failed(values, error), lineErrors: [] };
  }
  if (!result.ok) {
    return { values, fieldErrors: { csv: ["holiday.import.failed"] }, lineErrors: result.errors };
  }
  done(holidayListHref(result.year, { hasil: "diimpor", ditambah: result.added, dilewati: result.skipped }));
}
