import { expect, test, type Page } from "@playwright/test";
import { DISDUKCAPIL_OFFICER, expectNoAxeViolations, fileKtpComplaint, gotoSettled, pdfFile, signedInPage } from "./support";

const INTEGRITY = "integritas@harapanjaya.go.id";
const SUPERVISOR_ALL = "supervisor@harapanjaya.go.id";

async function trackWith(page: Page, code: string, secret: string) {
  await page.goto("/pengaduan/lacak");
  await page.getByLabel("Kode pelacakan").fill(code);
  await page.getByLabel("Kode rahasia").fill(secret);
  await page.getByRole("button", { name: "Lihat pengaduan" }).click();
  await expect(page).toHaveURL(new RegExp(`/pengaduan/lacak/${code}$`));
}

async function openVerificationCase(officer: Page, code: string) {
  await officer.goto("/petugas/pengaduan?tampil=verifikasi");
  await officer.getByRole("link", { name: code }).click();
  await expect(officer.getByRole("heading", { level: 1 })).toHaveText(`Pengaduan ${code}`);
}

test.describe("complaints", () => {
  // Journeys with three people, each page checked by axe: longer than the default minute on a busy machine.
  test.describe.configure({ timeout: 240_000 });

  test("an anonymous complaint is answered, disputed with the tracking code, answered again and closed", async ({ page, browser }) => {
    await page.goto("/pengaduan");
    await expect(page.getByRole("heading", { level: 1, name: "Pengaduan" })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: "Sampaikan pengaduan" }).first().click();
    await expect(page).toHaveURL(/\/pengaduan\/baru$/);
    await expect(page.getByText("Anda belum masuk, jadi pengaduan dikirim secara anonim.")).toBeVisible();
    await expectNoAxeViolations(page);

    // Nothing typed: every problem listed, each linked to its field.
    await page.getByRole("button", { name: "Kirim pengaduan" }).click();
    const summary = page.getByRole("alert", { name: "Ada yang perlu diperbaiki" });
    await expect(summary).toBeFocused();
    await expect(summary.getByRole("link", { name: "Pilih kategori." })).toBeVisible();
    await expect(summary.getByRole("link", { name: /Ceritakan lebih lengkap/ })).toBeVisible();
    await expectNoAxeViolations(page);

    const { code, secret } = await fileKtpComplaint(page, "KTP-el belum jadi setelah tiga minggu");
    expect(code).toMatch(/^ADU-\d{4}-\d{6}$/);
    expect(secret).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    await expect(page.getByText("Kode rahasia tidak dapat ditampilkan lagi.")).toBeVisible();
    await expectNoAxeViolations(page);

    // The officer of the agency it names verifies and routes it, takes it and answers.
    const officer = await signedInPage(browser, DISDUKCAPIL_OFFICER);
    await openVerificationCase(officer, code);
    await expect(officer.getByTestId("complaint-filer")).toContainText("Pelapor anonim");
    await expectNoAxeViolations(officer);
    await officer.getByRole("button", { name: "Verifikasi dan teruskan" }).click();
    await expect(officer.getByTestId("complaint-status")).toHaveText("Diteruskan ke instansi");
    await officer.getByRole("button", { name: "Ambil untuk ditindaklanjuti" }).click();
    await expect(officer.getByTestId("complaint-status")).toHaveText("Sedang ditindaklanjuti");
    await officer.getByLabel("Jawaban untuk pelapor").fill("KTP-el Anda sudah dicetak dan dapat diambil di kantor kecamatan mulai besok.");
    await officer.getByRole("button", { name: "Kirim jawaban" }).click();
    await expect(officer.getByTestId("complaint-status")).toHaveText("Sudah dijawab");
    await expectNoAxeViolations(officer);

    // Published now (anonymous, verified), without any name.
    await page.goto(`/pengaduan/${code}`);
    await expect(page.getByTestId("public-complaint-body")).toContainText("belum jadi");
    await expect(page.getByRole("button", { name: "Masuk untuk mendukung pengaduan ini" })).toBeVisible();
    await expectNoAxeViolations(page);

    // The filer comes back on another device with the code and secret, and disputes.
    const filer = await (await browser.newContext()).newPage();
    await trackWith(filer, code, secret);
    await expect(filer.getByTestId("complaint-response")).toContainText("sudah dicetak");
    await expectNoAxeViolations(filer);
    await filer.getByText("Belum puas dengan jawabannya?").click();
    await filer.getByLabel("Alasan sanggahan").fill("Saya sudah ke kecamatan, KTP-el saya belum ada di sana.");
    await filer.getByRole("button", { name: "Sanggah jawaban" }).click();
    await expect(filer.getByTestId("complaint-flash")).toHaveText("Sanggahan Anda terkirim. Pengaduan dibuka kembali.");
    await expect(filer.getByTestId("complaint-status")).toHaveText("Dibuka kembali");

    await officer.reload();
    await expect(officer.getByTestId("complaint-status")).toHaveText("Dibuka kembali");
    await expect(officer.getByTestId("complaint-timeline")).toContainText("Saya sudah ke kecamatan");
    await officer.getByRole("button", { name: "Ambil untuk ditindaklanjuti" }).click();
    await officer.getByLabel("Jawaban untuk pelapor").fill("Mohon maaf, KTP-el Anda sudah kami antar ke kecamatan pagi ini.");
    await officer.getByRole("button", { name: "Kirim jawaban" }).click();
    await expect(officer.getByTestId("complaint-status")).toHaveText("Sudah dijawab");

    await filer.reload();
    await expect(filer.getByTestId("complaint-response")).toContainText("sudah kami antar");
    await filer.getByRole("button", { name: "Ya, terima jawaban" }).click();
    await expect(filer.getByTestId("complaint-status")).toHaveText("Selesai");
    await filer.getByLabel("Baik", { exact: true }).check();
    await filer.getByRole("button", { name: "Kirim penilaian" }).click();
    await expect(filer.getByTestId("complaint-flash")).toHaveText("Terima kasih atas penilaian Anda.");
    await expect(filer.getByTestId("complaint-rating")).toHaveText("Penilaian Anda: Baik");
    const timeline = filer.getByTestId("complaint-timeline");
    for (const entry of ["Pengaduan disampaikan", "Diteruskan untuk ditindaklanjuti", "Jawaban disanggah pelapor", "Jawaban diterima pelapor"]) {
      await expect(timeline).toContainText(entry);
    }
    await expectNoAxeViolations(filer);
  });

  test("a whistleblowing report is seen by the integrity unit only", async ({ page, browser }) => {
    await page.goto("/pengaduan/pelanggaran");
    await expect(page.getByTestId("wbs-protection")).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByLabel("Jenis pelanggaran").selectOption("extortion");
    await page.getByLabel("Instansi terkait (opsional)").selectOption("DISDUKCAPIL");
    await page.getByLabel("Ringkasan").fill("Pungutan untuk mempercepat KTP-el");
    await page.getByLabel("Uraian kejadian").fill("Petugas loket meminta Rp200.000 agar KTP-el saya jadi dalam sehari, Senin pagi di loket 3.");
    await page.getByLabel("Rahasia: cantumkan nama dan kontak, hanya untuk unit integritas").check();
    await page.getByLabel("Nama Anda").fill("Pelapor Rahasia");
    await page.getByRole("button", { name: "Kirim laporan" }).click();
    await expect(page.getByRole("heading", { name: "Laporan terkirim" })).toBeVisible();
    const code = (await page.getByTestId("complaint-code").textContent())?.trim() ?? "";
    expect(code).toMatch(/^WBS-\d{4}-\d{6}$/);

    // Not for officers or supervisors: no queue shows it, its page is "not found".
    for (const email of [DISDUKCAPIL_OFFICER, SUPERVISOR_ALL]) {
      const staff = await signedInPage(browser, email);
      expect((await staff.goto("/petugas/integritas"))?.status()).toBe(403);
      await staff.goto("/petugas/pengaduan?tampil=verifikasi");
      await expect(staff.getByRole("heading", { level: 1, name: "Pengaduan masuk" })).toBeVisible();
      await expect(staff.getByText(code)).toHaveCount(0);
      await staff.context().close();
    }

    const integrity = await signedInPage(browser, INTEGRITY);
    await integrity.getByRole("link", { name: "Laporan pelanggaran (WBS)" }).click();
    await integrity.getByRole("link", { name: code }).click();
    await expect(integrity.getByTestId("complaint-filer")).toContainText("Pelapor Rahasia");
    await expectNoAxeViolations(integrity);
    await integrity.getByRole("button", { name: "Verifikasi dan tangani" }).click();
    await expect(integrity.getByTestId("complaint-status")).toHaveText("Diteruskan ke instansi");
    const caseUrl = integrity.url();
    const officer = await signedInPage(browser, DISDUKCAPIL_OFFICER);
    expect((await officer.goto(caseUrl))?.status()).toBe(404);
    expect((await officer.goto(caseUrl.replace("/petugas/integritas/", "/petugas/pengaduan/")))?.status()).toBe(404);
  });
});

