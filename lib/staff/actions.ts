"use server";
import { revalidatePath } from "next/cache";
import { runFormAction } from "@/lib/auth/action-runner";
import type { FormState } from "@/lib/platform/form-state";
import { staffAccessFromForm } from "./access-rules";
import { STAFF_ADMIN_PATH, staffMemberHref } from "./paths";
import { changeStaffAccess } from "./use-cases/change-staff-access";
import { inviteStaff } from "./use-cases/invite-staff";
import { setStaffActive } from "./use-cases/set-staff-active";
import { setStaffNip } from "./use-cases/set-staff-nip";

/** The staff lists changed: back to `path` with them shown fresh. */
function done(path: string): string {
  revalidatePath(STAFF_ADMIN_PATH, "layout");
  return path;
}

export async function inviteStaffAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(
    formData,
    ({ actor, values, context }) => inviteStaff(actor, { name: values.name, email: values.email, nip: values.nip, ...staffAccessFromForm(values) }, context),
    { onSuccess: (invited) => done(staffMemberHref(invited.id, "diundang")) },
  );
}

export async function changeStaffAccessAction(userId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, ({ actor, values, context }) => changeStaffAccess(actor, { userId, access: staffAccessFromForm(values) }, context), {
    onSuccess: () => done(staffMemberHref(userId, "diubah")),
  });
}

/** Bound to one account and direction; the form posts nothing else. */
export async function setStaffActiveAction(userId: string, active: boolean): Promise<FormState> {
  return runFormAction(new FormData(), ({ actor, context }) => setStaffActive(actor, { userId, active }, context), {
    onSuccess: () => done(staffMemberHref(userId, active ? "diaktifkan" : "dinonaktifkan")),
  });
}

export async function setStaffNipAction(userId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, ({ actor, values, context }) => setStaffNip(actor, { userId, nip: values.nip }, context), {
    onSuccess: () => done(staffMemberHref(userId, "nip-diubah")),
  });
}
