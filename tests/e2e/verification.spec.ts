import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support";

// A well-formed code that no document carries: every symbol is valid Crockford base32.
const UNKNOWN_CODE = "ZZZZ-ZZZZ-ZZZZ";

async function checkCode(page: Page, typed: string, button = "Periksa kode") {
  await page.getByLabel("Kode verifikasi", { exact: true }).fill(typed);
  await page.getByRole("button", { name: button }).click();
}

test.describe("document verification", () => {
  test("a visitor types a code that was never issued and is told the document is unknown", async ({ page }) => {
    await page.goto("/verifikasi");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Verifikasi dokumen");
    await expect(page.getByRole("heading", { name: "Dengan kode verifikasi" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Dengan berkas PDF" })).toBeVisible();
    await expectNoAxeViolations(page);

    // Lower case and spaces are fine: the page sends the visitor to the code's own address.
    await checkCode(page, "zzzz zzzz zzzz");
    await expect(page).toHaveURL(new RegExp(`/verifikasi/${UNKNOWN_CODE}$`));
    await expect(page.getByTestId("verification-result")).toHaveAttribute("data-state", "unknown");
    await expect(page.getByTestId("verification-state")).toContainText("Dokumen tidak dikenal");
    await expect(page.getByText("Tidak ada dokumen sah dengan kode ini.", { exact: false })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole("link", { name: "Periksa dokumen lain" }).click();
    await expect(page).toHaveURL(/\/verifikasi$/);
  });

  test("a code of the wrong shape is explained, and what was typed stays", async ({ page }) => {
    await page.goto("/verifikasi");
    await checkCode(page, "ABC-123");
    await expect(page.getByText("Kode verifikasi terdiri dari 12 huruf dan angka", { exact: false })).toBeVisible();
    await expect(page.getByLabel("Kode verifikasi", { exact: true })).toHaveValue("ABC-123");
    await expect(page.getByLabel("Kode verifikasi", { exact: true })).toHaveAttribute("aria-invalid", "true");
    await expectNoAxeViolations(page);
  });

  test("the QR address of an unknown code answers in English too", async ({ page }) => {
    await page.goto(`/verifikasi/${UNKNOWN_CODE}?lang=en`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Verify a document");
    await expect(page.getByTestId("verification-state")).toContainText("Unknown document");
    await expectNoAxeViolations(page);
  });

  test("the public key is published as PEM and JWK", async ({ request }) => {
    const response = await request.get("/api/verifikasi/kunci-publik");
    expect(response.status()).toBe(200);
    expect(response.headers()["cache-control"]).toContain("public");
    const body = await response.json();
    expect(body.algorithm).toBe("Ed25519");
    expect(body.publicKeyPem).toContain("BEGIN PUBLIC KEY");
    expect(body.jwk).toMatchObject({ kty: "OKP", crv: "Ed25519", kid: body.keyId });
  });

  test("downloading an output needs an account", async ({ request }) => {
    const response = await request.get("/api/keluaran/no-such-application");
    expect(response.status()).toBe(401);
  });
});

test.describe("document verification without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a visitor checks a code", async ({ page }) => {
    await page.goto("/verifikasi");
    await checkCode(page, UNKNOWN_CODE);
    await expect(page).toHaveURL(new RegExp(`/verifikasi/${UNKNOWN_CODE}$`));
    await expect(page.getByTestId("verification-state")).toContainText("Dokumen tidak dikenal");
  });

  test("a visitor uploads a PDF the portal never issued", async ({ page }) => {
    await page.goto("/verifikasi");
    await page.getByRole("button", { name: "Periksa berkas" }).click();
    await expect(page.getByText("Pilih berkas PDF dokumen.").first()).toBeVisible();

    await page.getByLabel("Berkas PDF dokumen").setInputFiles({
      name: "surat-keterangan.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"),
    });
    await page.getByRole("button", { name: "Periksa berkas" }).click();
    await expect(page.getByTestId("verification-state")).toContainText("Dokumen tidak dikenal");
    await expect(page.getByText("Berkas ini tidak cocok dengan dokumen mana pun", { exact: false })).toBeVisible();
  });
});
