import { expect, test, type Page, type Request } from "@playwright/test";
import {
  DISDUKCAPIL_OFFICER,
  KTP_ANSWERS,
  applicationIdFrom,
  declareAndSubmit,
  expectNoAxeViolations,
  fillKtpAnswers,
  officerClaims,
  registerCitizen,
  signedInPage,
  startKtpApplication,
  submitKtpApplication,
  uploadFamilyCard,
} from "./support";

// A citizen and an officer in one journey: more than the default minute on a busy machine.
test.describe.configure({ timeout: 150_000 });

const REJECT_NOTE = "Pindaian Kartu Keluarga buram, nomor KK tidak terbaca.";

test.describe("a citizen's application page", () => {
  test("shows the submitted answers and lists each document under the requirement it satisfies; values saved from the form show on /akun", async ({ page }) => {
    await registerCitizen(page);
    await expect(page.getByTestId("profile-phone")).toHaveText("Belum diisi");
    const id = await startKtpApplication(page);
    await fillKtpAnswers(page);
    await uploadFamilyCard(page);
    await page.getByRole("button", { name: "Simpan dan lanjutkan", exact: true }).click();
    await expect(page).toHaveURL(/\/periksa$/);
    // The citizen keeps the phone number in their profile for next time.
    await page.getByLabel(/^Nomor telepon\/WhatsApp yang aktif: /).check();
    const { trackingNumber } = await declareAndSubmit(page);

    await page.goto(`/permohonan/${id}`);
    // The number shows in the heading's facts and under its QR code.
    await expect(page.getByText(trackingNumber).first()).toBeVisible();
    const answers = page.getByRole("region", { name: "Jawaban yang Anda kirim" });
    await expect(answers).toContainText("Tempat lahir");
    await expect(answers).toContainText(KTP_ANSWERS.birthPlace);
    await expect(answers).toContainText(KTP_ANSWERS.address);
    await expect(answers).toContainText(KTP_ANSWERS.kkNumber);
    const documents = page.getByRole("region", { name: "Dokumen persyaratan" });
    await expect(documents.getByRole("term")).toContainText(["Scan/foto Kartu Keluarga"]);
    await expect(documents.getByRole("link", { name: "Unduh kk.pdf" })).toBeVisible();
    await expectNoAxeViolations(page);

    // In English, the same answers carry English labels.
    await page.goto(`/permohonan/${id}?lang=en`);
    await expect(page.getByRole("region", { name: "The answers you sent" })).toContainText("Place of birth");
    await expect(page.getByRole("region", { name: "Required documents" })).toContainText("Download kk.pdf");
    await page.goto(`/permohonan/${id}?lang=id`);

    await page.goto("/akun");
    await expect(page.getByTestId("profile-phone")).toHaveText("+6281234567890");
  });
});

test.describe("a rejected application", () => {
  test("tells the citizen why and offers to apply again, to object, or to complain", async ({ page, browser }) => {
    await registerCitizen(page);
    const application = await submitKtpApplication(page);

    const officer = await officerClaims(browser, application.id, { javaScriptEnabled: false });
    await officer.locator("summary", { hasText: "Tolak permohonan" }).click();
    await officer.getByLabel("Dokumen tidak sah atau tidak terbaca").check();
    await officer.getByLabel("Penjelasan untuk pemohon").fill(REJECT_NOTE);
    await officer.getByRole("button", { name: "Tolak permohonan" }).click();
    await expect(officer.getByTestId("application-status")).toHaveText("Ditolak");
    await officer.context().close();

    await page.goto(`/permohonan/${application.id}`);
    const rejection = page.getByRole("region", { name: "Permohonan ditolak" });
    await expect(rejection.getByTestId("rejection-reason")).toHaveText("Dokumen tidak sah atau tidak terbaca");
    await expect(rejection).toContainText(REJECT_NOTE);
    await expectNoAxeViolations(page);

    // Object: a complaint about this application, as an objection, already filled in.
    await rejection.getByRole("link", { name: "Ajukan keberatan atas keputusan ini" }).click();
    await expect(page).toHaveURL(/\/pengaduan\/baru\?permohonan=.*keberatan=1/);
    await expect(page.getByLabel("Kategori")).toHaveValue("decisionObjection");
    await expect(page.getByLabel("Judul")).toHaveValue(`Keberatan atas penolakan permohonan ${application.trackingNumber}`);
    await page.goBack();

    // Complain: the same form about this application, the category left to the citizen.
    await page.getByRole("region", { name: "Permohonan ditolak" }).getByRole("link", { name: "Sampaikan pengaduan tentang layanan" }).click();
    await expect(page).toHaveURL(/\/pengaduan\/baru\?permohonan=/);
    await expect(page.getByLabel("Kategori")).toHaveValue("");
    await page.goBack();

    // Apply again: a new draft with the answers, documents to upload again.
    await page.getByRole("button", { name: "Ajukan lagi" }).click();
    await expect(page).toHaveURL(/\/permohonan\/[^/]+\/isi$/);
    const draftId = applicationIdFrom(page.url());
    expect(draftId).not.toBe(application.id);
    await expect(page.getByLabel("Tempat lahir")).toHaveValue(KTP_ANSWERS.birthPlace);
    await expect(page.getByLabel("Alamat tempat tinggal")).toHaveValue(KTP_ANSWERS.address);
    await expect(page.getByTestId("uploaded-familyCardScan")).toHaveCount(0);

    // A second click from the rejected page lands on the same draft.
    await page.goto(`/permohonan/${application.id}`);
    await page.getByRole("button", { name: "Ajukan lagi" }).click();
    await expect(page).toHaveURL(new RegExp(`/permohonan/${draftId}/isi$`));
  });

  test("is nobody else's to see or to apply again from", async ({ page, browser }) => {
    await registerCitizen(page);
    const application = await submitKtpApplication(page);
    const stranger = await browser.newPage();
    await registerCitizen(stranger);
    const response = await stranger.goto(`/permohonan/${application.id}`);
    expect(response?.status()).toBe(404);
    await stranger.goto(`/pengaduan/baru?permohonan=${application.trackingNumber}&keberatan=1`);
    await expect(stranger.getByLabel("Judul")).toHaveValue("");
    await stranger.context().close();
  });
});

