import { expect, test, type Page } from "@playwright/test";
import {
  DISDUKCAPIL_OFFICER,
  KTP_ANSWERS,
  declareAndSubmit,
  fillKtpAnswers,
  confirmRegistration,
  fileKtpComplaint,
  fillRegistration,
  newCitizen,
  signedInPage,
  startKtpApplication,
  uploadFamilyCard,
} from "./support";

/** Issue 9, proof: stored XSS in every text field rendered back, and SQL injection in search and filters. */

test.describe.configure({ timeout: 180_000 });

/** Each payload is distinct so a page showing it can be told apart; each would set window.__xss and alert if it ran. */
const xss = (where: string) => `<img src=x onerror="window.__xss='${where}';alert('${where}')"><script>window.__xss='${where}'</script>${where}`;

/** Fails the test if any payload ever runs in this page: a dialog or the marker. */
function guard(page: Page) {
  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  return async () => {
    expect(dialogs).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();
    // Rendered as text, never as markup.
    expect(await page.locator("main img[src='x'], main script:not([src]):not([type])").count()).toBe(0);
  };
}

test("stored XSS payloads in profile name, answers, notes and complaint text render as text everywhere", async ({ page, browser }) => {
  const citizenSafe = guard(page);
  const name = xss("nama");
  const address = xss("alamat");
  const birthPlace = "Bandung<svg onload=alert('lahir')>";

  // Profile name, at registration.
  const citizen = { ...newCitizen(), name };
  await page.goto("/daftar");
  await fillRegistration(page, citizen);
  await page.getByRole("button", { name: "Daftar", exact: true }).click();
  await confirmRegistration(page, citizen);
  await expect(page.getByText(name).first()).toBeVisible();
  await citizenSafe();

  // Application answers.
  const id = await startKtpApplication(page);
  await fillKtpAnswers(page, { ...KTP_ANSWERS, address, birthPlace });
  await uploadFamilyCard(page);
  await page.getByRole("button", { name: "Simpan dan lanjutkan", exact: true }).click();
  await expect(page.getByText(address).first()).toBeVisible();
  await citizenSafe();
  await declareAndSubmit(page);
  await page.goto(`/permohonan/${id}`);
  await citizenSafe();

  // The officer sees the same values, adds an internal note and asks for a correction with payloads.
  const officer = await signedInPage(browser, DISDUKCAPIL_OFFICER);
  const officerSafe = guard(officer);
  await officer.goto(`/petugas/permohonan/${id}`);
  await expect(officer.getByText(address).first()).toBeVisible();
  await expect(officer.getByText(name).first()).toBeVisible();
  await officerSafe();
  await officer.getByRole("button", { name: "Ambil permohonan ini" }).click();
  await expect(officer.getByTestId("application-status")).toHaveText("Sedang diperiksa");
  const note = xss("catatan");
  await officer.getByLabel("Catatan internal").fill(note);
  await officer.getByRole("button", { name: "Tambah catatan internal" }).click();
  await expect(officer.getByText(note).first()).toBeVisible();
  await officerSafe();
  const correction = xss("perbaikan");
  await officer.locator("summary", { hasText: "Minta perbaikan" }).click();
  await officer.getByLabel("Tempat lahir", { exact: true }).check();
  await officer.getByLabel("Pesan untuk pemohon: apa yang salah dan bagaimana memperbaikinya").fill(correction);
  await officer.getByRole("button", { name: "Minta perbaikan" }).click();
  await expect(officer.getByTestId("application-status")).toHaveText("Perlu perbaikan");
  await officerSafe();

  await page.goto(`/permohonan/${id}`);
  await expect(page.getByText(correction).first()).toBeVisible();
  await citizenSafe();

  // Complaint title and text, seen by the filer and by staff.
  const title = xss("judul");
  const { code } = await fileKtpComplaint(page, title, `${xss("isi")} KTP-el saya belum jadi setelah tiga minggu menunggu di kecamatan.`);
  await citizenSafe();
  await page.goto(`/pengaduan/lacak/${code}`);
  await expect(page.getByText(title).first()).toBeVisible();
  await citizenSafe();

  const supervisor = await signedInPage(browser, "supervisor@harapanjaya.go.id");
  const supervisorSafe = guard(supervisor);
  await supervisor.goto("/petugas/pengaduan?tampil=verifikasi");
  await supervisor.getByRole("link", { name: code }).click();
  await expect(supervisor.getByText(title).first()).toBeVisible();
  await supervisorSafe();
});

const SQL_PAYLOADS = ["' OR '1'='1", '\'; DROP TABLE "Service"; --', '1) UNION SELECT "passwordHash" FROM "User"--', "%' AND pg_sleep(5)--"];

test("SQL injection strings in search and filters are plain text: no error, no extra rows, no delay", async ({ page, request, browser }) => {
  const all = await request.get("/layanan");
  expect(all.status()).toBe(200);
  for (const payload of SQL_PAYLOADS) {
    const q = encodeURIComponent(payload);
    const started = Date.now();
    for (const path of [
      `/layanan?q=${q}`,
      `/layanan?kategori=${q}&instansi=${q}`,
      `/pengaduan?instansi=${q}&layanan=${q}&status=${q}&hal=${q}`,
      `/transparansi?instansi=${q}&layanan=${q}&periode=${q}`,
      `/api/open311/v2/requests.json?service_code=${q}&status=${q}`,
    ]) {
      const response = await request.get(path);
      expect(response.status(), path).toBeLessThan(500);
    }
    expect(Date.now() - started).toBeLessThan(5_000);
  }
  // The catalog is intact and an injected "always true" finds nothing.
  await page.goto(`/layanan?q=${encodeURIComponent(SQL_PAYLOADS[0]!)}`);
  await expect(page.getByRole("link", { name: /KTP-el Baru/ })).toHaveCount(0);
  await page.goto("/layanan?q=ktp");
  await expect(page.getByRole("link", { name: /KTP-el Baru/ }).first()).toBeVisible();

  // Staff filters: the queue and the complaint queue.
  const officer = await signedInPage(browser, DISDUKCAPIL_OFFICER);
  for (const payload of SQL_PAYLOADS) {
    const q = encodeURIComponent(payload);
    for (const path of [
      `/petugas/permohonan?instansi=${q}&layanan=${q}&status=${q}&sla=${q}&urut=${q}&hal=${q}`,
      `/petugas/pengaduan?tampil=${q}&instansi=${q}&status=${q}&sla=${q}`,
      `/petugas/dasbor?instansi=${q}&layanan=${q}&periode=${q}`,
    ]) {
      const response = await officer.goto(path);
      expect(response?.status(), path).toBeLessThan(500);
    }
  }
});
