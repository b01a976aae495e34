import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { ADMIN, DISDUKCAPIL_OFFICER, signIn, submitKtpApplication } from "./support";

/**
 * WCAG 1.4.10 (reflow): no page the other journeys visit may make the reader
 * scroll sideways, at a phone's 320 and 375 CSS pixels nor at a desktop's 1280.
 * Wide content (tables, code) scrolls inside its own box; the document never does.
 *
 * One signed-in context per role, made once; each page loads once and is
 * measured at every width.
 */
const WIDTHS = [320, 375, 1280];
const CITIZEN = "siti.rahayu@warga.test";
const SUPERVISOR = "supervisor.disdukcapil@harapanjaya.go.id";
const INTEGRITY = "integritas@harapanjaya.go.id";

type Role = "visitor" | "citizen" | "officer" | "supervisor" | "integrity" | "admin";
const ACCOUNTS: Record<Exclude<Role, "visitor">, string> = {
  citizen: CITIZEN,
  officer: DISDUKCAPIL_OFFICER,
  supervisor: SUPERVISOR,
  integrity: INTEGRITY,
  admin: ADMIN,
};

const PUBLIC_PAGES = [
  "/",
  "/layanan",
  "/layanan?q=ktp",
  "/layanan/ktp-el-baru",
  "/layanan/ktp-el-baru/versi/1",
  "/layanan/skck",
  "/layanan/tidak-ada",
  "/lacak",
  "/masuk",
  "/daftar",
  "/daftar/cek-email",
  "/konfirmasi-email",
  "/atur-sandi",
  "/buka-kunci",
  "/akun-dihapus",
  "/verifikasi",
  "/verifikasi/ZZZZ-ZZZZ-ZZZZ?lang=en",
  "/pengaduan",
  "/pengaduan/baru",
  "/pengaduan/lacak",
  "/pengaduan/pelanggaran",
  "/pengaduan/statistik",
  "/transparansi",
  "/transparansi?lang=en",
  "/transparansi?periode=triwulan",
  "/transparansi/kamus-data",
];

const CITIZEN_PAGES = ["/akun", "/akun/keamanan", "/akun/akses-data", "/akun/data-saya", "/notifikasi", "/permohonan", "/pengaduan/saya"];
const OFFICER_PAGES = ["/petugas", "/petugas/permohonan", "/petugas/permohonan?instansi=DISDUKCAPIL", "/petugas/pengaduan", "/petugas/pengaduan?tampil=verifikasi"];
const SUPERVISOR_PAGES = ["/petugas", "/petugas/dasbor", "/petugas/permohonan", "/petugas/pengaduan"];
const INTEGRITY_PAGES = ["/petugas", "/petugas/integritas"];
const ADMIN_PAGES = [
  "/petugas",
  "/petugas/admin/layanan",
  "/petugas/admin/layanan/impor",
  "/petugas/admin/instansi",
  "/petugas/admin/pengguna",
  "/petugas/admin/hari-libur",
  "/petugas/admin/hari-libur?tahun=2033",
  "/petugas/admin/email",
  "/petugas/pengaduan/open311",
];

/** The first link on `from` whose address matches `pattern`: a record the seed (or this test) made. */
async function firstLink(page: Page, from: string, pattern: RegExp): Promise<string[]> {
  await page.goto(from);
  const hrefs = await page.locator("a[href]").evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
  const found = hrefs.find((href) => pattern.test(href));
  return found ? [found] : [];
}

/** The pages, at each width, whose document is wider than the window. */
async function sidewaysScrolling(page: Page, paths: string[]) {
  const failures: string[] = [];
  for (const path of paths) {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(path);
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      if (scrollWidth > clientWidth) failures.push(`${path} at ${width} px is ${scrollWidth} px wide`);
    }
  }
  return failures;
}

async function signedInContext(browser: Browser, email: string): Promise<BrowserContext> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email);
  await expect(page).not.toHaveURL(/\/masuk/);
  await page.close();
  return context;
}

