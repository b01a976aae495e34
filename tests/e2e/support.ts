import AxeBuilder from "@axe-core/playwright";
import { expect, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from "@playwright/test";
import { PDF_BYTES } from "../fixtures/documents";

export const DEMO_PASSWORD = "SatuPintu2026";

/** Fails the test on any WCAG 2.1 A/AA violation axe can detect on the current page. */
export async function expectNoAxeViolations(page: Page) {
  // After a client-side navigation (a link, a server action's redirect) the new page's heading can show
  // before Next.js has streamed its <title> in: scan the page once it has one, and fail if it never does.
  const scan = async () => {
    await expect(page).toHaveTitle(/\S/);
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  };
  let summary = await scan();
  // The wait above can still see the old page's title, which the navigation then drops before the new one
  // arrives (CI, 2026-12-07). Scan once more when that is all axe found: a page without a title still fails.
  if (summary.length === 1 && summary[0]!.startsWith("document-title:")) summary = await scan();
  expect(summary).toEqual([]);
}

/**
 * Opens a page and waits until its scripts have loaded: React's hydration
 * resets a <select> chosen before it, so a test that picks options at once
 * would race it.
 */
export async function gotoSettled(page: Page, path: string) {
  await page.goto(path);
  await page.waitForLoadState("networkidle");
}

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD, path = "/masuk") {
  await page.goto(path);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Kata sandi").fill(password);
  await page.getByRole("button", { name: "Masuk", exact: true }).click();
}

/**
 * Signing out is a server action that ends in a redirect home; a navigation
 * started before it lands would race it (and could find the session still
 * open), so wait for home first.
 */
export async function signOut(page: Page) {
  await page.getByRole("button", { name: "Keluar", exact: true }).click();
  await page.waitForURL((url) => url.pathname === "/");
}

/** A new citizen's details with a NIK that is valid and unused in this run. */
export function newCitizen() {
  const serial = String(1000 + Math.floor(Math.random() * 8999));
  const id = `${Date.now()}${serial}`;
  return {
    name: "Rina Wulandari",
    email: `rina.${id}@warga.test`,
    // A woman born 3 Feb 1994: day 03 + 40 = 43.
    nik: `327502430294${serial}`,
    birthDate: "1994-02-03",
    password: "Matahari2026terbit",
  };
}

export async function fillRegistration(page: Page, citizen: ReturnType<typeof newCitizen>) {
  await page.getByLabel("Nama lengkap sesuai KTP").fill(citizen.name);
  await page.getByLabel("Email").fill(citizen.email);
  await page.getByLabel("NIK (Nomor Induk Kependudukan)").fill(citizen.nik);
  await page.getByLabel("Tanggal lahir").fill(citizen.birthDate);
  await page.getByLabel("Perempuan").check();
  await page.getByLabel("Kata sandi", { exact: true }).fill(citizen.password);
  await page.getByLabel("Ulangi kata sandi").fill(citizen.password);
  await page.getByLabel(/Saya menyetujui/).check();
}

/** Registers a new citizen (see newCitizen), confirms the email and leaves them signed in on /akun. */
export async function registerCitizen(page: Page) {
  const citizen = newCitizen();
  await page.goto("/daftar");
  await fillRegistration(page, citizen);
  await page.getByRole("button", { name: "Daftar", exact: true }).click();
  await confirmRegistration(page, citizen);
  return citizen;
}

/** After "check your email": follows the emailed confirmation link and signs in, ending on /akun. */
export async function confirmRegistration(page: Page, citizen: { email: string; password: string }) {
  await expect(page).toHaveURL(/\/daftar\/cek-email$/);
  await page.goto(await emailedLink(page.context().browser()!, citizen.email, "/konfirmasi-email"));
  await page.getByRole("button", { name: "Aktifkan akun" }).click();
  await expect(page).toHaveURL(/pesan=email-dikonfirmasi/);
  await signIn(page, citizen.email, citizen.password);
  await expect(page).toHaveURL(/\/akun$/);
}

export const ADMIN = "admin@harapanjaya.go.id";
let adminState: Awaited<ReturnType<BrowserContext["storageState"]>> | undefined;

/**
 * The text of the newest email to `to` that passes `accept`, read like an
 * operator would without SMTP: from the admin's email outbox page (in a
 * context of its own, so the caller's session is untouched). Retries while
 * the job worker has not written it yet.
 */
export async function emailText(browser: Browser, to: string, accept: (text: string) => boolean): Promise<string> {
  const context = await browser.newContext(adminState ? { storageState: adminState } : {});
  const admin = await context.newPage();
  if (!adminState) {
    await signIn(admin, ADMIN);
    await expect(admin).toHaveURL(/\/petugas$/);
    adminState = await context.storageState();
  }
  let found = "";
  await expect(async () => {
    await admin.goto("/petugas/admin/email");
    const texts = await admin.getByTestId("outbox").getByRole("listitem").filter({ hasText: to }).allTextContents();
    found = texts.find(accept) ?? "";
    expect(found).not.toBe("");
  }).toPass({ timeout: 30_000 });
  await context.close();
  return found;
}

/** The path and token of the one-time link to `path` in the newest such email to `to`. */
export async function emailedLink(browser: Browser, to: string, path: string): Promise<string> {
  const pattern = new RegExp(`${path.replace(/\//g, "\\/")}\\?token=[\\w-]+`);
  const text = await emailText(browser, to, (candidate) => pattern.test(candidate));
  return pattern.exec(text)![0];
}

/** A second person in the same test: their own browser context, signed in. */
export async function signedInPage(browser: Browser, email: string, options: BrowserContextOptions = {}, password = DEMO_PASSWORD) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await signIn(page, email, password);
  await expect(page).not.toHaveURL(/\/masuk/);
  return page;
}

