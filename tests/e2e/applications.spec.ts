import { expect, test } from "@playwright/test";
import { HTML_AS_PDF } from "../fixtures/documents";
import {
  DISDUKCAPIL_OFFICER,
  KTP_ANSWERS,
  declareAndSubmit,
  expectNoAxeViolations,
  fillKtpAnswers,
  pdfFile,
  registerCitizen,
  signedInPage,
  startKtpApplication,
  submitKtpApplication,
  uploadFamilyCard,
} from "./support";

const TRACKING_NUMBER = /^DISDUKCAPIL-\d{4}-\d{6}$/;
const TRACKING_SECRET = /^[0-9A-Z]{4}-[0-9A-Z]{4}$/;
const ASSISTANCE = "Saya memerlukan pendampingan atau perekaman di rumah/rumah sakit";
const ASSISTANCE_NOTE = "Jelaskan kebutuhan pendampingan";

// Whole journeys (a citizen, sometimes an officer, several accessibility scans): more than the default minute on a busy machine.
test.describe.configure({ timeout: 120_000 });

test.describe("applying for a service", () => {
  test("a new citizen applies for a KTP-el from the service page to the confirmation", async ({ page }) => {
    const citizen = await registerCitizen(page);

    await page.goto("/layanan/ktp-el-baru");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("KTP-el Baru");
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Ajukan permohonan" }).click();
    await expect(page).toHaveURL(/\/permohonan\/[^/]+\/isi$/);

    // Type it once: what the profile knows is already there, and says so.
    const name = page.getByLabel("Nama lengkap sesuai KTP-el");
    await expect(name).toHaveValue(citizen.name);
    await expect(name).toHaveAccessibleDescription(/Diisi dari profil Anda\./);
    await expect(page.getByLabel("Nomor Induk Kependudukan (NIK)")).toHaveValue(citizen.nik);
    await expect(page.getByLabel("Tanggal lahir")).toHaveValue(citizen.birthDate);
    await expect(page.getByRole("group", { name: "Jenis kelamin" }).getByLabel("Perempuan")).toBeChecked();
    await expect(page.getByLabel("Nomor Kartu Keluarga")).toHaveValue("");
    await expectNoAxeViolations(page);

    // Nothing else filled in: every problem is listed, by the field's name, and each link leads to its field.
    await page.getByRole("button", { name: "Simpan dan lanjutkan", exact: true }).click();
    const summary = page.getByRole("alert", { name: "Ada yang perlu diperbaiki" });
    await expect(summary).toBeFocused();
    for (const label of ["Nomor Kartu Keluarga", "Tempat lahir", "Nomor telepon/WhatsApp yang aktif", "Alamat tempat tinggal", "Dasar wajib KTP-el"]) {
      await expect(summary.getByRole("link", { name: new RegExp(`^${label.replace("/", "\\/")}\\b`) })).toBeVisible();
    }
    await expect(page).toHaveURL(/\/isi$/);
    await summary.getByRole("link", { name: /^Tempat lahir\b/ }).click();
    await expect(page.getByLabel("Tempat lahir")).toBeFocused();
    await summary.getByRole("link", { name: /^Dasar wajib KTP-el\b/ }).click();
    await expect(page.getByRole("group", { name: "Dasar wajib KTP-el" })).toBeFocused();
    await expect(page.getByLabel("Tempat lahir")).toHaveAttribute("aria-invalid", "true");
    await expectNoAxeViolations(page);

    // Part of it typed, saved as a draft as the citizen types: a reload brings it back from the server.
    await page.getByLabel("Nomor Kartu Keluarga").fill(KTP_ANSWERS.kkNumber);
    await page.getByLabel("Tempat lahir").fill(KTP_ANSWERS.birthPlace);
    await page.getByLabel("Telah berusia 17 tahun").check();
    await expect(page.getByText(/Tersimpan otomatis pukul/)).toBeVisible();
    await page.reload();
    await expect(page.getByLabel("Nomor Kartu Keluarga")).toHaveValue(KTP_ANSWERS.kkNumber);
    await expect(page.getByLabel("Tempat lahir")).toHaveValue(KTP_ANSWERS.birthPlace);
    await expect(page.getByLabel("Telah berusia 17 tahun")).toBeChecked();
    await expect(name).toHaveValue(citizen.name);

    // The rest, a checkbox and the text it reveals, and the family card, which uploads at once.
    await fillKtpAnswers(page);
    await page.getByLabel(ASSISTANCE).check();
    await page.getByLabel(ASSISTANCE_NOTE).fill("Kursi roda");
    await uploadFamilyCard(page);
    await expect(page.getByText("Berkas berhasil diunggah.")).toBeAttached();

    // Saved for later, then picked up again from "Permohonan saya".
    await page.getByRole("button", { name: "Simpan dan lanjutkan nanti" }).click();
    await expect(page).toHaveURL(/\/permohonan\?tersimpan=/);
    await expect(page.getByRole("status")).toHaveText("Draf tersimpan.");
    const row = page.getByRole("row", { name: /KTP-el Baru/ });
    await expect(row).toContainText("Belum dikirim");
    await expect(row).toContainText("Draf");
    await expectNoAxeViolations(page);
    await page.goto("/");
    await page.getByRole("link", { name: "Permohonan saya", exact: true }).first().click();
    await expect(page).toHaveURL(/\/permohonan$/);
    await row.getByRole("link", { name: /KTP-el Baru/ }).click();
    await expect(page).toHaveURL(/\/isi$/);
    await expect(page.getByLabel("Nomor telepon/WhatsApp yang aktif")).toHaveValue(KTP_ANSWERS.phone);
    await expect(page.getByLabel("Alamat tempat tinggal")).toHaveValue(KTP_ANSWERS.address);
    await expect(page.getByRole("group", { name: "Dasar wajib KTP-el" }).getByLabel("Telah berusia 17 tahun")).toBeChecked();
    await expect(page.getByLabel(ASSISTANCE)).toBeChecked();
    await expect(page.getByLabel(ASSISTANCE_NOTE)).toHaveValue("Kursi roda");
    await expect(page.getByTestId("uploaded-familyCardScan")).toContainText("kk.pdf");

    // Check your answers.
    await page.getByRole("button", { name: "Simpan dan lanjutkan", exact: true }).click();
    await expect(page).toHaveURL(/\/periksa$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Periksa jawaban Anda");
    await expect(page.getByRole("heading", { name: "Siap dikirim" })).toBeVisible();
    await expect(page.getByText(KTP_ANSWERS.address, { exact: true })).toBeVisible();
    await expect(page.getByText(/kk\.pdf/)).toBeVisible();
    await expectNoAxeViolations(page);

    // The declaration is required.
    await page.getByRole("button", { name: "Kirim permohonan" }).click();
    await expect(page.getByRole("alert", { name: "Ada yang perlu diperbaiki" })).toContainText("Centang pernyataan ini untuk mengirim permohonan.");
    await expect(page).toHaveURL(/\/periksa$/);

    const { trackingNumber, secret } = await declareAndSubmit(page);
    await expect(page.getByRole("heading", { name: "Permohonan terkirim" })).toBeVisible();
    expect(trackingNumber).toMatch(TRACKING_NUMBER);
    expect(secret).toMatch(TRACKING_SECRET);
    await expect(page.getByTestId("due-date")).not.toBeEmpty();
    await expectNoAxeViolations(page);

    await page.getByRole("link", { name: "Lihat permohonan" }).click();
    await expect(page).toHaveURL(/\/permohonan\/[^/]+$/);
    await expect(page.getByTestId("application-status")).toHaveText("Diajukan");
    // Beside the status, and again under the number's QR code.
    await expect(page.getByText(trackingNumber)).toHaveCount(2);
    await expect(page.getByText(trackingNumber).first()).toBeVisible();
    await expect(page.getByTestId("sla-summary")).toContainText("Batas waktu:");
    await expect(page.getByTestId("sla-summary")).toContainText("Sesuai jadwal");
    const timeline = page.getByTestId("timeline");
    await expect(timeline).toContainText("Draf permohonan dibuat");
    await expect(timeline).toContainText("Permohonan diajukan");
    await expect(page.getByRole("link", { name: "Unduh kk.pdf" })).toBeVisible();
    await expect(page.locator('[data-live="on"]')).toBeAttached();
    await expectNoAxeViolations(page);

    await page.goto("/permohonan");
    await expect(page.getByRole("row", { name: new RegExp(trackingNumber) })).toContainText("Diajukan");
    await expectNoAxeViolations(page);

    await page.goto("/notifikasi");
    await expect(page.getByTestId("notifications")).toContainText(`Permohonan ${trackingNumber} diterima`);
    await expectNoAxeViolations(page);
  });

  test("a file that is not what its name says is refused in words, and the answers stay", async ({ page }) => {
    await registerCitizen(page);
    await startKtpApplication(page);
    await fillKtpAnswers(page);

    const input = page.getByLabel("Scan/foto Kartu Keluarga");
    await input.setInputFiles({ name: "ktp.pdf", mimeType: "application/pdf", buffer: Buffer.from(HTML_AS_PDF) });
    await expect(page.getByText("Jenis berkas tidak didukung. Unggah PDF, JPG, atau PNG.")).toBeVisible();
    await expect(input).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByTestId("uploaded-familyCardScan")).toHaveCount(0);

    // Sent again with the form (the browser still holds it): refused on the server, and nothing typed is lost.
    await page.getByRole("button", { name: "Simpan dan lanjutkan", exact: true }).click();
    const summary = page.getByRole("alert", { name: "Ada yang perlu diperbaiki" });
    await expect(summary.getByRole("link", { name: /^Scan\/foto Kartu Keluarga: Jenis berkas tidak didukung/ })).toBeVisible();
    await expect(page).toHaveURL(/\/isi$/);
    await expect(page.getByLabel("Nomor Kartu Keluarga")).toHaveValue(KTP_ANSWERS.kkNumber);
    await expect(page.getByLabel("Tempat lahir")).toHaveValue(KTP_ANSWERS.birthPlace);
    await expect(page.getByLabel("Nomor telepon/WhatsApp yang aktif")).toHaveValue(KTP_ANSWERS.phone);
    await expect(page.getByLabel("Alamat tempat tinggal")).toHaveValue(KTP_ANSWERS.address);
    await expect(page.getByLabel("Telah berusia 17 tahun")).toBeChecked();
    // A chosen select option is checked in its own test below.
    await expectNoAxeViolations(page);

    // The right file is taken, and the application goes on.
    await uploadFamilyCard(page);
    await page.getByRole("button", { name: "Simpan dan lanjutkan", exact: true }).click();
    await expect(page).toHaveURL(/\/periksa$/);
    await expect(page.getByRole("heading", { name: "Siap dikirim" })).toBeVisible();
  });

  test("a chosen option survives a server round trip that refuses the form", async ({ page }) => {
    // KTP-el Baru asks nothing from a list (its recording place is booked); the replacement card's form has two selects, one shown by a radio.
    await registerCitizen(page);
    await page.goto("/layanan/ktp-el-penggantian");
    await page.getByRole("button", { name: "Ajukan permohonan" }).click();
    await expect(page).toHaveURL(/\/permohonan\/[^/]+\/isi$/);
    await page.getByLabel("Nomor Kartu Keluarga").fill(KTP_ANSWERS.kkNumber);
    await page.getByLabel("Nomor telepon/WhatsApp yang aktif").fill(KTP_ANSWERS.phone);
    await page.getByLabel("Alamat tempat tinggal").fill(KTP_ANSWERS.address);
    await page.getByLabel("Perubahan data", { exact: true }).check();
    await page.getByLabel("Data yang berubah").selectOption("pekerjaan");
    await page.getByLabel("Lokasi pengambilan KTP-el").selectOption("disdukcapil");
    const familyCard = page.getByLabel("Scan/foto Kartu Keluarga terbaru");
    await familyCard.setInputFiles({ name: "kk.pdf", mimeType: "application/pdf", buffer: Buffer.from(HTML_AS_PDF) });
    await expect(page.getByText("Jenis berkas tidak didukung. Unggah PDF, JPG, atau PNG.")).toBeVisible();
    await page.getByRole("button", { name: "Simpan dan lanjutkan", exact: true }).click();
    // Refused on the server (the browser cannot tell the file's content), so the page came back from a round trip.
    const summary = page.getByRole("alert", { name: "Ada yang perlu diperbaiki" });
    await expect(summary.getByRole("link", { name: /^Scan\/foto Kartu Keluarga terbaru: Jenis berkas tidak didukung/ })).toBeVisible();
    await expect(page.getByLabel("Data yang berubah")).toHaveValue("pekerjaan");
    await expect(page.getByLabel("Lokasi pengambilan KTP-el")).toHaveValue("disdukcapil");
  });

  test("a visitor tracks an application with its number and secret, without signing in", async ({ page, browser }) => {
    await registerCitizen(page);
    const application = await submitKtpApplication(page);

    const visitorContext = await browser.newContext();
    const visitor = await visitorContext.newPage();
    await visitor.goto("/lacak");
    await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("Lacak permohonan");
    await expectNoAxeViolations(visitor);

    // A wrong secret gets the same answer as a number that does not exist.
    const wrongSecret = application.secret.startsWith("0000") ? "1111-1111" : "0000-0000";
    await visitor.getByLabel("Nomor permohonan").fill(application.trackingNumber);
    await visitor.getByLabel("Kode lacak").fill(wrongSecret);
    await visitor.getByRole("button", { name: "Lacak" }).click();
    await expect(visitor.getByRole("alert", { name: "Ada yang perlu diperbaiki" })).toContainText(
      "Nomor permohonan atau kode lacak tidak cocok. Periksa kembali keduanya.",
    );
    await expect(visitor.getByTestId("tracking-result")).toHaveCount(0);
    await expect(visitor.getByLabel("Nomor permohonan")).toHaveValue(application.trackingNumber);
    await expect(visitor.getByLabel("Kode lacak")).toHaveValue("");

    // Typed loosely (lower case, no dash): still found.
    await visitor.getByLabel("Kode lacak").fill(application.secret.replace("-", "").toLowerCase());
    await visitor.getByRole("button", { name: "Lacak" }).click();
    const result = visitor.getByTestId("tracking-result");
    await expect(result.getByRole("heading", { name: `Status permohonan ${application.trackingNumber}` })).toBeVisible();
    await expect(result.getByTestId("application-status")).toHaveText("Diajukan");
    await expect(result).toContainText("KTP-el Baru");
    await expect(result).toContainText("Batas waktu:");
    await expect(result).toContainText("Permohonan diajukan");
    await expectNoAxeViolations(visitor);
    await visitorContext.close();
  });

  test("the citizen's application page shows an officer's claim live, without reloading", async ({ page, browser }) => {
    await registerCitizen(page);
    const application = await submitKtpApplication(page);
    await page.goto(`/permohonan/${application.id}`);
    await expect(page.getByTestId("application-status")).toHaveText("Diajukan");
    await expect(page.locator('[data-live="on"]')).toBeAttached();
    // The reload link is only for browsers without live updates.
    await expect(page.getByRole("link", { name: "Muat ulang untuk melihat status terbaru" })).toHaveCount(0);
    await page.evaluate(() => Object.assign(window, { __stillHere: true }));

    const officer = await signedInPage(browser, DISDUKCAPIL_OFFICER);
    await officer.goto("/petugas/permohonan?instansi=DISDUKCAPIL");
    await officer.getByRole("link", { name: application.trackingNumber }).click();
    await expect(officer).toHaveURL(new RegExp(`/petugas/permohonan/${application.id}$`));
    await officer.getByRole("button", { name: "Ambil permohonan ini" }).click();
    await expect(officer.getByTestId("application-status")).toHaveText("Sedang diperiksa");

    await expect(page.getByTestId("application-status")).toHaveText("Sedang diperiksa");
    await expect(page.getByTestId("timeline")).toContainText("Petugas mulai memeriksa permohonan");
    await expect(page.getByRole("status").filter({ hasText: "Status diperbarui: Sedang diperiksa." })).toBeAttached();
    expect(await page.evaluate(() => (window as unknown as { __stillHere?: boolean }).__stillHere)).toBe(true);
    await officer.context().close();
  });
});

