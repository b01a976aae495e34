import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, registerCitizen, submitKtpApplication } from "./support";

test.describe("Tanya SatuPintu without JavaScript", () => {
  // axe runs in the page, so the accessibility scans are in the JavaScript journey below.
  test.use({ javaScriptEnabled: false });

  test("a visitor asks from the home page, is offered choices rather than a guess, and gets a quoted answer with its source", async ({ page }) => {
    await page.goto("/");
    await page.getByLabel("Pertanyaan Anda").fill("syarat akta lahir anak");
    await page.getByRole("button", { name: "Tanya" }).click();
    await expect(page).toHaveURL(/\/tanya\?q=syarat\+akta\+lahir\+anak/);
    // Two services fit: it abstains, offers them, and a person to ask.
    await expect(page.getByText("Layanan mana yang Anda maksud?")).toBeVisible();
    await expect(page.getByTestId("assistant-answer")).toHaveAttribute("data-kind", "choices");
    await expect(page.getByTestId("assistant-handoff")).toHaveAttribute("href", /\/pengaduan\/baru\?pertanyaan=syarat\+akta\+lahir\+anak/);

    await page.getByTestId("assistant-choices").getByRole("link", { name: "Akta Kelahiran" }).click();
    await expect(page.getByTestId("assistant-answer")).toHaveAttribute("data-kind", "quote");
    await expect(page.getByText("Persyaratan Akta Kelahiran, sesuai standar pelayanan yang berlaku:")).toBeVisible();
    await expect(page.getByTestId("assistant-source").getByRole("link", { name: /Persyaratan/ })).toHaveAttribute(
      "href",
      "/layanan/akta-kelahiran#std-requirements",
    );
    await expect(page.getByTestId("assistant-source").getByRole("link", { name: /berlaku sejak/ })).toHaveAttribute(
      "href",
      /\/layanan\/akta-kelahiran\/versi\/\d+/,
    );
    // The conversation is kept in the page's address only.
    await expect(page.getByRole("heading", { name: "Pertanyaan sebelumnya" })).toHaveCount(0);

    await page.getByLabel("Pertanyaan Anda").fill("biaya PBG");
    await page.getByRole("button", { name: "Tanya" }).click();
    await expect(page.getByText("Biaya Persetujuan Bangunan Gedung (PBG), sesuai standar pelayanan yang berlaku:")).toBeVisible();
    await expect(page.getByRole("heading", { name: "Pertanyaan sebelumnya" })).toBeVisible();

    // "Ask an officer": the information-request form, pre-filled with the question.
    await page.getByTestId("assistant-handoff").click();
    await expect(page).toHaveURL(/\/pengaduan\/baru\?/);
    await expect(page.locator("input[name=title]")).toHaveValue("biaya PBG");
    await expect(page.getByRole("radio", { name: "Permintaan informasi" })).toBeChecked();
  });
});

test.describe("Tanya SatuPintu with JavaScript", () => {
  test("a signed-in citizen asks about a service from its page and about their own application", async ({ page }) => {
    // Registration and a whole KTP-el application come first.
    test.slow();
    await registerCitizen(page);
    const application = await submitKtpApplication(page);

    await page.goto("/layanan/skck");
    await page.getByLabel("Tanya tentang Surat Keterangan Catatan Kepolisian (SKCK)").fill("berapa biayanya?");
    await page.getByRole("button", { name: "Tanya" }).click();
    await expect(page).toHaveURL(/\/tanya\?q=berapa\+biayanya%3F&layanan=skck/);
    await expect(page.getByTestId("assistant-quote")).toBeVisible();
    await expect(page.getByTestId("assistant-source").getByRole("link").first()).toHaveAttribute("href", "/layanan/skck#std-fee");
    await expectNoAxeViolations(page);

    await page.getByLabel("Pertanyaan Anda").fill("syarat ktp");
    await page.getByRole("button", { name: "Tanya" }).click();
    await expect(page.getByTestId("assistant-answer")).toHaveAttribute("data-kind", "choices");
    await expectNoAxeViolations(page);

    await page.getByLabel("Pertanyaan Anda").fill("status permohonan saya");
    await page.getByRole("button", { name: "Tanya" }).click();
    const answer = page.getByRole("region", { name: "Jawaban" });
    await expect(answer.getByTestId("assistant-own-case")).toContainText(application.trackingNumber);
    await expect(answer.getByRole("link", { name: "Buka permohonan ini" })).toHaveAttribute("href", `/permohonan/${application.id}`);
    await expectNoAxeViolations(page);
  });
});
