import { expect, test, type Browser, type Page } from "@playwright/test";
import { ADMIN, DISDUKCAPIL_OFFICER, gotoSettled, signedInPage, startKtpApplication, submitKtpApplication } from "./support";

/**
 * Every form with an error summary: after a failed submit the summary takes
 * focus once, and then the user can type a whole value into a field, every
 * character arriving and focus staying in the field (issue 17: the
 * application form pulled focus to the summary on every keystroke).
 */
const TYPED = "0812 Jl. Kenanga 1";
const CITIZEN = "siti.rahayu@warga.test";
const TREASURY = "bendahara@harapanjaya.go.id";

type FormCase = {
  name: string;
  /** The field typed into after the error, as a CSS selector (ids are the fields' names). */
  field: string;
  /** The submit button, when the form has more than one. */
  submit?: string;
  /** Opens the page with the form; defaults to `gotoSettled(page, path)`. */
  path?: string;
  open?: (page: Page) => Promise<void>;
  /** The error the blank field gets, naming the field (issue 17: not "wrong", not "Kolom ini wajib diisi."). */
  error?: string;
};

async function typeAfterFailedSubmit(page: Page, form: FormCase) {
  if (form.open) await form.open(page);
  else await gotoSettled(page, form.path!);
  const field = page.locator(form.field);
  const owner = page.locator("form", { has: field });
  const submit = form.submit ? owner.getByRole("button", { name: form.submit, exact: true }) : owner.locator("button[type=submit]").first();
  await field.fill("");
  await submit.click();
  const summary = owner.getByRole("alert", { name: "Ada yang perlu diperbaiki" });
  await expect(summary, form.name).toBeFocused();
  if (form.error) {
    await expect(summary.getByRole("link", { name: form.error, exact: true }), form.name).toBeVisible();
    await expect(field, form.name).toHaveAttribute("aria-invalid", "true");
    await expect(owner.getByText(form.error, { exact: true }).first(), form.name).toBeVisible();
  }
  await field.click();
  await field.pressSequentially(TYPED, { delay: 25 });
  await expect(field, form.name).toBeFocused();
  await expect(field, form.name).toHaveValue(TYPED);
  // And the summary is still there: typing does not make it go away or come back.
  await expect(summary, form.name).toBeVisible();
}

async function checkAll(page: Page, forms: FormCase[]) {
  for (const form of forms) await test.step(form.name, () => typeAfterFailedSubmit(page, form));
}

async function signedIn(browser: Browser, email: string) {
  return signedInPage(browser, email);
}