/**
 * Links never prefetch (components/ui/link.tsx, issue 23): every page is rendered per request, so a prefetch
 * costs the server a render and gains the browser nothing. /akun, with its header, footer and account links,
 * sent ten prefetches per view before.
 */
async function expectNoPrefetches(page: Page, path: string) {
  const prefetched: string[] = [];
  const onRequest = (request: Request) => {
    if (request.headers()["next-router-prefetch"]) prefetched.push(request.url());
  };
  page.on("request", onRequest);
  await page.goto(path);
  await page.waitForLoadState("networkidle");
  // Prefetches start once the page is interactive and its links are in view: give them a moment to show.
  await page.waitForTimeout(1_000);
  page.off("request", onRequest);
  expect(prefetched).toEqual([]);
}

/** `scan`: axe runs in the page, so only with JavaScript on. */
async function expectProfileJourney(page: Page, { scan }: { scan: boolean }) {
  await page.goto("/akun");
  await page.getByRole("link", { name: "Ubah data kontak" }).click();
  await expect(page).toHaveURL(/\/akun\/profil$/);
  // The identity is not a field of this form.
  await expect(page.getByLabel(/NIK/)).toHaveCount(0);

  await page.getByLabel("Nomor telepon/WhatsApp").fill("12345");
  await page.getByLabel("Tempat lahir").fill("Cirebon");
  await page.getByLabel("Kode pos").fill("401");
  await page.getByRole("button", { name: "Simpan data kontak" }).click();
  const summary = page.getByRole("alert", { name: "Ada yang perlu diperbaiki" });
  await expect(summary).toContainText("Masukkan nomor telepon Indonesia yang benar, misalnya 0812 3456 7890.");
  await expect(summary).toContainText("Kode pos harus 5 angka.");
  // What was typed stays, the wrong values too, so they can be corrected.
  await expect(page.getByLabel("Nomor telepon/WhatsApp")).toHaveValue("12345");
  await expect(page.getByLabel("Tempat lahir")).toHaveValue("Cirebon");
  await expect(page.getByLabel("Kode pos")).toHaveValue("401");
  if (scan) await expectNoAxeViolations(page);

  await page.getByLabel("Nomor telepon/WhatsApp").fill("0812 9999 0000");
  await page.getByLabel("Nomor Kartu Keluarga (KK)").fill("3275031201090007");
  await page.getByLabel("Kode pos").fill("40111");
  await page.getByRole("button", { name: "Simpan data kontak" }).click();
  await expect(page).toHaveURL(/\/akun\?hasil=profil-disimpan$/);
  await expect(page.getByRole("status").filter({ hasText: "Data kontak tersimpan." })).toBeVisible();
  await expect(page.getByTestId("profile-phone")).toHaveText("+6281299990000");
  await expect(page.getByTestId("profile-kkNumber")).toHaveText("3275**********07");
  await expect(page.getByTestId("profile-birthPlace")).toHaveText("Cirebon");
  await expect(page.getByTestId("profile-address")).toContainText("40111");
  if (scan) await expectNoAxeViolations(page);

  // The form starts from what is stored; the KK number only masked, in the hint.
  await page.goto("/akun/profil");
  await expect(page.getByLabel("Nomor telepon/WhatsApp")).toHaveValue("+6281299990000");
  await expect(page.getByLabel("Nomor Kartu Keluarga (KK)")).toHaveValue("");
  await expect(page.getByText("Tersimpan: 3275**********07.")).toBeVisible();
}

test.describe("profile on /akun", () => {
  test("a citizen changes their contact details, corrects a refused value and sees them saved; the pages prefetch none of their links and forms", async ({
    page,
  }) => {
    await registerCitizen(page);
    await expectNoPrefetches(page, "/akun");
    // The home page's ask box is a form to /tanya.
    await expectNoPrefetches(page, "/");
    await expectProfileJourney(page, { scan: true });
  });

  test("staff have no contact details form", async ({ browser }) => {
    const officer = await signedInPage(browser, DISDUKCAPIL_OFFICER);
    await officer.goto("/akun/profil");
    await expect(officer).not.toHaveURL(/\/akun\/profil$/);
    await officer.context().close();
  });
});

test.describe("profile on /akun without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the same journey with plain form posts", async ({ page }) => {
    await registerCitizen(page);
    await expectProfileJourney(page, { scan: false });
  });
});
