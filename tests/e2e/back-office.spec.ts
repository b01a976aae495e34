import { readFile } from "node:fs/promises";
import { expect, test, type Browser, type Page } from "@playwright/test";
import {
  DISDUKCAPIL_OFFICER,
  KTP_ANSWERS,
  expectNoAxeViolations,
  officerClaims,
  registerCitizen,
  signedInPage,
  submitKtpApplication,
  type SubmittedApplication,
} from "./support";

const CORRECTION_NOTE = "Tempat lahir harus sesuai akta kelahiran: Kota Bandung.";
const CORRECTED_BIRTH_PLACE = "Kota Bandung";

// Whole journeys with a citizen, an officer and a visitor: more than the default minute on a busy machine.
test.describe.configure({ timeout: 120_000 });

/** The officer opens the case from the agency queue by its number (not "claim next": other tests' cases wait there too). */
async function openCaseFromQueue(officer: Page, application: SubmittedApplication) {
  await officer.goto("/petugas/permohonan?instansi=DISDUKCAPIL");
  await officer.getByRole("link", { name: application.trackingNumber, exact: true }).click();
  await expect(officer).toHaveURL(new RegExp(`/petugas/permohonan/${application.id}$`));
  await expect(officer.getByRole("heading", { level: 1 })).toHaveText(`Permohonan ${application.trackingNumber}`);
}

async function requestBirthPlaceCorrection(officer: Page) {
  await officer.locator("summary", { hasText: "Minta perbaikan" }).click();
  await officer.getByLabel("Tempat lahir", { exact: true }).check();
  await officer.getByLabel("Pesan untuk pemohon: apa yang salah dan bagaimana memperbaikinya").fill(CORRECTION_NOTE);
  await officer.getByRole("button", { name: "Minta perbaikan" }).click();
  await expect(officer.getByTestId("application-status")).toHaveText("Perlu perbaikan");
}

/** The citizen fixes only the field the officer named; everything else is locked. */
async function correctBirthPlace(page: Page, application: SubmittedApplication) {
  await page.getByRole("link", { name: "Perbaiki sekarang" }).click();
  await expect(page).toHaveURL(new RegExp(`/permohonan/${application.id}/isi$`));
  await expect(page.getByRole("region", { name: "Petugas meminta perbaikan" })).toContainText(CORRECTION_NOTE);
  await expect(page.getByLabel("Tempat lahir")).toBeEnabled();
  await expect(page.getByLabel("Tempat lahir")).toHaveValue(KTP_ANSWERS.birthPlace);
  await expect(page.getByLabel("Nomor Kartu Keluarga")).toBeDisabled();
  await expect(page.getByLabel("Alamat tempat tinggal")).toBeDisabled();
  await expect(page.getByRole("group", { name: "Dasar wajib KTP-el" }).getByLabel("Telah berusia 17 tahun")).toBeDisabled();
  await expect(page.getByLabel("Saya memerlukan pendampingan atau perekaman di rumah/rumah sakit")).toBeDisabled();
  await expect(page.getByLabel("Scan/foto Kartu Keluarga")).toBeDisabled();
  await expect(page.getByRole("button", { name: "Hapus berkas" })).toHaveCount(0);
  await page.getByLabel("Tempat lahir").fill(CORRECTED_BIRTH_PLACE);
  await page.getByRole("button", { name: "Simpan dan lanjutkan", exact: true }).click();
  await expect(page).toHaveURL(/\/periksa$/);
  await expect(page.getByText(CORRECTED_BIRTH_PLACE, { exact: true })).toBeVisible();
  // Locked answers are unchanged.
  await expect(page.getByText(KTP_ANSWERS.kkNumber)).toBeVisible();
  await page.getByLabel(/Saya menyatakan/).check();
  await page.getByRole("button", { name: "Kirim perbaikan" }).click();
  await expect(page).toHaveURL(new RegExp(`/permohonan/${application.id}$`));
  await expect(page.getByTestId("application-status")).toHaveText("Sedang diperiksa");
}

