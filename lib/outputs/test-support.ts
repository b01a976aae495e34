import { buildOutputRecord } from "./canonical-record";

/** Shared fixture for the lib/outputs tests: the signed record of one issued KTP-el output. */
export const ktpOutputRecord = buildOutputRecord({
  documentId: "doc-1",
  verificationCode: "7K3M-Q9RT-2HXW",
  service: { slug: "ktp-el-baru", nameId: "KTP-el Baru", nameEn: "New e-KTP" },
  agencyCode: "DISDUKCAPIL",
  holderName: "Siti Rahayu",
  trackingNumber: "DISDUKCAPIL-2026-000001",
  issuedAt: new Date("2026-11-24T03:15:00Z"),
  pdfSha256: "b".repeat(64),
});