test.describe("applying without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a citizen applies with the document posted with the form", async ({ page }) => {
    const citizen = await registerCitizen(page);
    const id = await startKtpApplication(page);
    await expect(page.getByLabel("Nama lengkap sesuai KTP-el")).toHaveValue(citizen.name);

    // The server checks and answers with the error summary; prefilled and typed answers, and a chosen option, come back.
    await page.getByLabel("Tempat lahir").fill(KTP_ANSWERS.birthPlace);
    await page.getByLabel("Telah berusia 17 tahun").check();
    await page.getByRole("button", { name: "Simpan dan lanjutkan", exact: true }).click();
    const summary = page.getByRole("alert", { name: "Ada yang perlu diperbaiki" });
    await expect(summary.getByRole("link", { name: /^Nomor Kartu Keluarga\b/ })).toBeVisible();
    await expect(summary.getByRole("link", { name: /^Tempat lahir\b/ })).toHaveCount(0);
    await expect(page.getByLabel("Tempat lahir")).toHaveValue(KTP_ANSWERS.birthPlace);
    await expect(page.getByLabel("Telah berusia 17 tahun")).toBeChecked();
    await expect(page.getByLabel("Nama lengkap sesuai KTP-el")).toHaveValue(citizen.name);
    await expect(page.getByLabel("Nomor Induk Kependudukan (NIK)")).toHaveValue(citizen.nik);

    await fillKtpAnswers(page);
    await page.getByLabel("Scan/foto Kartu Keluarga").setInputFiles(pdfFile("kartu-keluarga.pdf"));
    await page.getByRole("button", { name: "Simpan dan lanjutkan", exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/permohonan/${id}/periksa$`));
    await expect(page.getByRole("heading", { name: "Siap dikirim" })).toBeVisible();
    await expect(page.getByText("kartu-keluarga.pdf")).toBeVisible();

    const { trackingNumber, secret } = await declareAndSubmit(page);
    expect(trackingNumber).toMatch(TRACKING_NUMBER);
    expect(secret).toMatch(TRACKING_SECRET);

    await page.getByRole("link", { name: "Lihat permohonan" }).click();
    await expect(page.getByTestId("application-status")).toHaveText("Diajukan");
    await expect(page.locator('[data-live="off"]')).toBeAttached();
    const refresh = page.getByRole("link", { name: "Muat ulang untuk melihat status terbaru" });
    await expect(refresh).toHaveAttribute("href", `/permohonan/${id}`);
    await refresh.click();
    await expect(page.getByTestId("timeline")).toContainText("Permohonan diajukan");
  });
});
