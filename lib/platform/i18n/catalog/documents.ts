import { defineMessages } from "../define";

/**
 * Documents: uploads, their checks and errors.
 *
 * The rejection texts (lib/documents/upload-rules.ts) take no params, because
 * they travel as field errors (message keys only); the limits themselves are
 * shown next to the field by `upload.allowedTypes`.
 */
export const documents = defineMessages({
  prefixes: ["upload."],
  id: {
    "upload.empty": "Berkas kosong. Pilih berkas lain.",
    "upload.tooLarge": "Berkas terlalu besar untuk dokumen ini. Perkecil ukurannya, misalnya dengan memindai ulang pada resolusi lebih rendah.",
    "upload.typeNotAllowed": "Jenis berkas tidak didukung. Unggah PDF, JPG, atau PNG.",
    "upload.typeNotAccepted": "Jenis berkas ini tidak diterima untuk dokumen ini. Lihat jenis berkas yang diterima di bawah kolom.",
    "upload.applicationTooLarge": "Total ukuran berkas permohonan ini melebihi batas. Hapus atau perkecil berkas lain terlebih dahulu.",
    "upload.pdfIncomplete": "Berkas PDF tidak lengkap atau rusak. Simpan ulang PDF lalu unggah kembali.",
    "upload.imageUnreadable": "Gambar tidak dapat dibaca atau rusak. Simpan ulang gambar sebagai JPG atau PNG lalu unggah kembali.",
    "upload.required": "Dokumen ini wajib diunggah.",
    "upload.chooseFile": "Pilih berkas",
    "upload.noFile": "Belum ada berkas dipilih.",
    "upload.allowedTypes": "{types}, maksimal {size}",
    "upload.progress": "Mengunggah… {percent}%",
    "upload.done": "Berkas berhasil diunggah.",
    "upload.failed": "Berkas gagal diunggah. Periksa koneksi Anda lalu coba lagi.",
    "upload.uploadedFile": "Berkas terunggah: {name} ({size})",
    "upload.remove": "Hapus berkas",
    "upload.replace": "Ganti berkas",
  },
  en: {
    "upload.empty": "The file is empty. Choose another file.",
    "upload.tooLarge": "The file is too large for this document. Make it smaller, for example by scanning it again at a lower resolution.",
    "upload.typeNotAllowed": "This file type is not supported. Upload a PDF, JPG or PNG.",
    "upload.typeNotAccepted": "This file type is not accepted for this document. See the accepted types below the field.",
    "upload.applicationTooLarge": "The files of this application together exceed the size limit. Remove or shrink another file first.",
    "upload.pdfIncomplete": "The PDF is incomplete or damaged. Save the PDF again and re-upload it.",
    "upload.imageUnreadable": "The image cannot be read or is damaged. Save it again as a JPG or PNG and re-upload it.",
    "upload.required": "This document is required.",
    "upload.chooseFile": "Choose file",
    "upload.noFile": "No file chosen yet.",
    "upload.allowedTypes": "{types}, up to {size}",
    "upload.progress": "Uploading… {percent}%",
    "upload.done": "File uploaded.",
    "upload.failed": "The file could not be uploaded. Check your connection and try again.",
    "upload.uploadedFile": "Uploaded file: {name} ({size})",
    "upload.remove": "Remove file",
    "upload.replace": "Replace file",
  },
});
