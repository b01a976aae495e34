import { expect, test, type Page } from "@playwright/test";
import { startTestProvider, TEST_CLIENT, type TestProvider } from "../fixtures/oidc-provider";
import { ADMIN, expectNoAxeViolations, registerCitizen, signedInPage } from "./support";

/**
 * Issue 25: single sign-on over OpenID Connect against a real provider (oidc-provider, started here on a fixed
 * loopback port), through its own login and consent pages. The admin registers it on the admin page; a staff
 * member signs in with it and is linked by the verified email; a new citizen signs in and gets an account.
 */

const PORTAL = `http://localhost:${Number(process.env.E2E_PORT ?? 3100)}`;
const IDP_PORT = Number(process.env.E2E_PORT ?? 3100) + 1000;
// Stable across a worker restart (playwright.config.ts): after one failed test, the next ones still find the providers test 1 registered.
const run = process.env.E2E_RUN_ID ?? Date.now().toString(36);
const STAFF_SLUG = `sso-staf-${run}`;
const CITIZEN_SLUG = `ikd-uji-${run}`;
const OFFICER = "petugas.dinkes@harapanjaya.go.id";

let idp: TestProvider;

/** At the provider's own pages: its login, then its consent, given or refused. */
async function atProvider(page: Page, login: string, password: string, consent: "Izinkan" | "Tolak" = "Izinkan") {
  await page.getByLabel("Nama pengguna").fill(login);
  await page.getByLabel("Kata sandi").fill(password);
  await page.getByRole("button", { name: "Masuk" }).click();
  await page.getByRole("button", { name: consent }).click();
}

type ProviderForm = { name: string; slug: string; audience: "Petugas" | "Warga"; scopes: string; amr: string };
const STAFF_PROVIDER: ProviderForm = { name: "SSO Pemda Uji", slug: STAFF_SLUG, audience: "Petugas", scopes: "openid email profile", amr: "otp" };
const CITIZEN_PROVIDER: ProviderForm = { name: "IKD Uji", slug: CITIZEN_SLUG, audience: "Warga", scopes: "openid email profile nik", amr: "" };

/**
 * The admin's provider form, filled and saved (the same code again updates the provider, here to switch it off or on).
 * The page is opened afresh each time: after a save it already shows "disimpan", so only the row's new state proves
 * that this save went through before the test goes on.
 */
async function saveProvider(admin: Page, provider: ProviderForm, { enabled = true, issuer = idp.issuer } = {}) {
  await admin.goto("/petugas/admin/sso");
  await admin.getByLabel("Nama tampilan").fill(provider.name);
  await admin.getByLabel("Kode (dipakai di alamat)").fill(provider.slug);
  await admin.getByLabel("URL penerbit (issuer)").fill(issuer);
  await admin.getByLabel("Client ID").fill(TEST_CLIENT.clientId);
  await admin.getByLabel("Client secret").fill(TEST_CLIENT.clientSecret);
  await admin.getByLabel("Scope").fill(provider.scopes);
  await admin.getByLabel("Untuk siapa").selectOption({ label: provider.audience });
  if (provider.audience === "Warga") {
    await admin.getByLabel("Klaim NIK").fill("nik");
    await admin.getByLabel("Klaim tanggal lahir").fill("birthdate");
  }
  await admin.getByLabel("Metode amr yang dihitung sebagai verifikasi dua langkah").fill(provider.amr);
  await admin.getByLabel("Aktif", { exact: true }).setChecked(enabled);
  await admin.getByRole("button", { name: "Simpan penyedia" }).click();
  await expect(admin.getByRole("status")).toHaveText("Penyedia identitas disimpan.");
  await expect(admin.getByRole("row", { name: new RegExp(`\\(${provider.slug}\\)`) })).toContainText(enabled ? "Aktif" : "Nonaktif");
}

test.beforeAll(async () => {
  idp = await startTestProvider({
    port: IDP_PORT,
    redirectUris: [STAFF_SLUG, CITIZEN_SLUG].map((slug) => `${PORTAL}/masuk/oidc/${slug}/callback`),
    postLogoutRedirectUris: [`${PORTAL}/`],
    backchannelLogoutUri: `${PORTAL}/api/oidc/${CITIZEN_SLUG}/backchannel-logout`,
    users: {
      "nur.aini": { password: "sandi-sso", claims: { email: OFFICER, email_verified: true, name: "dr. Nur Aini" }, amr: ["pwd", "otp"] },
      "warga.ikd": {
        password: "sandi-ikd",
        claims: {
          email: `ikd.${run}@warga.test`,
          email_verified: true,
          name: "Sri Wahyuni",
          nik: `3275016${String(Date.now()).slice(-9)}`,
          birthdate: "1990-04-12",
          gender: "female",
        },
      },
    },
  });
});
test.afterAll(async () => idp?.stop());