export const DISDUKCAPIL_OFFICER = "petugas.disdukcapil@harapanjaya.go.id";

/** yyyy-mm-dd some days from today (negative: in the past), e.g. a child's birth date. */
export function daysAhead(days: number) {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** The answers of the KTP-el Baru form that a new citizen's profile does not fill in. */
export const KTP_ANSWERS = {
  kkNumber: "3275031201090007",
  birthPlace: "Bandung",
  phone: "081234567890",
  address: "Jl. Merdeka No. 10, RT 01/RW 02, Harapan Tengah",
};

export const applicationIdFrom = (url: string) => /\/permohonan\/([^/?#]+)/.exec(url)?.[1] ?? "";

/** Opens a KTP-el Baru draft from the service page; leaves the page on its form. */
export async function startKtpApplication(page: Page) {
  await page.goto("/layanan/ktp-el-baru");
  await page.getByRole("button", { name: "Ajukan permohonan" }).click();
  await expect(page).toHaveURL(/\/permohonan\/[^/]+\/isi$/);
  return applicationIdFrom(page.url());
}

/** Fills every KTP-el Baru answer the profile leaves empty (not the document). */
export async function fillKtpAnswers(page: Page, answers = KTP_ANSWERS) {
  await page.getByLabel("Nomor Kartu Keluarga").fill(answers.kkNumber);
  await page.getByLabel("Tempat lahir").fill(answers.birthPlace);
  await page.getByLabel("Nomor telepon/WhatsApp yang aktif").fill(answers.phone);
  await page.getByLabel("Alamat tempat tinggal").fill(answers.address);
  await page.getByLabel("Telah berusia 17 tahun").check();
}

export const pdfFile = (name = "kk.pdf") => ({ name, mimeType: "application/pdf", buffer: Buffer.from(PDF_BYTES) });

/** With JavaScript: the family card uploads as soon as it is chosen. */
export async function uploadFamilyCard(page: Page, name = "kk.pdf") {
  await page.getByLabel("Scan/foto Kartu Keluarga").setInputFiles(pdfFile(name));
  await expect(page.getByTestId("uploaded-familyCardScan")).toContainText(`Berkas terunggah: ${name}`);
}

export type SubmittedApplication = { id: string; trackingNumber: string; secret: string };

/** From the check page: declaration, submit, and the numbers from the confirmation. */
export async function declareAndSubmit(page: Page): Promise<Omit<SubmittedApplication, "id">> {
  await expect(page).toHaveURL(/\/periksa$/);
  await page.getByLabel(/Saya menyatakan/).check();
  await page.getByRole("button", { name: "Kirim permohonan" }).click();
  await expect(page).toHaveURL(/\/terkirim$/);
  return {
    trackingNumber: (await page.getByTestId("tracking-number").textContent())?.trim() ?? "",
    secret: (await page.getByTestId("tracking-secret").textContent())?.trim() ?? "",
  };
}

/** The whole KTP-el Baru application, quickly, for tests about what happens after it (JavaScript on). */
export async function submitKtpApplication(page: Page): Promise<SubmittedApplication> {
  const id = await startKtpApplication(page);
  await fillKtpAnswers(page);
  await uploadFamilyCard(page);
  await page.getByRole("button", { name: "Simpan dan lanjutkan", exact: true }).click();
  return { id, ...(await declareAndSubmit(page)) };
}

/** The KTP-el officer, in a browser of their own, opens a submitted application and takes it into review. */
export async function officerClaims(browser: Browser, applicationId: string, options: BrowserContextOptions = {}) {
  const officer = await signedInPage(browser, DISDUKCAPIL_OFFICER, options);
  await officer.goto(`/petugas/permohonan/${applicationId}`);
  await officer.getByRole("button", { name: "Ambil permohonan ini" }).click();
  await expect(officer.getByTestId("application-status")).toHaveText("Sedang diperiksa");
  return officer;
}

/** Opens /transparansi once the worker has computed its figures (shortly after start-up). */
export async function openRefreshedTransparency(page: Page) {
  await expect
    .poll(
      async () => {
        await page.goto("/transparansi");
        return page.getByTestId("refreshed-at").locator("time").count();
      },
      { timeout: 30_000 },
    )
    .toBe(1);
}

const KTP_COMPLAINT_BODY = "Saya merekam KTP-el tiga minggu lalu di kecamatan, sampai sekarang belum jadi dan tidak ada kabar sama sekali.";

/** Fills the public complaint form about the KTP-el service and sends it; returns the receipt's code and secret. */
export async function fileKtpComplaint(page: Page, title: string, body = KTP_COMPLAINT_BODY) {
  await gotoSettled(page, "/pengaduan/baru");
  await page.getByLabel("Layanan").selectOption("ktp-el-baru");
  await page.getByLabel("Kategori").selectOption("delay");
  await page.getByLabel("Judul").fill(title);
  await page.getByLabel("Isi laporan").fill(body);
  await page.getByRole("button", { name: "Kirim pengaduan" }).click();
  // Similar open complaints about the service are offered once; this filer sends their own anyway.
  const similar = page.getByTestId("similar-complaints");
  const receipt = page.getByTestId("complaint-receipt");
  await expect(similar.or(receipt)).toBeVisible();
  if (await similar.isVisible()) await page.getByRole("button", { name: "Tetap kirim pengaduan saya" }).click();
  await expect(receipt).toBeVisible();
  return {
    code: (await page.getByTestId("complaint-code").textContent())?.trim() ?? "",
    secret: (await page.getByTestId("complaint-secret").textContent())?.trim() ?? "",
  };
}
