import { describe, expect, it } from "vitest";
import { formDefinitionSchema } from "../../../lib/catalog/form-definition";
import { services } from "./services";
import { visitLocations } from "./visit-locations";

/** Services a citizen can book a visit for (issue 19): only their standards may speak of booked times. */
const BOOKABLE = new Set(visitLocations.flatMap((location) => location.services.map((offer) => offer.serviceSlug)));

/**
 * Published standards are legally binding (PermenPANRB 15/2014): the seeded
 * ones may describe only what the portal does. These are promises it once
 * made without keeping them; each pattern names what the portal lacks.
 */
const PROMISES_THE_PORTAL_DOES_NOT_KEEP: [RegExp, string][] = [
  [/pesan singkat|text message/i, "SMS or WhatsApp notices are sent only to citizens who opt in, so a standard cannot promise them"],
  [
    /jadwal yang dipesan|booked time|time you book|earliest available slot|recording slot|antrean terjadwal|booked time slots|booked arrival/i,
    "the portal has no booking for this service (only those offered at a visit location, prisma/seed/data/visit-locations.ts)",
  ],
  [
    /(dijadwalkan|disepakati) melalui portal|(jadwal|waktu) yang diberitahukan melalui portal|(?<!not )(agreed|booked) through the portal|time announced on the portal/i,
    "the portal has no scheduling",
  ],
  [/melaporkan pajak setiap bulan melalui portal|filing monthly tax returns on the portal/i, "the portal takes no tax returns"],
  [/tersertifikasi|certified electronic/i, "output documents carry the portal's own signature, not a certified one"],
  [/dokumen pemohon disimpan terenkripsi|personal data and documents are stored encrypted/i, "uploaded documents are not encrypted by the portal"],
  [
    /stiker (tanda )?lunas|tax-paid sticker|label SLF|SLF label|beserta label|and a label|printable .*label/i,
    "an application's output is one signed document with one QR code (lib/outputs): the portal makes no stickers or labels",
  ],
];

/** The label of a date field that asks when to come to an office. */
const VISIT_DATE_LABEL = /perekaman|pemeriksaan|sidik jari|inspeksi|wawancara|panggilan video/i;

/** An option naming a place to come to: an office, a district, the Public Service Mall, a police station, a counter. */
const OFFICE_OPTION = /\bkantor\b|kecamatan|kelurahan|mal pelayanan publik|polres|polsek|loket/i;

/** A field that asks where to come for the visit ("Lokasi perekaman"), whatever its type. */
const visitPlaceLabel = (label: string) => /lokasi|tempat/i.test(label) && VISIT_DATE_LABEL.test(label);

/** A standard's words for a place the citizen chose on the form. */
const CHOSEN_PLACE = /lokasi pilihan|lokasi yang dipilih|chosen location|location you chose/i;

/** A bill, a virtual account or QRIS issued by the portal: true only with a fee rule. */
const BILLING_PROMISE =
  /kode billing|billing code|tagihan yang diterbitkan portal|portal menerbitkan tagihan|bill the portal issues|portal issues a .*bill|virtual account|QRIS/i;

function texts(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(texts);
  if (value && typeof value === "object") return Object.values(value).flatMap(texts);
  return [];
}