test.describe("reflow", () => {
  test.describe.configure({ timeout: 180_000 });

  test("no page scrolls sideways at 320, 375 or 1280 px", async ({ browser }) => {
    const contexts = Object.fromEntries(
      await Promise.all(Object.entries(ACCOUNTS).map(async ([role, email]) => [role, await signedInContext(browser, email)] as const)),
    ) as Record<Exclude<Role, "visitor">, BrowserContext>;
    const visitorContext = await browser.newContext();

    // A submitted application and a draft, so the case pages have something to show.
    const citizen = await contexts.citizen.newPage();
    const application = await submitKtpApplication(citizen);
    const citizenPages = [
      ...CITIZEN_PAGES,
      `/permohonan/${application.id}`,
      `/permohonan/${application.id}/terkirim`,
      `/permohonan/${application.id}/periksa`,
    ];
    await citizen.goto("/layanan/ktp-el-baru");
    await citizen.getByRole("button", { name: "Ajukan permohonan" }).click();
    await expect(citizen).toHaveURL(/\/permohonan\/[^/]+\/isi$/);
    citizenPages.push(new URL(citizen.url()).pathname);

    const officer = await contexts.officer.newPage();
    const officerPages = [
      ...OFFICER_PAGES,
      `/petugas/permohonan/${application.id}`,
      ...(await firstLink(officer, "/petugas/pengaduan?tampil=verifikasi", /^\/petugas\/pengaduan\/[^/?]+$/)),
    ];
    const supervisor = await contexts.supervisor.newPage();
    const supervisorPages = [...SUPERVISOR_PAGES, `/petugas/permohonan/${application.id}`];
    const integrity = await contexts.integrity.newPage();
    const integrityPages = [...INTEGRITY_PAGES, ...(await firstLink(integrity, "/petugas/integritas", /^\/petugas\/integritas\/[^/?]+$/))];
    const admin = await contexts.admin.newPage();
    const servicePage = await firstLink(admin, "/petugas/admin/layanan", /^\/petugas\/admin\/layanan\/(?!impor)[^/?]+$/);
    const adminPages = [
      ...ADMIN_PAGES,
      ...servicePage.flatMap((path) => [path, `${path}/formulir`, `${path}/standar`, `${path}/pratinjau`]),
      ...(await firstLink(admin, "/petugas/admin/instansi", /^\/petugas\/admin\/instansi\/[^/?]+$/)),
      ...(await firstLink(admin, "/petugas/admin/pengguna", /^\/petugas\/admin\/pengguna\/[^/?]+$/)),
      ...(await firstLink(admin, "/petugas/admin/hari-libur", /^\/petugas\/admin\/hari-libur\/[^/?]+$/)),
    ];
    if (servicePage[0]) adminPages.push(...(await firstLink(admin, `${servicePage[0]}/formulir`, /\/formulir\/[^/?]+$/)));

    const failures = (
      await Promise.all([
        sidewaysScrolling(await visitorContext.newPage(), PUBLIC_PAGES),
        sidewaysScrolling(citizen, citizenPages),
        sidewaysScrolling(officer, officerPages),
        sidewaysScrolling(supervisor, supervisorPages),
        sidewaysScrolling(integrity, integrityPages),
        sidewaysScrolling(admin, adminPages),
      ])
    ).flat();
    expect(failures).toEqual([]);

    await Promise.all([visitorContext, ...Object.values(contexts)].map((context) => context.close()));
  });
});

test("the dashboard's charts stay readable at 320 px and tell at-risk from breached by more than colour", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 900 });
  await page.goto("/transparansi?periode=tahun");
  const heights = await page
    .getByTestId("chart-axis")
    .locator("text")
    .evaluateAll((labels) => labels.filter((label) => getComputedStyle(label).display !== "none").map((label) => label.getBoundingClientRect().height));
  expect(heights.length).toBeGreaterThan(0);
  expect(Math.min(...heights)).toBeGreaterThanOrEqual(12);

  const legend = page.getByTestId("section-tunggakan").locator("figure li");
  const atRisk = await legend.filter({ hasText: "Mendekati batas waktu" }).getAttribute("data-pattern");
  const breached = await legend.filter({ hasText: "Lewat batas waktu" }).getAttribute("data-pattern");
  expect(atRisk).not.toBe(breached);
});
