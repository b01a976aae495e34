import { expect, test } from "@playwright/test";
import { declareAndSubmit, expectNoAxeViolations, fillKtpAnswers, registerCitizen, startKtpApplication, uploadFamilyCard } from "./support";

test.describe("coming to the counter for a KTP-el", () => {
  test("the form asks no recording date; the submitted application books the recording time from its page, which then lists the visit and the number's QR code", async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await registerCitizen(page);
    const id = await startKtpApplication(page);
    // The time is booked, not typed: the form has no date to come.
    await expect(page.getByLabel("Tanggal perekaman yang diinginkan")).toHaveCount(0);
    await fillKtpAnswers(page);
    await uploadFamilyCard(page);
    await page.getByRole("button", { name: "Simpan dan lanjutkan", exact: true }).click();
    const { trackingNumber } = await declareAndSubmit(page);

    await page.goto(`/permohonan/${id}`);
    const qr = page.getByRole("region", { name: "Kode QR permohonan" });
    await expect(qr.getByRole("img", { name: `Kode QR nomor permohonan ${trackingNumber}` })).toBeVisible();
    await expect(qr).toContainText(trackingNumber);

    // "Pesan jadwal perekaman": the service and the application come along; the citizen picks a place and a time.
    await page.getByRole("link", { name: "Pesan jadwal perekaman" }).click();
    await expect(page).toHaveURL(new RegExp(`/kunjungan\\?layanan=ktp-el-baru&permohonan=${id}`));
    await page.getByRole("link", { name: "Mal Pelayanan Publik Kota Harapan Jaya" }).click();
    await page.getByRole("radio").first().check();
    await page.getByRole("button", { name: "Pesan jadwal ini" }).click();
    await expect(page.getByRole("status")).toContainText("Jadwal tersimpan");
    const code = (await page.locator("dd.font-mono").first().textContent())!.trim();

    // Back on the application: the visit is listed with its code, and booking is no longer offered.
    await page.goto(`/permohonan/${id}`);
    const visits = page.getByRole("region", { name: "Kunjungan ke kantor" });
    await expect(visits).toContainText(code);
    await expect(page.getByRole("link", { name: "Pesan jadwal perekaman" })).toHaveCount(0);
    await expectNoAxeViolations(page);
  });
});
