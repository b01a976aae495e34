import { defineMessages } from "../define";

/**
 * Trusted documents (DESIGN.md §16, issue 22): the PAdES signature drawn into
 * output PDFs, the signer's faults shown to officers, and the wallet.
 */
export const trustedDocuments = defineMessages({
  prefixes: ["output.pdf.signature.", "output.signer.", "wallet."],
  id: {
    "output.pdf.signature.heading": "DITANDATANGANI SECARA ELEKTRONIK",
    "output.pdf.signature.office": "Pejabat berwenang {agency}",
    "output.pdf.signature.seal": "tanda tangan PAdES tertanam dalam PDF ini",
    "output.signer.unavailable":
      "Layanan tanda tangan elektronik sedang tidak tersedia. Dokumen belum diterbitkan; SatuPintu akan mencoba lagi otomatis dan menerbitkannya sekali saja.",
  },
  en: {
    "output.pdf.signature.heading": "ELECTRONICALLY SIGNED",
    "output.pdf.signature.office": "Authorised official of {agency}",
    "output.pdf.signature.seal": "a PAdES signature is embedded in this PDF",
    "output.signer.unavailable":
      "The electronic signing service is unavailable. The document has not been issued yet; SatuPintu will retry automatically and issue it exactly once.",
  },
});
