import { defineMessages } from "../define";

/**
 * Reusing the wallet ("Dokumen saya") in another application (DESIGN.md §16,
 * issue 22 items 6 and 7): a requirement met from the wallet, facts shared
 * with the citizen's consent, and the officer's view of both.
 */
export const walletReuse = defineMessages({
  prefixes: ["wallet.reuse."],
  id: {
    "wallet.reuse.itemNotFound": "Dokumen itu tidak ada di Dokumen saya Anda. Pilih dokumen dari daftar atau unggah berkas.",
    "wallet.reuse.itemRevoked": "Dokumen itu sudah dicabut dan tidak dapat dipakai lagi. Unggah berkas, atau ajukan dokumen baru.",
    "wallet.reuse.itemExpired": "Masa berlaku dokumen itu sudah habis. Unggah berkas, atau ajukan dokumen baru.",
    "wallet.reuse.consentRequired": "Centang persetujuan bila portal boleh membaca data dari dokumen Anda. Tanpa persetujuan, tidak ada data yang dibaca.",
    "wallet.reuse.useFromWallet": "Gunakan dari Dokumen saya",
    "wallet.reuse.uploadNew": "Unggah berkas",
    "wallet.reuse.option": "{service} dari {agency}, terbit {date}",
    "wallet.reuse.chosenNote": "Dokumen ini dipakai langsung dari Dokumen saya; tidak perlu diunggah. Petugas melihat penerbit dan keabsahannya.",
    "wallet.reuse.factsTitle": "Isi dari Dokumen saya",
    "wallet.reuse.factsLead":
      "Layanan ini memerlukan data yang sudah tercantum pada dokumen terbit Anda. Dengan persetujuan Anda, portal mengisi kolom itu dari dokumen tersebut dan mencatat pemakaiannya di halaman Siapa yang melihat data saya.",
    "wallet.reuse.factsSource": "Dokumen sumber",
    "wallet.reuse.consent": "Saya setuju portal membaca data dari dokumen ini untuk permohonan ini",
    "wallet.reuse.factsSubmit": "Isi dari Dokumen saya",
    "wallet.reuse.filledFrom": "dari {service}, {agency}, {date}",
    "wallet.reuse.caseTitle": "Dari Dokumen saya pemohon",
    "wallet.reuse.caseLead": "Dokumen dan data berikut diambil langsung dari dokumen yang diterbitkan atau diterima portal, bukan salinan unggahan.",
    "wallet.reuse.caseValid": "Diterbitkan oleh {agency} pada {date}, tanda tangan sah. Tidak perlu diperiksa ulang.",
    "wallet.reuse.caseRevoked": "Diterbitkan oleh {agency} pada {date}, tetapi sudah DICABUT: jangan diterima.",
    "wallet.reuse.caseExpired": "Diterbitkan oleh {agency} pada {date}, tetapi masa berlakunya sudah HABIS: jangan diterima.",
    "wallet.reuse.caseUnknown": "Catatan dokumen ini tidak lolos verifikasi tanda tangan: jangan diterima sebelum diperiksa.",
    "wallet.reuse.caseAccepted": "Berkas unggahan yang diterima petugas {agency} pada {date}.",
    "wallet.reuse.caseFacts": "Data yang diisi dari Dokumen saya (dengan persetujuan pemohon)",
    "wallet.reuse.summaryValue": "Dari Dokumen saya: {service}",
    "wallet.reuse.summaryChosen": "Dipakai dari Dokumen saya, tanpa unggahan",
  },
  en: {
    "wallet.reuse.itemNotFound": "That document is not in your My documents. Choose one from the list or upload a file.",
    "wallet.reuse.itemRevoked": "That document has been revoked and can no longer be used. Upload a file, or apply for a new document.",
    "wallet.reuse.itemExpired": "That document has expired. Upload a file, or apply for a new document.",
    "wallet.reuse.consentRequired": "Tick the consent box if the portal may read the data in your document. Without consent, nothing is read.",
    "wallet.reuse.useFromWallet": "Use the one from My documents",
    "wallet.reuse.uploadNew": "Upload a file",
    "wallet.reuse.option": "{service} from {agency}, issued {date}",
    "wallet.reuse.chosenNote": "This document is used straight from My documents; no upload needed. The officer sees its issuer and validity.",
    "wallet.reuse.factsTitle": "Fill in from My documents",
    "wallet.reuse.factsLead":
      "This service needs details already on a document issued to you. With your consent, the portal fills those fields from that document and records the use on your Who viewed my data page.",
    "wallet.reuse.factsSource": "Source document",
    "wallet.reuse.consent": "I agree that the portal reads the data in this document for this application",
    "wallet.reuse.factsSubmit": "Fill in from My documents",
    "wallet.reuse.filledFrom": "from {service}, {agency}, {date}",
    "wallet.reuse.caseTitle": "From the applicant's My documents",
    "wallet.reuse.caseLead": "These documents and details come straight from documents the portal issued or accepted, not from uploaded copies.",
    "wallet.reuse.caseValid": "Issued by {agency} on {date}, signature valid. No need to check it again.",
    "wallet.reuse.caseRevoked": "Issued by {agency} on {date}, but REVOKED: do not accept it.",
    "wallet.reuse.caseExpired": "Issued by {agency} on {date}, but it has EXPIRED: do not accept it.",
    "wallet.reuse.caseUnknown": "This document's record failed its signature check: do not accept it before checking.",
    "wallet.reuse.caseAccepted": "An upload accepted by an officer of {agency} on {date}.",
    "wallet.reuse.caseFacts": "Details filled in from My documents (with the applicant's consent)",
    "wallet.reuse.summaryValue": "From My documents: {service}",
    "wallet.reuse.summaryChosen": "Used from My documents, no upload",
  },
});