test("an admin registers providers; a staff member and a new citizen sign in through the provider's own pages", async ({ browser }) => {
  const admin = await signedInPage(browser, ADMIN);
  await admin.goto("/petugas/admin/sso");
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText("Penyedia identitas (SSO)");
  await expectNoAxeViolations(admin);
  for (const provider of [STAFF_PROVIDER, CITIZEN_PROVIDER]) await saveProvider(admin, provider);
  await expect(admin.getByRole("row", { name: /SSO Pemda Uji/ })).toContainText("amr otp");
  await admin.context().close();

  // Staff: linked to the existing officer account by the verified email; the provider's OTP counts.
  const staff = await (await browser.newContext()).newPage();
  await staff.goto("/masuk");
  await expectNoAxeViolations(staff);
  await staff.getByRole("link", { name: "Masuk dengan SSO Pemda Uji" }).click();
  await expect(staff).toHaveURL(new RegExp(`^${idp.issuer}/interaction/`));
  await atProvider(staff, "nur.aini", "sandi-sso");
  await staff.goto("/petugas");
  await expect(staff).toHaveURL(/\/petugas$/);
  await expect(staff.getByRole("heading", { level: 1 })).toBeVisible();
  await staff.context().close();

  // A new citizen: the account is created from the provider's verified facts.
  const citizen = await (await browser.newContext()).newPage();
  await citizen.goto("/masuk");
  await citizen.getByRole("link", { name: "Masuk dengan IKD Uji" }).click();
  await atProvider(citizen, "warga.ikd", "sandi-ikd");
  await expect(citizen).toHaveURL(/\/akun/);
  await citizen.goto("/akun/keamanan");
  await expect(citizen.getByText("Terhubung dengan IKD Uji")).toBeVisible();
  await expectNoAxeViolations(citizen);

  // Signing out of the portal goes on to sign out at the provider: the next person at this computer must log in there.
  await citizen.getByRole("button", { name: "Keluar", exact: true }).click();
  await expect(citizen.getByRole("heading", { name: "Keluar dari Penyedia Uji?" })).toBeVisible();
  await citizen.getByRole("button", { name: "Ya, keluar" }).click();
  await expect(citizen).toHaveURL(`${PORTAL}/`);
  await citizen.goto("/masuk");
  await citizen.getByRole("link", { name: "Masuk dengan IKD Uji" }).click();
  await expect(citizen.getByLabel("Nama pengguna")).toBeVisible();
  await citizen.context().close();
});

test("the provider's back-channel logout signs the citizen out of the portal at once", async ({ browser }) => {
  idp.users.set("warga.bc", {
    password: "sandi-bc",
    claims: {
      email: `bc.${run}@warga.test`,
      email_verified: true,
      name: "Dewi Lestari",
      nik: `3275017${String(Date.now()).slice(-9)}`,
      birthdate: "1988-02-03",
    },
  });
  const citizen = await (await browser.newContext()).newPage();
  await citizen.goto("/masuk");
  await citizen.getByRole("link", { name: "Masuk dengan IKD Uji" }).click();
  await atProvider(citizen, "warga.bc", "sandi-bc");
  await expect(citizen).toHaveURL(/\/akun/);
  await citizen.goto("/permohonan");
  await expect(citizen).toHaveURL(/\/permohonan$/);
  // The person signed out at the provider, or the provider closed the account there: it tells the portal, server to server.
  await idp.backchannelLogout("warga.bc");
  await citizen.goto("/permohonan");
  await expect(citizen).toHaveURL(/\/masuk/);
  await citizen.context().close();
});

test("signing out at the provider on one device ends the portal session opened there, and the other device's goes on", async ({ browser }) => {
  // A provider whose client asks for its session id (sid) in ID and logout tokens, so its logout token names one session.
  const provider: ProviderForm = { ...CITIZEN_PROVIDER, name: "IKD Sesi Uji", slug: `ikd-sesi-${run}` };
  const sessions = await startTestProvider({
    redirectUris: [`${PORTAL}/masuk/oidc/${provider.slug}/callback`],
    backchannelLogoutUri: `${PORTAL}/api/oidc/${provider.slug}/backchannel-logout`,
    sessionIdRequired: true,
    users: {
      "warga.dua": {
        password: "sandi-dua",
        claims: {
          email: `dua.${run}@warga.test`,
          email_verified: true,
          name: "Rina Marlina",
          nik: `3275018${String(Date.now()).slice(-9)}`,
          birthdate: "1992-07-21",
        },
      },
    },
  });
  try {
    const admin = await signedInPage(browser, ADMIN);
    await saveProvider(admin, provider, { issuer: sessions.issuer });
    await admin.context().close();
    const signedInThroughProvider = async () => {
      const device = await (await browser.newContext()).newPage();
      await device.goto("/masuk");
      await device.getByRole("link", { name: `Masuk dengan ${provider.name}` }).click();
      await atProvider(device, "warga.dua", "sandi-dua");
      await expect(device).toHaveURL(/\/akun/);
      return device;
    };
    const laptop = await signedInThroughProvider();
    const phone = await signedInThroughProvider();

    // On the laptop, the person signs out at the provider's own page; the provider tells the portal which of its sessions ended.
    await laptop.goto(`${sessions.issuer}/session/end`);
    await expect(laptop.getByRole("heading", { name: "Keluar dari Penyedia Uji?" })).toBeVisible();
    await laptop.getByRole("button", { name: "Ya, keluar" }).click();
    // The provider answers once it has told the portal: only then is the laptop's next step a fair check.
    await expect(laptop).toHaveURL(new RegExp(`^${sessions.issuer}/session/end/success`));
    await laptop.goto("/permohonan");
    await expect(laptop).toHaveURL(/\/masuk/);
    // The phone signed in under another provider session: still signed in, the same account.
    await phone.goto("/akun");
    await expect(phone).toHaveURL(/\/akun$/);
    await expect(phone.getByText("Rina Marlina").first()).toBeVisible();
    await phone.goto("/permohonan");
    await expect(phone).toHaveURL(/\/permohonan$/);
    await Promise.all([laptop.context().close(), phone.context().close()]);
  } finally {
    await sessions.stop();
  }
});

