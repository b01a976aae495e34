import { afterAll, describe, expect, it } from "vitest";
import { submitApplication } from "@/lib/applications/use-cases/submit-application";
import { getOwnContactProfile } from "@/lib/identity/profile-queries";
import { updateProfile } from "@/lib/identity/use-cases/update-profile";
import { db } from "@/lib/platform/db";
import { completeDraft, createCitizen, rejectionOf } from "@/tests/fixtures/applications";
import { createOfficer, refusal } from "@/tests/fixtures/back-office";
import { removeUploadDir } from "@/tests/fixtures/upload-dir";

afterAll(removeUploadDir);

const context = { ip: "203.0.113.12" };
const FORM = {
  phone: "0813 2222 3333",
  kkNumber: "3275 0312 0109 0007",
  birthPlace: "Bandung",
  addressLine: "Jl. Kenanga No. 1, RT 03/RW 04",
  village: "Harapan Tengah",
  district: "Harapan",
  regency: "Kota Harapan Jaya",
  province: "Jawa Barat",
  postalCode: "40111",
};

const profileAudits = (userId: string) =>
  db.auditEvent.findMany({ where: { action: "profile.updated", entityId: userId }, orderBy: { id: "asc" }, select: { actorId: true, ip: true, data: true } });

describe("the citizen's contact details on /akun", () => {
  it("saves the changes, keeps the family card number encrypted and shows it masked, and audits the field names only", async () => {
    const citizen = await createCitizen();
    const result = await updateProfile(citizen.actor, FORM, context);
    expect(result.changed).toEqual(["phone", "kkNumber", "birthPlace", "addressLine", "village", "district", "regency", "province", "postalCode"]);

    expect(await getOwnContactProfile(citizen.actor)).toEqual({
      phone: "+6281322223333",
      kkNumberMasked: "3275**********07",
      birthPlace: "Bandung",
      addressLine: FORM.addressLine,
      village: FORM.village,
      district: FORM.district,
      regency: FORM.regency,
      province: FORM.province,
      postalCode: "40111",
    });
    const stored = await db.citizenProfile.findUniqueOrThrow({ where: { userId: citizen.actor.id } });
    expect(stored.kkNumberCiphertext).not.toContain("3275031201090007");
    const audits = await profileAudits(citizen.actor.id);
    expect(audits).toEqual([{ actorId: citizen.actor.id, ip: context.ip, data: { fields: result.changed } }]);
    expect(JSON.stringify(audits)).not.toContain("2222");
  });

  it("changes nothing and audits nothing when the same form is sent again, even twice at once", async () => {
    const citizen = await createCitizen();
    await updateProfile(citizen.actor, FORM, context);
    const again = await Promise.all([updateProfile(citizen.actor, FORM, context), updateProfile(citizen.actor, FORM, context)]);
    expect(again.map((result) => result.changed)).toEqual([[], []]);
    expect(await profileAudits(citizen.actor.id)).toHaveLength(1);
  });

  it("keeps the stored family card number when its field is left empty, and removes an emptied value", async () => {
    const citizen = await createCitizen();
    await updateProfile(citizen.actor, FORM, context);
    const result = await updateProfile(citizen.actor, { ...FORM, kkNumber: "", village: "" }, context);
    expect(result.changed).toEqual(["village"]);
    expect(await getOwnContactProfile(citizen.actor)).toMatchObject({ kkNumberMasked: "3275**********07", village: null });
  });

  it("refuses invalid values field by field, naming each field, and writes nothing", async () => {
    const citizen = await createCitizen();
    const error = await rejectionOf(updateProfile(citizen.actor, { ...FORM, phone: "12345", kkNumber: "3275", postalCode: "401" }, context));
    expect(error).toMatchObject({
      code: "INVALID",
      fieldErrors: { phone: ["profile.error.phone"], kkNumber: ["profile.error.kkNumber"], postalCode: ["profile.error.postalCode"] },
    });
    expect(await getOwnContactProfile(citizen.actor)).toMatchObject({ phone: null, kkNumberMasked: null, postalCode: null });
    expect(await profileAudits(citizen.actor.id)).toEqual([]);
  });

  it("is not open to staff or to visitors, and the identity cannot be changed through it", async () => {
    const officer = await createOfficer("DISDUKCAPIL");
    // Refused as the policy refuses anything owned: "not found", never a hint.
    expect(refusal(await rejectionOf(updateProfile(officer, FORM, context)))).toEqual({ code: "NOT_FOUND", messageKey: "error.notFound" });
    expect(refusal(await rejectionOf(updateProfile({ kind: "anonymous" }, FORM, context)))).toEqual({
      code: "UNAUTHENTICATED",
      messageKey: "error.unauthenticated",
    });

    const citizen = await createCitizen();
    const before = await db.citizenProfile.findUniqueOrThrow({ where: { userId: citizen.actor.id } });
    await updateProfile(citizen.actor, { ...FORM, nik: "3275015403920001", birthDate: "1990-01-01", sex: "MALE", name: "Orang Lain" }, context);
    const after = await db.citizenProfile.findUniqueOrThrow({ where: { userId: citizen.actor.id } });
    expect(after).toMatchObject({ nikCiphertext: before.nikCiphertext, nikBlindIndex: before.nikBlindIndex, birthDate: before.birthDate, sex: before.sex });
    expect((await db.user.findUniqueOrThrow({ where: { id: citizen.actor.id } })).name).toBe("Ratna Sari Dewi");
  });

  it("shows the values the citizen chose to save from an application form", async () => {
    const citizen = await createCitizen();
    const { id } = await completeDraft(citizen);
    await submitApplication(citizen.actor, id, { updateProfile: ["phone", "birthPlace", "addressLine", "kkNumber"] }, { ip: null });
    expect(await getOwnContactProfile(citizen.actor)).toMatchObject({
      phone: "+6281234567890",
      birthPlace: "Harapan Jaya",
      addressLine: "Jl. Merdeka No. 17, RT 002/RW 005, Harapan Tengah",
      kkNumberMasked: `${citizen.kkNumber.slice(0, 4)}**********${citizen.kkNumber.slice(-2)}`,
    });
  });
});