/** The citizen downloads the output; a visitor checks it by upload and by its verification address. */
async function downloadAndVerify(page: Page, browser: Browser, application: SubmittedApplication) {
  const output = page.getByTestId("output-document");
  await expect(output.getByRole("heading", { name: "Dokumen hasil" })).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent("download"), output.getByRole("link", { name: "Unduh dokumen hasil" }).click()]);
  expect(download.suggestedFilename()).toBe(`dokumen-hasil-${application.trackingNumber}.pdf`);
  const bytes = await readFile(await download.path());
  expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  const verificationHref = await output.getByRole("link", { name: "Buka halaman verifikasi" }).getAttribute("href");
  expect(verificationHref).toMatch(/^\/verifikasi\/[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);

  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  await visitor.goto("/verifikasi");
  await visitor.getByLabel("Berkas PDF dokumen").setInputFiles({ name: download.suggestedFilename(), mimeType: "application/pdf", buffer: bytes });
  await visitor.getByRole("button", { name: "Periksa berkas" }).click();
  const result = visitor.getByTestId("verification-result");
  await expect(result).toHaveAttribute("data-state", "valid");
  await expect(result.getByTestId("verification-state")).toContainText("Dokumen sah");
  await expect(result).toContainText(application.trackingNumber);

  await visitor.goto(verificationHref!);
  await expect(visitor.getByTestId("verification-state")).toContainText("Dokumen sah");
  await expect(visitor.getByTestId("verification-result")).toContainText(application.trackingNumber);
  await expect(visitor.getByTestId("verification-result")).toContainText("KTP-el Baru");
  await visitorContext.close();
}

