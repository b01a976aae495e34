/**
 * Idempotent demo seed: run it any number of times. A service whose standard
 * or form changed in the seed data gets a new immutable version; filed
 * applications keep the version they were filed under.
 */
import { refreshServiceSearch } from "../../lib/catalog/search";
import { formDefinitionSchema } from "../../lib/catalog/form-definition";
import { serviceStandardSchema } from "../../lib/catalog/standard";
import { protectNik } from "../../lib/identity/nik-vault";
import { hashPassword } from "../../lib/identity/password-hash";
import { db } from "../../lib/platform/db";
import { agencies } from "./data/agencies";
import { categories } from "./data/categories";
import { holidays2026 } from "./data/holidays-2026";
import { examplePortalSettings } from "./data/portal-settings";
import { services } from "./data/services";
import { visitLocations } from "./data/visit-locations";
import { DEMO_PASSWORD, demoCitizens, demoStaff } from "./demo-accounts";

const utcDate = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

async function seedCatalog() {
  for (const { code, ...agency } of agencies) {
    await db.agency.upsert({ where: { code }, create: { code, ...agency }, update: agency });
  }
  for (const { slug, ...category } of categories) {
    await db.serviceCategory.upsert({ where: { slug }, create: { slug, ...category }, update: category });
  }
  const agencyIds = new Map((await db.agency.findMany()).map((a) => [a.code, a.id]));
  const categoryIds = new Map((await db.serviceCategory.findMany()).map((c) => [c.slug, c.id]));

  for (const seed of services) {
    const standard = serviceStandardSchema.parse(seed.standard);
    const formDefinition = formDefinitionSchema.parse(seed.formDefinition);
    const agencyId = agencyIds.get(seed.agencyCode);
    const categoryId = categoryIds.get(seed.categorySlug);
    if (!agencyId || !categoryId) throw new Error(`${seed.slug}: unknown agency or category`);
    const fields = {
      agencyId,
      categoryId,
      nameId: seed.nameId,
      nameEn: seed.nameEn,
      summaryId: seed.summaryId,
      summaryEn: seed.summaryEn,
      keywords: seed.keywords,
      status: "PUBLISHED" as const,
    };
    await db.$transaction(async (tx) => {
      const service = await tx.service.upsert({
        where: { slug: seed.slug },
        create: { slug: seed.slug, ...fields },
        update: fields,
        include: { currentVersion: true },
      });
      const current = service.currentVersion;
      const unchanged =
        current &&
        JSON.stringify(current.standard) === JSON.stringify(standard) &&
        JSON.stringify(current.formDefinition) === JSON.stringify(formDefinition) &&
        current.slaWorkingDays === seed.slaWorkingDays &&
        current.feeAmount === seed.feeAmount &&
        current.decreeNumber === seed.decreeNumber;
      if (!unchanged) {
        const version = await tx.serviceStandardVersion.create({
          data: {
            serviceId: service.id,
            version: (current?.version ?? 0) + 1,
            decreeNumber: seed.decreeNumber,
            effectiveFrom: utcDate(seed.effectiveFrom),
            standard,
            formDefinition,
            slaWorkingDays: seed.slaWorkingDays,
            feeAmount: seed.feeAmount,
          },
        });
        await tx.service.update({ where: { id: service.id }, data: { currentVersionId: version.id } });
      }
      await refreshServiceSearch(tx, service.id);
    });
  }
}

async function seedHolidays() {
  for (const holiday of holidays2026) {
    const date = utcDate(holiday.date);
    const regionCode = holiday.regionCode ?? null;
    const exists = await db.holiday.findFirst({ where: { date, kind: holiday.kind, regionCode } });
    if (!exists) await db.holiday.create({ data: { ...holiday, date, regionCode } });
  }
}

