import { describe, expect, it } from "vitest";
import { translator } from "@/lib/platform/i18n/messages";
import { buildReceiptRecord } from "@/lib/outputs/receipt-record";
import { receiptVerificationView } from "@/lib/outputs/receipt-verification";

const record = buildReceiptRecord({
  receiptId: "r-1",
  verificationCode: "7K3M-Q9RT-2HXW",
  billCode: "TG26ABCDEF",
  trackingNumber: "POLRES-2026-000001",
  service: { nameId: "SKCK", nameEn: "Police clearance" },
  agencyCode: "POLRES",
  amount: 30_000,
  paidAt: new Date("2026-11-24T03:15:00.000Z"),
  issuedAt: new Date("2026-11-24T03:16:00.000Z"),
  pdfSha256: "a".repeat(64),
  pdfSignature: { format: "PAdES-B-LT", signer: "Polres Harapan Jaya", certificateSha256: "b".repeat(64) },
});
const agency = { nameId: "Polres Harapan Jaya", nameEn: "Harapan Jaya Police", timezone: "Asia/Jakarta" };
const signed = { signature: "s".repeat(86), keyId: "ed25519-0123456789abcdef" };

describe("receiptVerificationView", () => {
  it("says receipt for the bill, the amount, when it was paid and the agency", () => {
    const view = receiptVerificationView({ state: "valid", record, agency, refundedAt: null, ...signed }, "code", "id", translator("id"));
    expect(view).toMatchObject({ state: "valid", title: "Bukti bayar sah" });
    expect(Object.fromEntries(view.details.map((d) => [d.label, d.value]))).toMatchObject({
      "Bukti bayar untuk tagihan": "TG26ABCDEF",
      Jumlah: expect.stringMatching(/^Rp\s?30\.000$/),
      Dibayar: "24 Nov 2026, 10.15 WIB",
      "Instansi penerbit": "Polres Harapan Jaya",
    });
    expect(view.signed?.canonicalRecord).toContain('"billCode":"TG26ABCDEF"');
  });

  it("says refunded, and when; unknown says nothing", () => {
    const refundedAt = new Date("2026-11-30T02:00:00Z");
    const view = receiptVerificationView({ state: "refunded", record, agency, refundedAt, ...signed }, "code", "en", translator("en"));
    expect(view.title).toBe("Payment refunded");
    expect(view.details).toContainEqual({ label: "Refunded", value: "30 Nov 2026, 09:00 WIB" });
    expect(receiptVerificationView({ state: "unknown" }, "file", "en", translator("en"))).toMatchObject({ state: "unknown", details: [] });
  });
});