test.describe("typing after a failed submit", () => {
  test.describe.configure({ timeout: 300_000 });

  test("public forms: sign-in, registration, tracking, complaints, whistleblowing", async ({ page }) => {
    await checkAll(page, [
      { name: "sign-in", path: "/masuk", field: "#email", error: "Masukkan email." },
      { name: "registration", path: "/daftar", field: "#name", error: "Masukkan nama lengkap sesuai KTP." },
      { name: "application tracking", path: "/lacak", field: "#trackingNumber", error: "Masukkan nomor permohonan." },
      { name: "complaint tracking", path: "/pengaduan/lacak", field: "#code", error: "Masukkan kode pelacakan." },
      { name: "complaint", path: "/pengaduan/baru", field: "#title" },
      { name: "whistleblowing", path: "/pengaduan/pelanggaran", field: "#title" },
      { name: "password recovery", path: "/lupa-sandi", field: "#email" },
    ]);
  });

  test("citizen and officer forms: application, account security, account erasure, case decisions, survey", async ({ browser }) => {
    const citizen = await signedIn(browser, CITIZEN);
    await checkAll(citizen, [
      { name: "account security", path: "/akun/keamanan", field: "#currentPassword", error: "Masukkan kata sandi saat ini." },
      { name: "account erasure", path: "/akun/data-saya", field: "#password" },
      {
        name: "profile",
        field: "#birthPlace",
        open: async (p) => {
          await gotoSettled(p, "/akun/profil");
          await p.locator("#postalCode").fill("bukan kode pos");
        },
      },
      {
        name: "application form",
        field: "#applicantPhone",
        submit: "Simpan dan lanjutkan",
        open: async (p) => {
          await startKtpApplication(p);
          await p.waitForLoadState("networkidle");
        },
      },
    ]);

    // A submitted application for the officer's decision forms and, once done, the survey.
    const application = await submitKtpApplication(citizen);
    const officer = await signedIn(browser, DISDUKCAPIL_OFFICER);
    await gotoSettled(officer, `/petugas/permohonan/${application.id}`);
    await officer.getByRole("button", { name: "Ambil permohonan ini" }).click();
    await expect(officer.getByTestId("application-status")).toHaveText("Sedang diperiksa");
    await checkAll(officer, [
      { name: "account recovery at the counter", path: "/petugas/pemulihan-akun", field: "#nik" },
      { name: "internal note", path: `/petugas/permohonan/${application.id}`, field: "#internal-note" },
      {
        name: "correction request",
        field: "#correction-note",
        open: async (p) => {
          await gotoSettled(p, `/petugas/permohonan/${application.id}`);
          await p.getByText("Minta perbaikan", { exact: true }).first().click();
        },
      },
    ]);
    await officer.goto(`/petugas/permohonan/${application.id}`);
    await officer.getByRole("button", { name: "Setujui permohonan" }).click();
    await expect(officer.getByTestId("application-status")).toHaveText("Disetujui");
    await officer.getByRole("button", { name: "Terbitkan dokumen hasil" }).click();
    await expect(officer.getByTestId("application-status")).toHaveText("Selesai");

    await checkAll(citizen, [{ name: "survey", path: `/permohonan/${application.id}/survei`, field: "#comment", submit: "Kirim survei" }]);
    await citizen.context().close();
    await officer.context().close();
  });

  test("complaint staff, admin and treasury forms", async ({ browser }) => {
    const visitor = await (await browser.newContext()).newPage();
    await gotoSettled(visitor, "/pengaduan/baru");
    await visitor.getByLabel("Layanan").selectOption("ktp-el-baru");
    await visitor.getByLabel("Kategori").selectOption("delay");
    await visitor.getByLabel("Judul").fill("Formulir tidak bisa diketik setelah galat");
    await visitor.getByLabel("Isi laporan").fill("Setelah pesan galat muncul, setiap huruf yang saya ketik hilang dan kursor pindah ke atas.");
    await visitor.getByRole("button", { name: "Kirim pengaduan" }).click();
    const similar = visitor.getByTestId("similar-complaints");
    const receipt = visitor.getByTestId("complaint-receipt");
    await expect(similar.or(receipt)).toBeVisible();
    if (await similar.isVisible()) await visitor.getByRole("button", { name: "Tetap kirim pengaduan saya" }).click();
    const code = (await visitor.getByTestId("complaint-code").textContent())?.trim() ?? "";
    await visitor.context().close();

    const officer = await signedIn(browser, DISDUKCAPIL_OFFICER);
    await gotoSettled(officer, "/petugas/pengaduan?tampil=verifikasi");
    await officer.getByRole("link", { name: code }).click();
    await expect(officer.getByRole("heading", { level: 1 })).toHaveText(`Pengaduan ${code}`);
    const caseUrl = officer.url();
    await checkAll(officer, [{ name: "complaint internal note", path: caseUrl, field: "#internal-note" }]);
    // In English, what the citizen wrote stays Indonesian and is marked so (screen readers pronounce it right).
    await officer.goto(`${caseUrl}?lang=en`);
    await expect(officer.locator("html")).toHaveAttribute("lang", "en");
    await expect(officer.locator('[lang="id"]', { hasText: "Formulir tidak bisa diketik setelah galat" }).first()).toBeVisible();
    await expect(officer.locator('[lang="id"]', { hasText: "setiap huruf yang saya ketik hilang" })).toBeVisible();
    await officer.context().close();

    // The integrity unit is offered its own queue, not the application queue that would refuse it.
    const integrity = await signedIn(browser, "integritas@harapanjaya.go.id");
    await integrity.goto("/petugas");
    await expect(integrity.getByRole("link", { name: "Laporan pelanggaran (WBS)" })).toBeVisible();
    await expect(integrity.locator('a[href="/petugas/permohonan"]')).toHaveCount(0);
    await integrity.context().close();

    const admin = await signedIn(browser, ADMIN);
    await checkAll(admin, [
      { name: "holiday", path: "/petugas/admin/hari-libur", field: "#nameId" },
      { name: "holiday import", path: "/petugas/admin/hari-libur", field: "#csv" },
      { name: "staff account", path: "/petugas/admin/pengguna", field: "#name" },
      { name: "agency (admin spec form)", path: "/petugas/admin/instansi", field: "#nameId" },
      { name: "service import", path: "/petugas/admin/layanan/impor", field: "#import-slug" },
      { name: "Open311 key", path: "/petugas/pengaduan/open311", field: "#name" },
      { name: "portal settings", path: "/petugas/admin/pengaturan", field: "#portalName" },
      { name: "single sign-on provider", path: "/petugas/admin/sso", field: "#name" },
      {
        name: "form preview",
        field: "#applicantPhone",
        submit: "Periksa jawaban",
        open: async (p) => {
          await gotoSettled(p, "/petugas/admin/layanan");
          await p.getByRole("link", { name: "KTP-el Baru (Perekaman Pertama)", exact: true }).click();
          await p.getByRole("link", { name: "Pratinjau formulir" }).click();
          await p.waitForLoadState("networkidle");
        },
      },
    ]);
    await admin.context().close();

    const treasury = await signedIn(browser, TREASURY);
    await checkAll(treasury, [{ name: "settlement reconciliation", path: "/petugas/bendahara/rekonsiliasi", field: "#csv" }]);
    await treasury.context().close();
  });
});

test.describe("whistleblowing form without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("asks for a name only when the reporter chooses to give one, and never promises publication", async ({ page }) => {
    await page.goto("/pengaduan/pelanggaran");
    await page.getByLabel(/^Anonim/).check();
    await expect(page.getByLabel("Nama Anda")).toBeHidden();
    await page.getByLabel(/^Rahasia/).check();
    await expect(page.getByLabel("Nama Anda")).toBeVisible();
    await expect(page.getByText("laporan pelanggaran tidak pernah dipublikasikan")).toBeVisible();
    await expect(page.getByText("bila pengaduan dipublikasikan")).toHaveCount(0);
  });
});
