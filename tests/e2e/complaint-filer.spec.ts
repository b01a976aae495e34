import { expect, test } from "@playwright/test";
import { DISDUKCAPIL_OFFICER, expectNoAxeViolations, fileKtpComplaint, gotoSettled, registerCitizen, signedInPage } from "./support";

/** Issue 17, items 2, 6 and 7: what the person who complains or reports sees. */

const INTEGRITY = "integritas@harapanjaya.go.id";

test.describe("the filer's side of a complaint", () => {
  test.describe.configure({ timeout: 240_000 });

  test.describe("with the location permission granted", () => {
    test.use({ permissions: ["geolocation"], geolocation: { latitude: -6.914744, longitude: 107.60981 } });

    test("'Gunakan lokasi saya saat ini' fills in the coordinates", async ({ page }) => {
      await gotoSettled(page, "/pengaduan/baru");
      await page.getByRole("button", { name: "Gunakan lokasi saya saat ini" }).click();
      await expect(page.getByText("Koordinat lokasi Anda sudah diisi.")).toBeVisible();
      await expect(page.getByLabel("Garis lintang (latitude)")).toHaveValue("-6.914744");
      await expect(page.getByLabel("Garis bujur (longitude)")).toHaveValue("107.609810");
    });
  });

  test("a whistleblower follows the report and is told only the integrity unit's steps", async ({ page, browser }) => {
    await gotoSettled(page, "/pengaduan/pelanggaran");
    await page.getByLabel("Jenis pelanggaran").selectOption("extortion");
    await page.getByLabel("Instansi terkait (opsional)").selectOption("DISDUKCAPIL");
    await page.getByLabel("Ringkasan").fill("Pungutan di loket perekaman KTP-el");
    await page.getByLabel("Uraian kejadian").fill("Petugas loket meminta Rp150.000 agar perekaman KTP-el saya didahulukan, Selasa siang di loket 2.");
    await page.getByLabel("Anonim: tanpa nama").check();
    await page.getByRole("button", { name: "Kirim laporan" }).click();
    await expect(page.getByRole("heading", { name: "Laporan terkirim" })).toBeVisible();
    const code = (await page.getByTestId("complaint-code").textContent())?.trim() ?? "";
    const secret = (await page.getByTestId("complaint-secret").textContent())?.trim() ?? "";

    const integrity = await signedInPage(browser, INTEGRITY);
    await integrity.goto("/petugas/integritas");
    await integrity.getByRole("link", { name: code }).click();
    await integrity.getByRole("button", { name: "Verifikasi dan tangani" }).click();
    // Staff see the lifecycle as it is; the reporter below does not.
    await expect(integrity.getByTestId("complaint-status")).toHaveText("Diteruskan ke instansi");

    // The reporter, on a fresh visit with the code and secret.
    const reporter = await (await browser.newContext()).newPage();
    await reporter.goto("/pengaduan/lacak");
    await reporter.getByLabel("Kode pelacakan").fill(code);
    await reporter.getByLabel("Kode rahasia").fill(secret);
    await reporter.getByRole("button", { name: "Lihat pengaduan" }).click();
    await expect(reporter).toHaveURL(new RegExp(`/pengaduan/lacak/${code}$`));
    await expect(reporter.getByTestId("complaint-status")).toHaveText("Ditangani unit integritas");
    await expect(reporter.getByText("Diteruskan ke instansi")).toHaveCount(0);
    await expect(reporter.getByTestId("complaint-timeline")).toContainText("Diterima untuk ditangani unit integritas");
    await expect(reporter.getByTestId("complaint-timeline")).not.toContainText("Diteruskan untuk ditindaklanjuti");
    await expect(reporter.getByText("Instansi yang dilaporkan")).toBeVisible();
    await expectNoAxeViolations(reporter);

    // The agency reported never opens it, whatever the address.
    const officer = await signedInPage(browser, DISDUKCAPIL_OFFICER);
    expect((await officer.goto(integrity.url()))?.status()).toBe(404);
  });

  test("a complaint's filer rates its handling once, and is not sent on to the service survey", async ({ page, browser }) => {
    await registerCitizen(page);
    const { code } = await fileKtpComplaint(page, "KTP-el belum jadi, mohon kabar");

    const officer = await signedInPage(browser, DISDUKCAPIL_OFFICER);
    await officer.goto("/petugas/pengaduan?tampil=verifikasi");
    await officer.getByRole("link", { name: code }).click();
    await officer.getByRole("button", { name: "Verifikasi dan teruskan" }).click();
    await officer.getByRole("button", { name: "Ambil untuk ditindaklanjuti" }).click();
    await officer.getByLabel("Jawaban untuk pelapor").fill("KTP-el Anda sudah dicetak dan dapat diambil di kantor kecamatan.");
    await officer.getByRole("button", { name: "Kirim jawaban" }).click();
    await expect(officer.getByTestId("complaint-status")).toHaveText("Sudah dijawab");

    await page.goto(`/pengaduan/lacak/${code}`);
    await page.getByRole("button", { name: "Ya, terima jawaban" }).click();
    await expect(page.getByTestId("complaint-status")).toHaveText("Selesai");
    await page.getByLabel("Sangat baik", { exact: true }).check();
    await page.getByRole("button", { name: "Kirim penilaian" }).click();
    await expect(page.getByTestId("complaint-rating")).toHaveText("Penilaian Anda: Sangat baik");
    await expect(page.getByRole("button", { name: "Kirim penilaian" })).toHaveCount(0);

    // No second questionnaire: no invitation, nothing pointing at a survey.
    await page.goto("/notifikasi");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByText(/bagaimana penanganannya/i)).toHaveCount(0);
    await expect(page.locator('a[href*="/survei"]')).toHaveCount(0);
    await expect(page.getByText("Kembali ke permohonan")).toHaveCount(0);
  });
});
