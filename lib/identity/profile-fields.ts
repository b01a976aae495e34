import { ADDRESS_BINDINGS, type ProfileBinding } from "./profile-bindings";

/** A citizen's profile, decrypted, keyed by the bindings form fields use. */
export type ProfileValues = Partial<Record<ProfileBinding, string>>;

/**
 * The contact details a citizen keeps on /akun, in the order the form shows
 * them. The NIK, birth date and sex are the identity checked at
 * registration, and the email is the sign-in name: those change only through
 * their own, stricter paths.
 */
export const EDITABLE_PROFILE_FIELDS = ["phone", "kkNumber", "birthPlace", ...ADDRESS_BINDINGS] as const satisfies readonly ProfileBinding[];
export type EditableProfileField = (typeof EDITABLE_PROFILE_FIELDS)[number];

/** What an application form may write back to the profile: the contact details, and the name as the citizen typed it. */
export type UpdatableBinding = "name" | EditableProfileField;

export function isUpdatableFromForm(binding: ProfileBinding): binding is UpdatableBinding {
  return binding === "name" || (EDITABLE_PROFILE_FIELDS as readonly ProfileBinding[]).includes(binding);
}