describe("seeded service standards describe only what the portal does", () => {
  it.each(services.map((service) => [service.slug, service] as const))("%s", (_slug, service) => {
    const published = [service.summaryId, service.summaryEn, ...texts(service.standard), ...texts(service.formDefinition)];
    // Bills exist (issue 20), but only where the standard carries a fee rule the portal bills by.
    const promises: [RegExp, string][] = service.standard.feeRule
      ? PROMISES_THE_PORTAL_DOES_NOT_KEEP
      : [...PROMISES_THE_PORTAL_DOES_NOT_KEEP, [BILLING_PROMISE, "the portal bills only fees its standard carries a rule for"]];
    for (const [pattern, reason] of promises) {
      if (BOOKABLE.has(service.slug) && reason.startsWith("the portal has no booking")) continue;
      expect(
        published.filter((text) => pattern.test(text)),
        reason,
      ).toEqual([]);
    }
  });

  it("refuses non-working days on every date field that asks when to come to an office", () => {
    for (const service of services) {
      const fields = formDefinitionSchema.parse(service.formDefinition).sections.flatMap((section) => section.fields);
      for (const field of fields) {
        if (field.type !== "date") continue;
        const visit = VISIT_DATE_LABEL.test(field.label.id);
        if (visit) expect(field.workingDay, `${service.slug}.${field.key}`).toBe(true);
      }
    }
  });

  it("asks no date to come of a service whose visit is booked: the time is booked on the application page (issue 19)", () => {
    for (const service of services) {
      if (!BOOKABLE.has(service.slug)) continue;
      const fields = formDefinitionSchema.parse(service.formDefinition).sections.flatMap((section) => section.fields);
      expect(
        fields.filter((field) => field.type === "date" && VISIT_DATE_LABEL.test(field.label.id)).map((field) => field.key),
        service.slug,
      ).toEqual([]);
    }
    expect(BOOKABLE.has("ktp-el-baru")).toBe(true);
    expect(BOOKABLE.has("skck")).toBe(true);
  });

  it("asks no place to come of a service whose visit is booked: the booking chooses among the bookable locations (issue 19)", () => {
    for (const service of services) {
      if (!BOOKABLE.has(service.slug)) continue;
      const fields = formDefinitionSchema.parse(service.formDefinition).sections.flatMap((section) => section.fields);
      const asksPlace = fields.filter(
        (field) =>
          (field.type !== "file" && field.type !== "group" && visitPlaceLabel(field.label.id)) ||
          ((field.type === "select" || field.type === "radio") && field.options.some((option) => OFFICE_OPTION.test(option.label.id))),
      );
      expect(
        asksPlace.map((field) => field.key),
        service.slug,
      ).toEqual([]);
      // Nor may its standard refer to a place chosen on the form.
      const published = [service.summaryId, service.summaryEn, ...texts(service.standard)];
      expect(
        published.filter((text) => CHOSEN_PLACE.test(text)),
        service.slug,
      ).toEqual([]);
    }
  });

  it("prints what an output says it states: its standard names those answers (outputFacts), each a field its form asks", () => {
    for (const service of services) {
      const facts = Object.values(service.standard.outputFacts ?? {});
      const fields = formDefinitionSchema.parse(service.formDefinition).sections.flatMap((section) => section.fields);
      const printable = new Set(fields.filter((field) => field.type !== "file").map((field) => field.key));
      expect(
        facts.filter((key) => !printable.has(key)),
        `${service.slug}: output facts that are no answer of its form`,
      ).toEqual([]);
      // "memuat …"/"berisi …": the document states those things, so the standard must name the answers it prints (lib/outputs/particulars.ts).
      if (/\b(memuat|berisi)\b/i.test(service.standard.output.id)) expect(facts.length, `${service.slug}: its output names what it states`).toBeGreaterThan(0);
    }
  });

  it("promises reuse from Dokumen saya only where a requirement names a document type some service issues, and shares only facts that output holds", () => {
    const issued = new Map(
      services.flatMap((service) => (service.standard.outputDocumentType ? [[service.standard.outputDocumentType, service] as const] : [])),
    );
    for (const service of services) {
      const published = [...texts(service.standard.requirements), ...texts(service.formDefinition)];
      const fields = formDefinitionSchema.parse(service.formDefinition).sections.flatMap((section) => section.fields);
      const typed = fields.flatMap((field) => (field.type === "file" && field.documentType ? [field.documentType] : []));
      if (published.some((text) => /Dokumen saya|My documents/.test(text)))
        expect(typed.length, `${service.slug} promises reuse without a document type`).toBeGreaterThan(0);
      for (const type of typed) expect(issued.has(type), `${service.slug}: no service issues "${type}"`).toBe(true);
      for (const declaration of service.standard.sharedFacts ?? []) {
        const source = issued.get(declaration.documentType);
        expect(source, `${service.slug}: no service issues "${declaration.documentType}"`).toBeDefined();
        for (const { fact, field } of declaration.fields) {
          expect(source?.standard.outputFacts?.[fact], `${service.slug}: "${declaration.documentType}" holds no fact "${fact}"`).toBeDefined();
          expect(
            fields.some((candidate) => candidate.key === field && candidate.type !== "file" && candidate.type !== "group"),
            `${service.slug}.${field}`,
          ).toBe(true);
        }
      }
    }
  });
});