async function seedAccounts() {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const citizen of demoCitizens) {
    const nik = protectNik(citizen.nik);
    const profile = {
      nikCiphertext: nik.ciphertext,
      nikKeyId: nik.keyId,
      nikBlindIndex: nik.blindIndex,
      nikMasked: nik.masked,
      birthDate: utcDate(citizen.birthDate),
      sex: citizen.sex,
      phone: citizen.phone,
      addressLine: "Jl. Merdeka No. 17, RT 003/RW 005",
      village: "Sukamaju",
      district: "Harapan Timur",
      regency: "Kota Harapan Jaya",
      province: "Jawa Barat",
      postalCode: "16111",
    };
    await db.user.upsert({
      where: { email: citizen.email },
      create: { email: citizen.email, name: citizen.name, passwordHash, roles: ["CITIZEN"], profile: { create: profile } },
      update: { name: citizen.name, passwordHash, roles: ["CITIZEN"], active: true },
    });
  }
  const agencyIds = new Map((await db.agency.findMany()).map((a) => [a.code, a.id]));
  for (const staff of demoStaff) {
    const user = await db.user.upsert({
      where: { email: staff.email },
      create: { email: staff.email, name: staff.name, passwordHash, roles: staff.roles },
      update: { name: staff.name, passwordHash, roles: staff.roles, active: true },
    });
    for (const membership of staff.agencies) {
      const agencyId = agencyIds.get(membership.code);
      if (!agencyId) throw new Error(`${staff.email}: unknown agency ${membership.code}`);
      await db.agencyMembership.upsert({
        where: { userId_agencyId: { userId: user.id, agencyId } },
        create: { userId: user.id, agencyId, role: membership.role },
        update: { role: membership.role },
      });
    }
  }
}

/** The example government's name and contacts, once: an admin's later versions are never overwritten. */
async function seedPortalSettings() {
  if ((await db.portalSettingsVersion.count()) > 0) return;
  await db.portalSettingsVersion.create({ data: { version: 1, ...examplePortalSettings } });
}

/** The office-visit locations and their counters (issue 19); counters are matched by label, so a re-run changes them in place. */
async function seedVisitLocations() {
  const serviceIds = new Map((await db.service.findMany({ select: { slug: true, id: true } })).map((s) => [s.slug, s.id]));
  const agencyIds = new Map((await db.agency.findMany({ select: { code: true, id: true } })).map((a) => [a.code, a.id]));
  const idOf = (map: Map<string, string>, key: string) => {
    const id = map.get(key);
    if (!id) throw new Error(`visit location: unknown ${key}`);
    return id;
  };
  for (const { slug, services, counters, ...location } of visitLocations) {
    const fields = { ...location, regionCode: location.regionCode ?? null };
    const { id: locationId } = await db.visitLocation.upsert({ where: { slug }, create: { slug, ...fields }, update: fields });
    for (const { serviceSlug, ...offer } of services) {
      const serviceId = idOf(serviceIds, serviceSlug);
      await db.visitService.upsert({ where: { locationId_serviceId: { locationId, serviceId } }, create: { locationId, serviceId, ...offer }, update: offer });
    }
    for (const { label, agencyCode, serviceSlugs } of counters) {
      const counter = { agencyId: idOf(agencyIds, agencyCode), serviceIds: serviceSlugs.map((serviceSlug) => idOf(serviceIds, serviceSlug)) };
      await db.visitCounter.upsert({ where: { locationId_label: { locationId, label } }, create: { locationId, label, ...counter }, update: counter });
    }
  }
}

async function main() {
  const started = Date.now();
  await seedCatalog();
  await seedVisitLocations();
  await seedHolidays();
  await seedAccounts();
  await seedPortalSettings();
  console.log(
    `Seeded ${agencies.length} agencies, ${services.length} services, ${visitLocations.length} visit locations, ${holidays2026.length} holidays, ` +
      `${demoCitizens.length + demoStaff.length} demo accounts in ${Date.now() - started} ms.`,
  );
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