test.describe("back office", () => {
  test("an application goes from submission through a correction to a verified output", async ({ page, browser }) => {
    await registerCitizen(page);
    const application = await submitKtpApplication(page);
    await page.goto(`/permohonan/${application.id}`);
    await expect(page.locator('[data-live="on"]')).toBeAttached();

    const officer = await signedInPage(browser, DISDUKCAPIL_OFFICER);
    await openCaseFromQueue(officer, application);
    await officer.getByRole("button", { name: "Ambil permohonan ini" }).click();
    await expect(officer.getByTestId("application-status")).toHaveText("Sedang diperiksa");
    await expect(page.getByTestId("application-status")).toHaveText("Sedang diperiksa");

    // A correction naming one field, seen live by the citizen with the officer's words.
    await requestBirthPlaceCorrection(officer);
    await expect(page.getByTestId("application-status")).toHaveText("Perlu perbaikan");
    const notice = page.getByRole("region", { name: "Petugas meminta perbaikan" });
    await expect(notice).toContainText(CORRECTION_NOTE);
    await expect(notice.getByRole("listitem")).toHaveText(["Tempat lahir"]);
    await expect(page.getByTestId("sla-summary")).toContainText("Waktu layanan dihentikan sementara");
    await correctBirthPlace(page, application);

    // The officer sees the corrected answer, approves and issues the output.
    await officer.reload();
    await expect(officer.getByTestId("application-status")).toHaveText("Sedang diperiksa");
    await expect(officer.getByRole("region", { name: "Isian permohonan" })).toContainText(CORRECTED_BIRTH_PLACE);
    await expect(page.locator('[data-live="on"]')).toBeAttached();
    await officer.getByRole("button", { name: "Setujui permohonan" }).click();
    await expect(officer.getByTestId("application-status")).toHaveText("Disetujui");
    await expect(page.getByTestId("application-status")).toHaveText("Disetujui");
    await officer.getByRole("button", { name: "Terbitkan dokumen hasil" }).click();
    await expect(officer.getByTestId("application-status")).toHaveText("Selesai");
    await expect(page.getByTestId("application-status")).toHaveText("Selesai");
    await expect(page.getByTestId("timeline")).toContainText("Dokumen hasil diterbitkan");

    await downloadAndVerify(page, browser, application);
    await officer.context().close();
  });

  test("the stale tab: a decision made in another tab is not overwritten", async ({ page, browser }) => {
    await registerCitizen(page);
    const application = await submitKtpApplication(page);

    const first = await officerClaims(browser, application.id);
    const second = await first.context().newPage();
    await second.goto(`/petugas/permohonan/${application.id}`);
    await expect(second.getByRole("button", { name: "Setujui permohonan" })).toBeVisible();

    await first.getByRole("button", { name: "Setujui permohonan" }).click();
    await expect(first.getByTestId("application-status")).toHaveText("Disetujui");

    const rejectNote = "Dokumen KK tidak terbaca, mohon ajukan ulang dengan pindaian yang jelas.";
    await second.locator("summary", { hasText: "Tolak permohonan" }).click();
    await second.getByLabel("Dokumen tidak sah atau tidak terbaca").check();
    await second.getByLabel("Penjelasan untuk pemohon").fill(rejectNote);
    await second.getByRole("button", { name: "Tolak permohonan" }).click();
    await expect(second.getByRole("alert", { name: "Ada yang perlu diperbaiki" })).toContainText(
      "Permohonan ini baru saja berubah. Muat ulang halaman untuk melihat status terbaru.",
    );
    // What was typed is still there.
    await expect(second.getByLabel("Penjelasan untuk pemohon")).toHaveValue(rejectNote);
    await expect(second.getByLabel("Dokumen tidak sah atau tidak terbaca")).toBeChecked();

    await second.reload();
    await expect(second.getByTestId("application-status")).toHaveText("Disetujui");
    await expect(second.getByRole("button", { name: "Terbitkan dokumen hasil" })).toBeVisible();
    await first.context().close();
  });

  test("nobody reaches a case, a document or a stream that is not theirs", async ({ page, browser }) => {
    await registerCitizen(page);
    const application = await submitKtpApplication(page);
    await page.goto(`/permohonan/${application.id}`);
    const documentHref = await page.getByRole("link", { name: "Unduh kk.pdf" }).getAttribute("href");
    expect(documentHref).toMatch(/^\/api\/dokumen\/[^/]+$/);
    const own = await page.request.get(documentHref!);
    expect(own.status()).toBe(200);
    expect((await own.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");

    // An officer of another agency: the case does not exist for them.
    const dinsos = await signedInPage(browser, "petugas.dinsos@harapanjaya.go.id");
    const caseResponse = await dinsos.goto(`/petugas/permohonan/${application.id}`);
    expect(caseResponse?.status()).toBe(404);
    await expect(dinsos.getByRole("heading", { name: "Tidak ditemukan" })).toBeVisible();
    await expect(dinsos.getByText(application.trackingNumber)).toHaveCount(0);
    expect((await dinsos.request.get(documentHref!)).status()).toBe(404);
    await dinsos.context().close();

    // A citizen in the back office: 403.
    const queueResponse = await page.goto("/petugas/permohonan");
    expect(queueResponse?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "Akses ditolak" })).toBeVisible();

    // Another citizen: someone else's application, document and live stream are "not found".
    const other = await signedInPage(browser, "budi.santoso@warga.test");
    const pageResponse = await other.goto(`/permohonan/${application.id}`);
    expect(pageResponse?.status()).toBe(404);
    await expect(other.getByRole("heading", { name: "Tidak ditemukan" })).toBeVisible();
    expect((await other.request.get(documentHref!)).status()).toBe(404);
    expect((await other.request.get(`/api/permohonan/${application.id}/stream`, { timeout: 10_000 })).status()).toBe(404);
    expect((await other.request.get(`/api/keluaran/${application.id}`)).status()).toBe(404);
    await other.context().close();

    // Nobody signed in: 401.
    const anonymous = await browser.newContext();
    expect((await anonymous.request.get(documentHref!)).status()).toBe(401);
    expect((await anonymous.request.get(`/api/permohonan/${application.id}/stream`, { timeout: 10_000 })).status()).toBe(401);
    await anonymous.close();
  });

  test("the queue and the case page pass the accessibility checks", async ({ page, browser }) => {
    await registerCitizen(page);
    const application = await submitKtpApplication(page);
    const officer = await signedInPage(browser, DISDUKCAPIL_OFFICER);
    await officer.goto("/petugas/permohonan?instansi=DISDUKCAPIL");
    await expect(officer.getByRole("heading", { level: 1 })).toHaveText("Antrian permohonan");
    await expect(officer.getByTestId("queue")).toContainText(application.trackingNumber);
    await expectNoAxeViolations(officer);

    await openCaseFromQueue(officer, application);
    await officer.getByRole("button", { name: "Ambil permohonan ini" }).click();
    await expect(officer.getByTestId("application-status")).toHaveText("Sedang diperiksa");
    // With every decision open, and with a refused correction's error summary.
    for (const summary of ["Minta perbaikan", "Tolak permohonan"]) await officer.locator("summary", { hasText: summary }).click();
    await expectNoAxeViolations(officer);
    await officer.getByRole("button", { name: "Minta perbaikan" }).click();
    await expect(officer.getByRole("alert", { name: "Ada yang perlu diperbaiki" }).first()).toContainText("Pilih minimal satu isian");
    await expectNoAxeViolations(officer);
    await officer.context().close();
  });
});

