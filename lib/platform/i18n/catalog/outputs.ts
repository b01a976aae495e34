import { defineMessages } from "../define";

/**
 * Output documents (DESIGN.md §7): the issued PDF, public verification, the
 * citizen's download and the staff actions that issue and revoke.
 *
 * `output.pdf.*` texts are drawn into the PDF in both languages at once
 * (Indonesian, with the English as a subtitle), whatever the officer's language.
 */
export const outputs = defineMessages({
  prefixes: ["output.", "verify.", "notification.output"],
  id: {
    "output.pdf.portal": "SatuPintu · Portal Pelayanan Publik Terpadu",
    "output.pdf.documentKind": "DOKUMEN HASIL LAYANAN",
    "output.pdf.holderName": "Nama pemegang",
    "output.pdf.nik": "NIK",
    "output.pdf.nikUnavailable": "Tidak tercatat",
    "output.pdf.service": "Layanan",
    "output.pdf.agency": "Instansi penerbit",
    "output.pdf.trackingNumber": "Nomor permohonan",
    "output.pdf.issuedAt": "Diterbitkan",
    "output.pdf.validUntil": "Berlaku sampai",
    "output.pdf.verificationCode": "Kode verifikasi",
    "output.pdf.documentId": "ID dokumen: {id}",
    "output.pdf.qrCaption": "Pindai untuk memeriksa keaslian",
    "output.pdf.howToVerify":
      "Cara memeriksa keaslian: pindai kode QR, atau buka {url} dan masukkan kode verifikasi. Berkas PDF ini juga dapat diunggah di halaman tersebut.",
    "output.pdf.signedNote":
      "Dokumen ini diterbitkan dan ditandatangani secara elektronik melalui SatuPintu, sehingga tidak memerlukan tanda tangan atau cap basah.",

    "output.title": "Dokumen hasil",
    "output.download": "Unduh dokumen hasil",
    "output.issuedOn": "Diterbitkan {date}",
    "output.openVerification": "Buka halaman verifikasi",
    "output.revokedNotice": "Dokumen ini dicabut pada {date} dan tidak berlaku lagi. Alasan: {reason}",
    "output.issue": "Terbitkan dokumen hasil",
    "output.issueHint": "Permohonan akan dinyatakan selesai. Pemohon menerima dokumen PDF bertanda tangan elektronik dengan kode QR dan kode verifikasi.",
    "output.revoke": "Cabut dokumen hasil",
    "output.revokeReason": "Alasan pencabutan",
    "output.revokeReasonHint": "Minimal 10 karakter. Alasan ini ditampilkan kepada siapa pun yang memeriksa dokumen, jadi jangan tuliskan data pribadi.",
    "output.revokeReasonTooShort": "Tuliskan alasan pencabutan, minimal 10 karakter.",
    "output.revokeReasonTooLong": "Alasan pencabutan paling banyak 500 karakter.",
    "output.notIssued": "Dokumen hasil untuk permohonan ini belum diterbitkan.",

    "verify.title": "Verifikasi dokumen",
    "verify.lead":
      "Periksa apakah dokumen hasil layanan benar diterbitkan melalui SatuPintu dan masih berlaku. Masukkan kode verifikasi yang tercetak pada dokumen, atau unggah berkas PDF-nya.",
    "verify.codeTitle": "Dengan kode verifikasi",
    "verify.code": "Kode verifikasi",
    "verify.codeHint": "12 huruf dan angka, misalnya 7K3M-Q9RT-2HXW. Tanda hubung serta huruf besar atau kecil tidak berpengaruh.",
    "verify.codeSubmit": "Periksa kode",
    "verify.codeRequired": "Masukkan kode verifikasi.",
    "verify.codeInvalid": "Kode verifikasi terdiri dari 12 huruf dan angka, misalnya 7K3M-Q9RT-2HXW.",
    "verify.fileTitle": "Dengan berkas PDF",
    "verify.file": "Berkas PDF dokumen",
    "verify.fileHint": "Unggah berkas persis seperti yang Anda terima. Berkas hanya diperiksa dan tidak disimpan.",
    "verify.fileSubmit": "Periksa berkas",
    "verify.fileRequired": "Pilih berkas PDF dokumen.",
    "verify.resultTitle": "Hasil pemeriksaan",
    "verify.state.valid": "Dokumen sah",
    "verify.state.revoked": "Dokumen dicabut",
    "verify.state.expired": "Dokumen kedaluwarsa",
    "verify.state.unknown": "Dokumen tidak dikenal",
    "verify.explain.valid":
      "Dokumen ini diterbitkan melalui SatuPintu, tanda tangan elektroniknya cocok, dan tidak dicabut. Pastikan rincian di bawah sama dengan yang tertulis pada dokumen.",
    "verify.explain.validFile":
      "Berkas ini sama persis dengan dokumen yang diterbitkan melalui SatuPintu, tanda tangan elektroniknya cocok, dan dokumen tidak dicabut.",
    "verify.explain.revoked": "Dokumen ini pernah diterbitkan melalui SatuPintu, tetapi telah dicabut dan tidak berlaku lagi.",
    "verify.explain.expired":
      "Dokumen ini asli dan diterbitkan melalui SatuPintu, tetapi masa berlakunya sudah habis, jadi tidak dapat diterima lagi. Pemegangnya dapat mengajukan yang baru.",
    "verify.explain.unknown":
      "Tidak ada dokumen sah dengan kode ini. Periksa kembali kode yang Anda ketik. Bila kode sudah benar, dokumen tersebut tidak diterbitkan melalui SatuPintu atau datanya telah diubah.",
    "verify.explain.unknownFile":
      "Berkas ini tidak cocok dengan dokumen mana pun yang diterbitkan melalui SatuPintu. Berkas yang diubah sedikit saja, dicetak ulang, atau dipindai tidak akan cocok; periksalah dengan kode verifikasi yang tercetak pada dokumen.",
    "verify.detail.service": "Layanan",
    "verify.detail.agency": "Instansi penerbit",
    "verify.detail.holder": "Pemegang (disamarkan)",
    "verify.detail.issuedAt": "Diterbitkan",
    "verify.detail.trackingNumber": "Nomor permohonan",
    "verify.detail.code": "Kode verifikasi",
    "verify.detail.pdfSha256": "Sidik berkas PDF (SHA-256)",
    "verify.detail.revokedAt": "Dicabut",
    "verify.detail.expiresAt": "Berlaku sampai",
    "verify.detail.revokedReason": "Alasan pencabutan",
    "verify.signedNote": "Rincian ini berasal dari catatan yang ditandatangani secara elektronik (Ed25519) oleh SatuPintu.",
    "verify.publicKey": "Kunci publik untuk pemeriksaan mandiri",
    "verify.technical": "Data teknis untuk pemeriksaan mandiri",
    "verify.technicalHint": "Tanda tangan Ed25519 dibuat atas catatan di bawah ini persis seperti tertulis (UTF-8). Periksa dengan kunci publik SatuPintu.",
    "verify.technical.record": "Catatan yang ditandatangani (JSON kanonis)",
    "verify.technical.signature": "Tanda tangan (base64url)",
    "verify.technical.keyId": "ID kunci",
    "verify.checkAnother": "Periksa dokumen lain",

    "notification.outputIssued": "Dokumen hasil permohonan {trackingNumber} sudah terbit",
    "notification.outputIssued.email":
      "Permohonan {serviceName} nomor {trackingNumber} telah selesai dan dokumen hasilnya sudah terbit.\n\n" +
      "Unduh dokumen di {link}\n\n" +
      "Siapa pun dapat memeriksa keaslian dokumen dengan kode QR atau kode verifikasi yang tercetak di dalamnya.\n\n" +
      "Email ini dikirim otomatis oleh SatuPintu; mohon tidak membalas.",
    "notification.outputRevoked": "Dokumen hasil permohonan {trackingNumber} dicabut",
    "notification.outputRevoked.email":
      "Dokumen hasil permohonan {serviceName} nomor {trackingNumber} telah dicabut dan tidak berlaku lagi.\n\n" +
      "Alasan: {reason}\n\n" +
      "Lihat rinciannya di {link}\n\n" +
      "Email ini dikirim otomatis oleh SatuPintu; mohon tidak membalas.",
  },
  en: {
    "output.pdf.portal": "SatuPintu · One-stop public services portal",
    "output.pdf.documentKind": "Service output document",
    "output.pdf.holderName": "Holder name",
    "output.pdf.nik": "National identity number",
    "output.pdf.nikUnavailable": "Not on record",
    "output.pdf.service": "Service",
    "output.pdf.agency": "Issuing agency",
    "output.pdf.trackingNumber": "Application number",
    "output.pdf.issuedAt": "Issued",
    "output.pdf.validUntil": "Valid until",
    "output.pdf.verificationCode": "Verification code",
    "output.pdf.documentId": "Document ID: {id}",
    "output.pdf.qrCaption": "Scan to check authenticity",
    "output.pdf.howToVerify": "How to check it: scan the QR code, or open {url} and enter the verification code. This PDF file can also be uploaded there.",
    "output.pdf.signedNote": "This document was issued and signed electronically through SatuPintu, so it needs no handwritten signature or stamp.",

    "output.title": "Output document",
    "output.download": "Download the output document",
    "output.issuedOn": "Issued {date}",
    "output.openVerification": "Open the verification page",
    "output.revokedNotice": "This document was revoked on {date} and is no longer valid. Reason: {reason}",
    "output.issue": "Issue the output document",
    "output.issueHint":
      "The application will be marked as completed. The applicant receives an electronically signed PDF with a QR code and a verification code.",
    "output.revoke": "Revoke the output document",
    "output.revokeReason": "Reason for revoking",
    "output.revokeReasonHint": "At least 10 characters. Anyone who checks the document sees this reason, so do not include personal data.",
    "output.revokeReasonTooShort": "Give a reason for revoking, at least 10 characters.",
    "output.revokeReasonTooLong": "The reason for revoking can be at most 500 characters.",
    "output.notIssued": "No output document has been issued for this application yet.",

    "verify.title": "Verify a document",
    "verify.lead":
      "Check that a service output document was really issued through SatuPintu and is still valid. Enter the verification code printed on the document, or upload its PDF file.",
    "verify.codeTitle": "By verification code",
    "verify.code": "Verification code",
    "verify.codeHint": "12 letters and digits, for example 7K3M-Q9RT-2HXW. Hyphens and upper or lower case do not matter.",
    "verify.codeSubmit": "Check code",
    "verify.codeRequired": "Enter the verification code.",
    "verify.codeInvalid": "A verification code has 12 letters and digits, for example 7K3M-Q9RT-2HXW.",
    "verify.fileTitle": "By PDF file",
    "verify.file": "The document's PDF file",
    "verify.fileHint": "Upload the file exactly as you received it. It is only checked, never kept.",
    "verify.fileSubmit": "Check file",
    "verify.fileRequired": "Choose the document's PDF file.",
    "verify.resultTitle": "Result",
    "verify.state.valid": "Valid document",
    "verify.state.revoked": "Revoked document",
    "verify.state.expired": "Expired document",
    "verify.state.unknown": "Unknown document",
    "verify.explain.valid":
      "This document was issued through SatuPintu, its electronic signature matches, and it has not been revoked. Make sure the details below match what the document says.",
    "verify.explain.validFile": "This file is exactly the document issued through SatuPintu, its electronic signature matches, and it has not been revoked.",
    "verify.explain.revoked": "This document was issued through SatuPintu, but it has been revoked and is no longer valid.",
    "verify.explain.expired":
      "This document is genuine and was issued through SatuPintu, but its validity period has ended, so it can no longer be accepted. Its holder can apply for a new one.",
    "verify.explain.unknown":
      "There is no valid document with this code. Check the code you typed. If it is right, the document was not issued through SatuPintu or its record has been altered.",
    "verify.explain.unknownFile":
      "This file matches no document issued through SatuPintu. A file changed in any way, re-printed or scanned will not match; check with the verification code printed on the document instead.",
    "verify.detail.service": "Service",
    "verify.detail.agency": "Issuing agency",
    "verify.detail.holder": "Holder (masked)",
    "verify.detail.issuedAt": "Issued",
    "verify.detail.trackingNumber": "Application number",
    "verify.detail.code": "Verification code",
    "verify.detail.pdfSha256": "PDF fingerprint (SHA-256)",
    "verify.detail.revokedAt": "Revoked",
    "verify.detail.expiresAt": "Valid until",
    "verify.detail.revokedReason": "Reason for revoking",
    "verify.signedNote": "These details come from a record SatuPintu signed electronically (Ed25519).",
    "verify.publicKey": "Public key for independent checks",
    "verify.technical": "Technical data for independent checks",
    "verify.technicalHint": "The Ed25519 signature is over the record below exactly as written (UTF-8). Check it with SatuPintu's public key.",
    "verify.technical.record": "Signed record (canonical JSON)",
    "verify.technical.signature": "Signature (base64url)",
    "verify.technical.keyId": "Key ID",
    "verify.checkAnother": "Check another document",

    "notification.outputIssued": "The output document for application {trackingNumber} is ready",
    "notification.outputIssued.email":
      "Your {serviceName} application {trackingNumber} is complete and its output document has been issued.\n\n" +
      "Download the document at {link}\n\n" +
      "Anyone can check that the document is genuine with the QR code or the verification code printed on it.\n\n" +
      "This email was sent automatically by SatuPintu; please do not reply.",
    "notification.outputRevoked": "The output document for application {trackingNumber} was revoked",
    "notification.outputRevoked.email":
      "The output document of your {serviceName} application {trackingNumber} has been revoked and is no longer valid.\n\n" +
      "Reason: {reason}\n\n" +
      "See the details at {link}\n\n" +
      "This email was sent automatically by SatuPintu; please do not reply.",
  },
});
