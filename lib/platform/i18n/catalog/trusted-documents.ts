import { defineMessages } from "../define";

/**
 * Trusted documents (DESIGN.md §16, issue 22): the PAdES signature drawn into
 * output PDFs, the signer's faults shown to officers, and the wallet.
 */
export const trustedDocuments = defineMessages({
  prefixes: ["output.pdf.signature.", "output.signer.", "verify.pades.", "wallet.", "notification.wallet"],
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
    "wallet.title": "Dokumen saya",
    "wallet.lead": "Dokumen yang diterbitkan untuk Anda melalui SatuPintu, dan berkas unggahan Anda yang sudah diterima petugas.",
    "wallet.outputs": "Dokumen terbit",
    "wallet.outputsEmpty": "Belum ada dokumen yang diterbitkan untuk Anda.",
    "wallet.uploads": "Berkas yang diterima petugas",
    "wallet.uploadsEmpty": "Belum ada berkas unggahan yang diterima petugas.",
    "wallet.col.document": "Dokumen",
    "wallet.col.issuer": "Penerbit",
    "wallet.col.issuedAt": "Terbit",
    "wallet.col.validity": "Berlaku sampai",
    "wallet.col.state": "Status",
    "wallet.col.file": "Berkas",
    "wallet.col.acceptedAt": "Diterima",
    "wallet.noExpiry": "Tidak ada batas",
    "wallet.state.valid": "Berlaku",
    "wallet.state.expiringSoon": "Segera berakhir",
    "wallet.state.expired": "Kedaluwarsa",
    "wallet.state.revoked": "Dicabut",
    "wallet.download": "Unduh",
    "wallet.verify": "Periksa keaslian",
    "wallet.renew": "Ajukan lagi",
    "wallet.application": "Permohonan",
    "notification.walletExpiring": "{serviceName} Anda berakhir pada {expiresAt}",
    "notification.walletExpiring.email":
      "Dokumen {serviceName} Anda (kode verifikasi {code}) berlaku sampai {expiresAt}.\n\n" +
      "Bila masih memerlukannya, ajukan lagi di {link}. Data dari profil Anda sudah terisi di formulir.\n\n" +
      "Semua dokumen Anda ada di menu Dokumen saya.",
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
    "wallet.title": "My documents",
    "wallet.lead": "Documents issued to you through SatuPintu, and your uploads that an officer accepted.",
    "wallet.outputs": "Issued documents",
    "wallet.outputsEmpty": "No document has been issued to you yet.",
    "wallet.uploads": "Files accepted by officers",
    "wallet.uploadsEmpty": "No upload of yours has been accepted yet.",
    "wallet.col.document": "Document",
    "wallet.col.issuer": "Issuer",
    "wallet.col.issuedAt": "Issued",
    "wallet.col.validity": "Valid until",
    "wallet.col.state": "Status",
    "wallet.col.file": "File",
    "wallet.col.acceptedAt": "Accepted",
    "wallet.noExpiry": "No expiry",
    "wallet.state.valid": "Valid",
    "wallet.state.expiringSoon": "Expiring soon",
    "wallet.state.expired": "Expired",
    "wallet.state.revoked": "Revoked",
    "wallet.download": "Download",
    "wallet.verify": "Check authenticity",
    "wallet.renew": "Apply again",
    "wallet.application": "Application",
    "notification.walletExpiring": "Your {serviceName} expires on {expiresAt}",
    "notification.walletExpiring.email":
      "Your {serviceName} (verification code {code}) is valid until {expiresAt}.\n\n" +
      "If you still need it, apply again at {link}. The form is filled in from your profile.\n\n" +
      "All your documents are under My documents.",
  },
});