test.describe("back office without JavaScript", () => {
  test("an officer claims, asks for a correction, approves and issues with plain form posts", async ({ page, browser }) => {
    await registerCitizen(page);
    const application = await submitKtpApplication(page);

    const officer = await signedInPage(browser, DISDUKCAPIL_OFFICER, { javaScriptEnabled: false });
    await openCaseFromQueue(officer, application);
    await officer.getByRole("button", { name: "Ambil permohonan ini" }).click();
    await expect(officer.getByTestId("application-status")).toHaveText("Sedang diperiksa");
    await expect(officer.getByText("Ditangani oleh")).toBeVisible();

    await requestBirthPlaceCorrection(officer);

    await page.goto(`/permohonan/${application.id}`);
    await expect(page.getByRole("region", { name: "Petugas meminta perbaikan" })).toContainText(CORRECTION_NOTE);
    await correctBirthPlace(page, application);

    await officer.reload();
    await expect(officer.getByRole("region", { name: "Isian permohonan" })).toContainText(CORRECTED_BIRTH_PLACE);
    await officer.getByRole("button", { name: "Setujui permohonan" }).click();
    await expect(officer.getByTestId("application-status")).toHaveText("Disetujui");
    await officer.getByRole("button", { name: "Terbitkan dokumen hasil" }).click();
    await expect(officer.getByTestId("application-status")).toHaveText("Selesai");
    await expect(officer.getByTestId("timeline")).toContainText("Dokumen hasil diterbitkan");

    await page.reload();
    await expect(page.getByTestId("application-status")).toHaveText("Selesai");
    await downloadAndVerify(page, browser, application);
    await officer.context().close();
  });

  test("a refused correction shows its error and keeps what was typed", async ({ page, browser }) => {
    await registerCitizen(page);
    const application = await submitKtpApplication(page);
    const officer = await officerClaims(browser, application.id, { javaScriptEnabled: false });
    await officer.locator("summary", { hasText: "Minta perbaikan" }).click();
    await officer.getByLabel("Pesan untuk pemohon: apa yang salah dan bagaimana memperbaikinya").fill(CORRECTION_NOTE);
    await officer.getByRole("button", { name: "Minta perbaikan" }).click();
    const summary = officer.getByRole("alert", { name: "Ada yang perlu diperbaiki" });
    await expect(summary).toContainText("Pilih minimal satu isian atau dokumen yang harus diperbaiki.");
    // Without JavaScript the answered page would open at its top, far above this form: the summary is focused and in view.
    await expect(summary).toBeFocused();
    await expect(summary).toBeInViewport();
    await expect(officer.getByLabel("Pesan untuk pemohon: apa yang salah dan bagaimana memperbaikinya")).toHaveValue(CORRECTION_NOTE);
    await expect(officer.getByTestId("application-status")).toHaveText("Sedang diperiksa");
    await officer.context().close();
  });
});
