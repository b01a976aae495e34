import { createCitizen, type TestCitizen } from "../../fixtures/applications";
import { hashPassword } from "@/lib/identity/password-hash";
import { db } from "@/lib/platform/db";

export const PASSWORD = "Ketahanan2026uji";

/** A fixture citizen (valid NIK, encrypted) who can also sign in over HTTP with PASSWORD. */
export async function citizenWithPassword(): Promise<TestCitizen & { email: string }> {
  const citizen = await createCitizen();
  await db.user.update({ where: { id: citizen.actor.id }, data: { passwordHash: await hashPassword(PASSWORD) } });
  return { ...citizen, email: citizen.actor.email };
}