test.describe("complaints without JavaScript", () => {
  // axe runs in the page, so it checks these pages in the journeys above, with JavaScript.
  test.use({ javaScriptEnabled: false });

  test("a visitor files a complaint with an attachment, keeps what was typed on an error, and follows it with the code", async ({ page }) => {
    await gotoSettled(page, "/pengaduan/baru");
    await page.getByLabel("Layanan").selectOption("akta-kelahiran");
    await page.getByLabel("Judul").fill("Akta kelahiran anak belum terbit");
    await page.getByLabel("Isi laporan").fill("Berkas akta kelahiran anak kami lengkap sejak dua minggu lalu, tetapi aktanya belum terbit.");
    await page.getByRole("button", { name: "Kirim pengaduan" }).click();
    // The category was forgotten: the error is listed, and everything typed is still there.
    await expect(page.getByRole("alert", { name: "Ada yang perlu diperbaiki" })).toContainText("Pilih kategori.");
    await expect(page.getByLabel("Judul")).toHaveValue("Akta kelahiran anak belum terbit");
    await expect(page.getByLabel("Layanan")).toHaveValue("akta-kelahiran");
    await page.getByLabel("Kategori").selectOption("delay");
    await page.getByLabel("Lampiran (opsional)").setInputFiles(pdfFile("bukti-pendaftaran.pdf"));
    await page.getByRole("button", { name: "Kirim pengaduan" }).click();
    const similar = page.getByTestId("similar-complaints");
    const receipt = page.getByTestId("complaint-receipt");
    await expect(similar.or(receipt)).toBeVisible();
    if (await similar.isVisible()) {
      await page.getByLabel("Lampiran (opsional)").setInputFiles(pdfFile("bukti-pendaftaran.pdf"));
      await page.getByRole("button", { name: "Tetap kirim pengaduan saya" }).click();
    }
    await expect(receipt).toBeVisible();
    const code = (await page.getByTestId("complaint-code").textContent())?.trim() ?? "";
    const secret = (await page.getByTestId("complaint-secret").textContent())?.trim() ?? "";

    // A fresh visit: the code and secret open it; the attachment is there; more information goes in.
    await page.context().clearCookies();
    await page.goto(`/pengaduan/lacak/${code}`);
    await expect(page).toHaveURL(/\/pengaduan\/lacak\?kode=/);
    await page.getByLabel("Kode pelacakan").fill(code);
    await page.getByLabel("Kode rahasia").fill("0000-0000");
    await page.getByRole("button", { name: "Lihat pengaduan" }).click();
    await expect(page.getByRole("alert", { name: "Ada yang perlu diperbaiki" })).toContainText("Kode pelacakan atau kode rahasia tidak cocok.");
    await page.getByLabel("Kode rahasia").fill(secret);
    await page.getByRole("button", { name: "Lihat pengaduan" }).click();
    await expect(page).toHaveURL(new RegExp(`/pengaduan/lacak/${code}$`));
    await expect(page.getByTestId("complaint-status")).toHaveText("Diterima");
    await expect(page.getByRole("link", { name: "Unduh bukti-pendaftaran.pdf" })).toBeVisible();
    await page.getByLabel("Keterangan tambahan").fill("Nomor registrasi berkas: 2026/AKL/0457.");
    await page.getByRole("button", { name: "Kirim keterangan" }).click();
    await expect(page.getByTestId("complaint-flash")).toHaveText("Keterangan Anda sudah terkirim.");
    await expect(page.getByTestId("complaint-timeline")).toContainText("Nomor registrasi berkas: 2026/AKL/0457.");
  });
});
