import { defineMessages } from "../define";

/**
 * Trusted documents (DESIGN.md §16, issue 22): the PAdES signature drawn into
 * output PDFs, the signer's faults shown to officers, and the wallet.
 */
export const trustedDocuments = defineMessages({
  prefixes: ["output.pdf.signature.", "output.signer.", "verify.pades.", "wallet."],
  id: {
    "output.pdf.signature.heading": "DITANDATANGANI SECARA ELEKTRONIK",
    "output.pdf.signature.office": "Pejabat berwenang {agency}",
    "output.pdf.signature.seal": "tanda tangan PAdES tertanam dalam PDF ini",
    "output.signer.unavailable":
      "Layanan tanda tangan elektronik sedang tidak tersedia. Dokumen belum diterbitkan; SatuPintu akan mencoba lagi otomatis dan menerbitkannya sekali saja.",
    "verify.pades.label": "Tanda tangan dalam PDF",
    "verify.pades.value": "{format}, ditandatangani oleh {signer} (sertifikat dari SatuPintu Portal CA); dapat diperiksa di pembaca PDF mana pun",
    "verify.pades.certificate": "SHA-256 sertifikat penanda tangan",
    "verify.pades.legacy": "Tidak ada: dokumen ini diterbitkan sebelum tanda tangan PAdES, dan tetap sah lewat catatan bertanda tangan Ed25519 di atas",
  },
  en: {
    "output.pdf.signature.heading": "ELECTRONICALLY SIGNED",
    "output.pdf.signature.office": "Authorised official of {agency}",
    "output.pdf.signature.seal": "a PAdES signature is embedded in this PDF",
    "output.signer.unavailable":
      "The electronic signing service is unavailable. The document has not been issued yet; SatuPintu will retry automatically and issue it exactly once.",
    "verify.pades.label": "Signature in the PDF",
    "verify.pades.value": "{format}, signed by {signer} (certificate from the SatuPintu Portal CA); any PDF reader can check it",
    "verify.pades.certificate": "Signing certificate SHA-256",
    "verify.pades.legacy": "None: this document was issued before PAdES signatures and remains valid through the Ed25519-signed record above",
  },
});
