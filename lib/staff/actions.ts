"use server";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/current-actor";
import { formStateFromError, formValues, type FormState } from "@/lib/platform/form-state";
import { clientIp } from "@/lib/platform/request-context";
import { staffAccessFromForm } from "./access-rules";
import { STAFF_ADMIN_PATH, staffMemberHref } from "./paths";
import { changeStaffAccess } from "./use-cases/change-staff-access";
import { inviteStaff } from "./use-cases/invite-staff";
import { setStaffActive } from "./use-cases/set-staff-active";

const context = async () => ({ ip: clientIp(await headers()) });

const failed = (values: Record<string, string>, error: unknown) => formStateFromError(values, error);

function done(path: string): never {
  revalidatePath(STAFF_ADMIN_PATH, "layout");
  redirect(path);
}

export async function inviteStaffAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  let invited: { id: string };
  try {
    invited = await inviteStaff(await currentActor(), { name: values.name, email: values.email, ...staffAccessFromForm(values) }, await context());
  } catch (error) {
    return failed(values, error);
  }
  done(staffMemberHref(invited.id, "diundang"));
}

export async function changeStaffAccessAction(userId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  try {
    await changeStaffAccess(await currentActor(), { userId, access: staffAccessFromForm(values) }, await context());
  } catch (error) {
    return failed(values, error);
  }
  done(staffMemberHref(userId, "diubah"));
}

/** Bound to one account and direction; the form posts nothing else. */
export async function setStaffActiveAction(userId: string, active: boolean): Promise<FormState> {
  try {
    await setStaffActive(await currentActor(), { userId, active }, await context());
  } catch (error) {
    return failed({}, error);
  }
  done(staffMemberHref(userId, active ? "diaktifkan" : "dinonaktifkan"));
}
