import { expect, test } from "@playwright/test";
import {
  declareAndSubmit,
  expectNoAxeViolations,
  fillKtpAnswers,
  KTP_ANSWERS,
  registerCitizen,
  startKtpApplication,
  uploadFamilyCard,
  workingDayAhead,
} from "./support";

/** yyyy-mm-dd of the first Saturday at least two weeks ahead. */
function saturdayAhead() {
  for (let offset = 14; ; offset++) {
    const date = new Date(Date.now() + offset * 86_400_000);
    if (date.getUTCDay() === 6) return date.toISOString().slice(0, 10);
  }
}

test.describe("coming to the counter for a KTP-el", () => {
  test("a Saturday recording date is refused by name; a working day goes through, and the application page shows the number's QR code", async ({ page }) => {
    test.setTimeout(180_000);
    await registerCitizen(page);
    const id = await startKtpApplication(page);
    await fillKtpAnswers(page, { ...KTP_ANSWERS, recordingDate: saturdayAhead() });
    await uploadFamilyCard(page);
    await page.getByRole("button", { name: "Simpan dan lanjutkan", exact: true }).click();

    const summary = page.getByRole("alert", { name: "Ada yang perlu diperbaiki" });
    await expect(summary).toContainText("Tanggal perekaman yang diinginkan: Pilih hari kerja: Sabtu, Minggu, dan hari libur tidak bisa dipilih.");
    await expect(page).toHaveURL(/\/isi$/);
    await expectNoAxeViolations(page);

    await page.getByLabel("Tanggal perekaman yang diinginkan").fill(workingDayAhead(14));
    await page.getByRole("button", { name: "Simpan dan lanjutkan", exact: true }).click();
    const { trackingNumber } = await declareAndSubmit(page);

    await page.goto(`/permohonan/${id}`);
    const qr = page.getByRole("region", { name: "Kode QR permohonan" });
    await expect(qr.getByRole("img", { name: `Kode QR nomor permohonan ${trackingNumber}` })).toBeVisible();
    await expect(qr).toContainText(trackingNumber);
    await expectNoAxeViolations(page);
  });
});
