import { expect, test } from "@playwright/test";
import { JPEG_BYTES } from "../fixtures/documents";
import { declareAndSubmit, fillKtpAnswers, registerCitizen, signIn, startKtpApplication } from "./support";

/** Issue 9: oversized and polyglot uploads through the browser, and brute-force sign-in. */

test.describe.configure({ timeout: 120_000 });

const PAYLOAD = "<html><body><script>alert('polyglot')</script></body></html>PK\u0003\u0004payload";

test("a polyglot JPEG is stored as a plain picture and served as a download or sandboxed; an oversized file is refused", async ({ page }) => {
  await registerCitizen(page);
  const id = await startKtpApplication(page);
  await fillKtpAnswers(page);
  const field = page.getByLabel("Scan/foto Kartu Keluarga");

  await field.setInputFiles({ name: "besar.jpg", mimeType: "image/jpeg", buffer: Buffer.concat([Buffer.from(JPEG_BYTES), Buffer.alloc(6 * 1024 * 1024)]) });
  await expect(page.getByText(/Berkas terlalu besar/).first()).toBeVisible();

  await field.setInputFiles({ name: "kk.jpg", mimeType: "image/jpeg", buffer: Buffer.concat([Buffer.from(JPEG_BYTES), Buffer.from(PAYLOAD, "latin1")]) });
  await expect(page.getByTestId("uploaded-familyCardScan")).toContainText("Berkas terunggah: kk.jpg");
  await page.getByRole("button", { name: "Simpan dan lanjutkan", exact: true }).click();
  await declareAndSubmit(page);

  await page.goto(`/permohonan/${id}`);
  const href = await page.locator('a[href^="/api/dokumen/"]').first().getAttribute("href");
  expect(href).toBeTruthy();
  const download = await page.request.get(href!);
  expect(download.status()).toBe(200);
  const body = await download.body();
  expect(body.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
  expect(body.includes(Buffer.from("<script"))).toBe(false);
  expect(body.includes(Buffer.from("PK\u0003\u0004", "latin1"))).toBe(false);
  expect(download.headers()["content-disposition"]).toMatch(/^attachment;/);
  expect(download.headers()["x-content-type-options"]).toBe("nosniff");

  // Shown in the browser only inside a sandbox: the file route's own policy, not the page policy.
  const inline = await page.request.get(`${href}?tampil=1`);
  expect(inline.headers()["content-disposition"]).toMatch(/^inline;/);
  expect(inline.headers()["content-security-policy"]).toMatch(/^sandbox; default-src 'none'/);
});

test("brute force: after five wrong passwords the right one no longer signs in", async ({ page }) => {
  const citizen = await registerCitizen(page);
  await page.context().clearCookies();
  for (let i = 0; i < 5; i++) {
    await signIn(page, citizen.email, `SalahSekali${i}2026`);
    await expect(page.getByRole("alert").first()).toBeVisible();
  }
  await signIn(page, citizen.email, citizen.password);
  await expect(page).toHaveURL(/\/masuk/);
  await expect(page.getByRole("alert").first()).toBeVisible();
});
