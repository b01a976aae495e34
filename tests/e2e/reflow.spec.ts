import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { ADMIN, DISDUKCAPIL_OFFICER, signIn, submitKtpApplication, type SubmittedApplication } from "./support";

/**
 * WCAG 1.4.10 (reflow): no page the other journeys visit may make the reader
 * scroll sideways, at a phone's 320 and 375 CSS pixels nor at a desktop's 1280.
 * Wide content (tables, code) scrolls inside its own box; the document never does.
 *
 * Each role signs in once (its storage state is shared by its test); each
 * page loads once and is measured at every width.
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
  "/transparansi/kamus-data",
  "/tanya",
  "/tanya?q=syarat+ktp+el",
  "/pengembang",
  "/antrean/mpp-harapan-jaya",
  "/antrean/mpp-harapan-jaya/kios",
];

const CITIZEN_PAGES = [
  "/akun",
  "/akun/keamanan",
  "/akun/keamanan/verifikasi-dua-langkah",
  "/akun/akses-data",
  "/akun/data-saya",
  "/notifikasi",
  "/permohonan",
  "/pengaduan/saya",
  "/dokumen-saya",
  "/kunjungan",
];
const OFFICER_PAGES = [
  "/petugas",
  "/petugas/permohonan",
  "/petugas/permohonan?instansi=DISDUKCAPIL",
  "/petugas/pengaduan",
  "/petugas/pengaduan?tampil=verifikasi",
  "/petugas/loket",
];
const SUPERVISOR_PAGES = [
  "/petugas/dasbor",
  ...["layanan", "tren", "kepuasan", "petugas", "kunjungan"].map((part) => `/petugas/dasbor?bagian=${part}`),
  "/petugas/permohonan",
];
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
  "/petugas/admin/pengaturan",
  "/petugas/admin/tanya",
  "/petugas/admin/kunjungan",
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

type Storage = Awaited<ReturnType<BrowserContext["storageState"]>>;

async function signedInState(browser: Browser, email: string): Promise<Storage> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email);
  await expect(page).not.toHaveURL(/\/masuk/);
  const state = await context.storageState();
  await context.close();
  return state;
}

test.describe("reflow", () => {
  // Many page loads per test: more than the default minute on a busy machine.
  test.describe.configure({ timeout: 120_000 });
  const states = {} as Record<Exclude<Role, "visitor">, Storage>;
  let application: SubmittedApplication;
  let draftPath = "";

  test.beforeAll(async ({ browser }) => {
    test.setTimeout(120_000);
    await Promise.all(Object.entries(ACCOUNTS).map(async ([role, email]) => (states[role as Exclude<Role, "visitor">] = await signedInState(browser, email))));
    // A submitted application and a draft, so the case pages have something to show.
    const context = await browser.newContext({ storageState: states.citizen });
    const citizen = await context.newPage();
    application = await submitKtpApplication(citizen);
    await citizen.goto("/layanan/ktp-el-baru");
    await citizen.getByRole("button", { name: "Ajukan permohonan" }).click();
    await expect(citizen).toHaveURL(/\/permohonan\/[^/]+\/isi$/);
    draftPath = new URL(citizen.url()).pathname;
    await context.close();
  });

  /** One page per role, signed in from the shared state; each path loads once and is measured at every width. */
  async function check(browser: Browser, role: Role, paths: (page: Page) => Promise<string[]>) {
    const context = await browser.newContext(role === "visitor" ? {} : { storageState: states[role] });
    const page = await context.newPage();
    const failures = await sidewaysScrolling(page, await paths(page));
    await context.close();
    expect(failures).toEqual([]);
  }

  test("public pages", async ({ browser }) => {
    await check(browser, "visitor", async () => PUBLIC_PAGES);
  });

  test("citizen pages", async ({ browser }) => {
    await check(browser, "citizen", async () => [
      ...CITIZEN_PAGES,
      `/permohonan/${application.id}`,
      `/permohonan/${application.id}/terkirim`,
      draftPath,
      `${draftPath.replace(/\/isi$/, "")}/periksa`,
    ]);
  });

  test("officer pages", async ({ browser }) => {
    await check(browser, "officer", async (page) => [
      ...OFFICER_PAGES,
      `/petugas/permohonan/${application.id}`,
      ...(await firstLink(page, "/petugas/pengaduan?tampil=verifikasi", /^\/petugas\/pengaduan\/[^/?]+$/)),
    ]);
  });

  test("supervisor and integrity pages", async ({ browser }) => {
    await check(browser, "supervisor", async () => [...SUPERVISOR_PAGES, `/petugas/permohonan/${application.id}`]);
    await check(browser, "integrity", async (page) => [
      ...INTEGRITY_PAGES,
      ...(await firstLink(page, "/petugas/integritas", /^\/petugas\/integritas\/[^/?]+$/)),
    ]);
  });

  test("admin pages", async ({ browser }) => {
    await check(browser, "admin", async (page) => {
      const servicePage = await firstLink(page, "/petugas/admin/layanan", /^\/petugas\/admin\/layanan\/(?!impor)[^/?]+$/);
      const fieldPage = servicePage[0] ? await firstLink(page, `${servicePage[0]}/formulir`, /\/formulir\/[^/?]+$/) : [];
      return [
        ...ADMIN_PAGES,
        ...servicePage.flatMap((path) => [path, `${path}/formulir`, `${path}/standar`, `${path}/pratinjau`]),
        ...fieldPage,
        ...(await firstLink(page, "/petugas/admin/instansi", /^\/petugas\/admin\/instansi\/[^/?]+$/)),
        ...(await firstLink(page, "/petugas/admin/pengguna", /^\/petugas\/admin\/pengguna\/[^/?]+$/)),
        ...(await firstLink(page, "/petugas/admin/hari-libur", /^\/petugas\/admin\/hari-libur\/[^/?]+$/)),
      ];
    });
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
