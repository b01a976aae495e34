import "server-only";
import { db, type Tx } from "@/lib/platform/db";
import { decryptPii, encryptPii } from "./nik-vault";
import type { ProfileValues, UpdatableBinding } from "./profile-fields";

/** A citizen's profile for a page that prefills a form (outside any transaction). */
export function citizenProfileValues(userId: string): Promise<ProfileValues> {
  return loadProfileValues(db, userId);
}

/** The holder's own profile, decrypted, keyed by the bindings form fields use. */
export async function loadProfileValues(tx: Tx, userId: string): Promise<ProfileValues> {
  const user = await tx.user.findUnique({
    where: { id: userId },
    select: { name: true, email: true, profile: true },
  });
  if (!user) return {};
  const values: ProfileValues = { name: user.name, email: user.email };
  const profile = user.profile;
  if (!profile) return values;
  values.nik = decryptPii(profile.nikCiphertext);
  values.birthDate = profile.birthDate.toISOString().slice(0, 10);
  values.sex = profile.sex;
  if (profile.kkNumberCiphertext) values.kkNumber = decryptPii(profile.kkNumberCiphertext);
  const plain = ["birthPlace", "phone", "addressLine", "village", "district", "regency", "province", "postalCode"] as const;
  for (const key of plain) {
    const value = profile[key];
    if (value) values[key] = value;
  }
  return values;
}

/** Writes the chosen profile values; the caller audits the change in the same transaction. */
export async function updateProfileValues(tx: Tx, userId: string, changes: Partial<Record<UpdatableBinding, string>>) {
  const { name, kkNumber, ...plain } = changes;
  if (name !== undefined) await tx.user.update({ where: { id: userId }, data: { name } });
  const profileData = {
    ...plain,
    ...(kkNumber !== undefined ? { kkNumberCiphertext: encryptPii(kkNumber).ciphertext } : {}),
  };
  if (Object.keys(profileData).length > 0) {
    await tx.citizenProfile.update({ where: { userId }, data: profileData });
  }
}
