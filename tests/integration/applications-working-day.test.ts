import { afterAll, describe, expect, it } from "vitest";
import { submitApplication } from "@/lib/applications/use-cases/submit-application";
import { trackingNumberQrSvg } from "@/lib/applications/tracking-qr";
import { AppError } from "@/lib/platform/errors";
import { completeDraft, createCitizen, rejectionOf, wib } from "@/tests/fixtures/applications";
import { removeUploadDir } from "@/tests/fixtures/upload-dir";

afterAll(removeUploadDir);

/** Submits a KTP-el Baru draft with this preferred recording date on Monday 7 December 2026; the refusal, if any. */
async function submitWithRecordingDate(recordingDate: string) {
  const citizen = await createCitizen();
  const { id } = await completeDraft(citizen, { now: wib("2026-12-07T08:00"), answers: { recordingDate } });
  return submitApplication(citizen.actor, id, {}, { ip: null, now: wib("2026-12-07T09:00") }).then(
    () => null,
    (error: unknown) => error,
  );
}

describe("the KTP-el recording date takes the agency's working days only", () => {
  it("refuses a Saturday and a Sunday, naming the field", async () => {
    for (const weekend of ["2026-12-12", "2026-12-13"]) {
      const error = await submitWithRecordingDate(weekend);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).fieldErrors).toEqual({ recordingDate: ["form.dateNotWorkingDay"] });
    }
  });

  it("refuses a holiday and a collective leave day on the agency's calendar", async () => {
    for (const holiday of ["2026-12-24", "2026-12-25"]) {
      const error = await submitWithRecordingDate(holiday);
      expect((error as AppError).fieldErrors).toEqual({ recordingDate: ["form.dateNotWorkingDay"] });
    }
  });

  it("accepts a working day", async () => {
    expect(await submitWithRecordingDate("2026-12-14")).toBeNull();
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
