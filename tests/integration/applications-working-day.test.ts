import { afterAll, describe, expect, it } from "vitest";
import { agencyDateRules } from "@/lib/applications/queries";
import { trackingNumberQrSvg } from "@/lib/applications/tracking-qr";
import { compileAnswersSchema } from "@/lib/catalog/form-schema";
import { db } from "@/lib/platform/db";
import { rejectionOf, wib } from "@/tests/fixtures/applications";
import { field, oneSectionForm } from "@/tests/fixtures/forms";
import { removeUploadDir } from "@/tests/fixtures/upload-dir";

afterAll(removeUploadDir);

/**
 * A `workingDay` date field (e.g. the proposed inspection date) judged as the
 * server does on Monday 7 December 2026, with Disdukcapil's calendar (seeded
 * holidays and collective leave); its refusal, if any. The KTP-el form no
 * longer asks a date: its recording time is booked (issue 19).
 */
async function refusalOfDate(date: string) {
  const agency = await db.agency.findUniqueOrThrow({ where: { code: "DISDUKCAPIL" } });
  const rules = await agencyDateRules(agency, wib("2026-12-07T09:00"));
  const parsed = compileAnswersSchema(oneSectionForm(field("visitDate", { type: "date", notInPast: true, workingDay: true })), rules).safeParse({
    visitDate: date,
  });
  return parsed.success ? null : parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
}

describe("a working-day date takes the agency's working days only", () => {
  it("refuses a Saturday and a Sunday, naming the field", async () => {
    for (const weekend of ["2026-12-12", "2026-12-13"]) expect(await refusalOfDate(weekend)).toEqual(["visitDate: form.dateNotWorkingDay"]);
  });

  it("refuses a holiday and a collective leave day on the agency's calendar", async () => {
    for (const holiday of ["2026-12-24", "2026-12-25"]) expect(await refusalOfDate(holiday)).toEqual(["visitDate: form.dateNotWorkingDay"]);
  });

  it("accepts a working day", async () => {
    expect(await refusalOfDate("2026-12-14")).toBeNull();
  });
});

describe("the application number's QR code", () => {
  it("renders the number as an SVG QR code, and refuses an empty number", async () => {
    const svg = await trackingNumberQrSvg("DISDUKCAPIL-2026-000123");
    expect(svg).toMatch(/^<svg[^>]*viewBox/);
    expect(svg).not.toContain("DISDUKCAPIL");
    await expect(rejectionOf(trackingNumberQrSvg(""))).resolves.toBeInstanceOf(Error);
  });
});