test("a registered citizen links the provider from the security page, then unlinks it with the portal password after the admin switched it off", async ({
  page,
  browser,
}) => {
  const citizen = await registerCitizen(page);
  idp.users.set("warga.tautan", {
    password: "sandi-tautan",
    claims: { email: `tautan.${run}@contoh.id`, email_verified: true, name: citizen.name, nik: citizen.nik, birthdate: citizen.birthDate, gender: "female" },
  });
  await page.goto("/akun/keamanan");
  await page.getByRole("link", { name: "Hubungkan dengan IKD Uji" }).click();
  await atProvider(page, "warga.tautan", "sandi-tautan");
  await expect(page.getByRole("status")).toHaveText("Akun Anda sudah terhubung dengan penyedia identitas.");

  // The admin switches the provider off: nobody signs in or links with it, yet the citizen still sees the link and can end it.
  const admin = await signedInPage(browser, ADMIN);
  await saveProvider(admin, CITIZEN_PROVIDER, { enabled: false });
  await page.goto("/akun/keamanan");
  await expect(page.getByText("Terhubung dengan IKD Uji")).toBeVisible();
  await expect(page.getByText("Penyedia ini sedang tidak dipakai untuk masuk ke portal. Tautannya tetap dapat Anda putuskan.")).toBeVisible();
  await page.getByRole("link", { name: "Putuskan hubungan IKD Uji" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Putuskan hubungan dengan IKD Uji");
  await expectNoAxeViolations(page);
  await page.getByLabel("Kata sandi saat ini").fill("bukan-sandinya");
  await page.getByRole("button", { name: "Putuskan hubungan" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Kata sandi saat ini salah." })).toBeVisible();
  await page.getByLabel("Kata sandi saat ini").fill(citizen.password);
  await page.getByRole("button", { name: "Putuskan hubungan" }).click();
  await expect(page).toHaveURL(/\/akun\/keamanan\?sso=diputus$/);
  await expect(page.getByRole("status")).toHaveText("Hubungan dengan penyedia identitas sudah diputus. Masuk berikutnya dengan email dan kata sandi portal.");
  // Switched off, it is not offered for linking; switched on again, it is.
  await expect(page.getByRole("link", { name: "Hubungkan dengan IKD Uji" })).toHaveCount(0);
  await saveProvider(admin, CITIZEN_PROVIDER, { enabled: true });
  await admin.context().close();
  await page.goto("/akun/keamanan");
  await expect(page.getByRole("link", { name: "Hubungkan dengan IKD Uji" })).toBeVisible();
  // The page of a link that is gone (a second tab, the back button) goes back to the security page.
  await page.goto(`/akun/keamanan/putuskan-tautan?penyedia=${CITIZEN_SLUG}`);
  await expect(page).toHaveURL(/\/akun\/keamanan$/);
});

test("without JavaScript, the portal's sign-out still leads on to the provider's", async ({ browser }) => {
  const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await page.goto("/masuk");
  await page.getByRole("link", { name: "Masuk dengan IKD Uji" }).click();
  await atProvider(page, "warga.ikd", "sandi-ikd");
  await expect(page).toHaveURL(/\/akun/);
  await page.getByRole("button", { name: "Keluar", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Keluar dari Penyedia Uji?" })).toBeVisible();
  await page.getByRole("button", { name: "Ya, keluar" }).click();
  await expect(page).toHaveURL(`${PORTAL}/`);
  await expect(page.getByRole("link", { name: "Masuk", exact: true })).toBeVisible();
  await page.context().close();
});

test("refused consent at the provider comes back with a clear message, and the visitor is not signed in", async ({ page }) => {
  await page.goto("/masuk");
  await page.getByRole("link", { name: "Masuk dengan SSO Pemda Uji" }).click();
  await atProvider(page, "nur.aini", "sandi-sso", "Tolak");
  await expect(page).toHaveURL(/\/masuk\?sso=denied/);
  await expect(page.getByRole("alert").filter({ hasText: "Anda tidak memberi izin" })).toBeVisible();
  await expectNoAxeViolations(page);
});
