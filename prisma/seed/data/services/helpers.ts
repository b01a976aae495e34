/**
 * Small builders shared by the service seed files. They only remove repetition
 * (applicant fields, document upload fields, complaint channels); every
 * service still writes its own requirements, procedure and standard wording.
 */
import type { FormDefinitionInput } from "../../../../lib/catalog/form-definition";
import type { LocalizedText } from "../../../../lib/platform/i18n/localized";
import { agencies } from "../agencies";

export type FieldInput = FormDefinitionInput["sections"][number]["fields"][number];
export type ScalarFieldInput = Exclude<FieldInput, { type: "group" }>;
export type FileFieldInput = Extract<FieldInput, { type: "file" }>;
type VisibleWhen = { field: string; equals: string | boolean };

/** A text in Bahasa Indonesia (first) and English. */
export const t = (id: string, en: string): LocalizedText => ({ id, en });

type DocOptions = {
  required?: boolean;
  help?: LocalizedText;
  maxSizeMb?: number;
  /** Only PDF (e.g. technical drawings, signed statements). */
  pdfOnly?: boolean;
  /** Only JPEG/PNG (e.g. a passport photo). */
  imageOnly?: boolean;
  visibleWhen?: VisibleWhen;
  /** The document type the requirement names: an issued output or accepted upload of that type in "Dokumen saya" can stand in for the upload. */
  documentType?: string;
};

/** A required document: a file upload field (PDF, JPEG or PNG unless narrowed). */
export function doc(key: string, id: string, en: string, options: DocOptions = {}): FileFieldInput {
  const accept: FileFieldInput["accept"] = options.pdfOnly
    ? ["application/pdf"]
    : options.imageOnly
      ? ["image/jpeg", "image/png"]
      : ["application/pdf", "image/jpeg", "image/png"];
  return {
    key,
    type: "file",
    label: t(id, en),
    required: options.required ?? true,
    accept,
    maxSizeMb: options.maxSizeMb ?? 2,
    ...(options.help ? { help: options.help } : {}),
    ...(options.visibleWhen ? { visibleWhen: options.visibleWhen } : {}),
    ...(options.documentType ? { documentType: options.documentType } : {}),
  };
}

export const sexOptions = [
  { value: "MALE", label: t("Laki-laki", "Male") },
  { value: "FEMALE", label: t("Perempuan", "Female") },
];

export const yesNoOptions = [
  { value: "ya", label: t("Ya", "Yes") },
  { value: "tidak", label: t("Tidak", "No") },
];

type ApplicantOptions = {
  kk?: boolean;
  birth?: boolean;
  sex?: boolean;
  email?: boolean;
  address?: boolean;
};

/**
 * The applicant's own identity, pre-filled from the citizen profile
 * ("type it once"). Name, NIK and phone are always asked.
 */
export function applicant(options: ApplicantOptions = {}): ScalarFieldInput[] {
  const fields: ScalarFieldInput[] = [
    {
      key: "applicantName",
      type: "text",
      label: t("Nama lengkap sesuai KTP-el", "Full name as on the e-ID card"),
      profileBinding: "name",
      maxLength: 120,
    },
    {
      key: "applicantNik",
      type: "nik",
      label: t("Nomor Induk Kependudukan (NIK)", "National Identity Number (NIK)"),
      help: t("16 digit angka sesuai KTP-el atau Kartu Keluarga.", "16 digits, as on your e-ID card or family card."),
      profileBinding: "nik",
    },
  ];
  if (options.kk) {
    fields.push({
      key: "applicantKkNumber",
      type: "text",
      label: t("Nomor Kartu Keluarga", "Family card number"),
      help: t("16 digit angka, tertulis di bagian atas Kartu Keluarga.", "16 digits, printed at the top of the family card."),
      profileBinding: "kkNumber",
      pattern: "^[0-9]{16}$",
    });
  }
  if (options.birth) {
    fields.push(
      {
        key: "applicantBirthPlace",
        type: "text",
        label: t("Tempat lahir", "Place of birth"),
        profileBinding: "birthPlace",
        maxLength: 60,
      },
      {
        key: "applicantBirthDate",
        type: "date",
        label: t("Tanggal lahir", "Date of birth"),
        profileBinding: "birthDate",
        notInFuture: true,
      },
    );
  }
  if (options.sex) {
    fields.push({
      key: "applicantSex",
      type: "radio",
      label: t("Jenis kelamin", "Sex"),
      profileBinding: "sex",
      options: sexOptions,
    });
  }
  fields.push({
    key: "applicantPhone",
    type: "phone",
    label: t("Nomor telepon/WhatsApp yang aktif", "Active phone/WhatsApp number"),
    // The portal sends no SMS or WhatsApp: status notices are in the portal and by email (issue 17, item 3).
    help: t(
      "Petugas dapat menghubungi nomor ini bila ada yang perlu ditanyakan. Pemberitahuan status ada di portal dan dikirim ke email Anda.",
      "An officer may call this number if there is a question. Status notices are in the portal and sent to your email.",
    ),
    profileBinding: "phone",
  });
  if (options.email) {
    fields.push({
      key: "applicantEmail",
      type: "email",
      label: t("Alamat email", "Email address"),
      profileBinding: "email",
    });
  }
  if (options.address) {
    fields.push({
      key: "applicantAddress",
      type: "address",
      label: t("Alamat tempat tinggal", "Residential address"),
      profileBinding: "addressLine",
    });
  }
  return fields;
}

function agencyContact(code: string) {
  const agency = agencies.find((a) => a.code === code);
  if (!agency) throw new Error(`unknown agency code ${code}`);
  return agency;
}

/** Complaint, suggestion and feedback channels (delivery component 6). */
export function complaintChannels(agencyCode: string, extra: LocalizedText[] = []): LocalizedText[] {
  const agency = agencyContact(agencyCode);
  return [
    t(
      "Portal SatuPintu, menu Pengaduan (/pengaduan): pengaduan dapat diajukan secara terbuka, rahasia, atau anonim dan dipantau dengan nomor pengaduan; diverifikasi paling lama 3 hari kerja dan ditindaklanjuti paling lama 5 hari kerja setelah diteruskan ke unit terkait.",
      "SatuPintu portal, Complaints menu (/pengaduan): complaints may be filed openly, confidentially or anonymously and followed with a complaint number; they are verified within 3 working days and acted on within 5 working days of being routed to the unit concerned.",
    ),
    t("SP4N-LAPOR! melalui www.lapor.go.id atau SMS ke 1708.", "SP4N-LAPOR! (national complaints system) at www.lapor.go.id or by SMS to 1708."),
    t(`Email: ${agency.email}`, `Email: ${agency.email}`),
    t(
      `Telepon ${agency.phone} pada hari kerja pukul ${agency.officeOpens}–${agency.officeCloses}.`,
      `Phone ${agency.phone} on working days, ${agency.officeOpens}–${agency.officeCloses}.`,
    ),
    ...extra,
  ];
}

/** The portal facilities every online service shares, plus service-specific ones. */
export function onlineFacilities(extra: LocalizedText[] = []): LocalizedText[] {
  return [
    t(
      "Portal SatuPintu yang dapat diakses 24 jam melalui komputer atau ponsel, dengan formulir daring, unggah dokumen, dan pelacakan status.",
      "The SatuPintu portal, available 24 hours from a computer or phone, with online forms, document upload and status tracking.",
    ),
    t(
      "Tanda tangan elektronik portal dan kode QR untuk verifikasi keaslian dokumen di /verifikasi.",
      "The portal's electronic signatures and QR codes for checking document authenticity at /verifikasi.",
    ),
    ...extra,
  ];
}

/** Security guarantee wording shared by all services; `extra` adds service specifics. */
export function securityGuarantee(extra?: LocalizedText): LocalizedText {
  const base = t(
    "NIK dan nomor KK pemohon disimpan terenkripsi; data dan dokumen pemohon hanya dapat dibuka oleh petugas yang menangani permohonan, dan setiap akses tercatat dalam log audit yang dapat dilihat pemohon. Dokumen hasil ditandatangani secara elektronik dan keasliannya dapat diperiksa melalui kode QR.",
    "Applicants' NIK and family card number are stored encrypted; their data and documents can be opened only by the officers handling the application, and every access is recorded in an audit log the applicant can see. Output documents are electronically signed and can be checked for authenticity through their QR code.",
  );
  return extra ? t(`${base.id} ${extra.id}`, `${base.en} ${extra.en}`) : base;
}

/** Internal supervision: the unit head, the agency head and the city inspectorate. */
export function internalSupervision(unitHead: LocalizedText, extra: LocalizedText[] = []): LocalizedText[] {
  return [
    t(
      `Pengawasan melekat oleh ${unitHead.id} atas setiap permohonan, termasuk pemantauan harian dasbor SLA.`,
      `Direct supervision by the ${unitHead.en} of every application, including a daily check of the SLA dashboard.`,
    ),
    t(
      "Eskalasi otomatis kepada supervisor apabila permohonan mendekati atau melampaui batas waktu layanan.",
      "Automatic escalation to supervisors when an application approaches or passes its time limit.",
    ),
    ...extra,
    t(
      "Pemeriksaan berkala oleh Inspektorat dan pengawasan eksternal oleh Ombudsman Republik Indonesia.",
      "Periodic audits by the Inspectorate and external oversight by the Ombudsman of the Republic of Indonesia.",
    ),
  ];
}

/** Performance evaluation: SKM (PermenPANRB 14/2017) and SLA review, with a service-specific note. */
export function performanceEvaluation(extra: LocalizedText): LocalizedText {
  return t(
    `Survei Kepuasan Masyarakat (SKM) diisi pemohon setelah layanan selesai dan hasil Indeks Kepuasan Masyarakat diumumkan di /transparansi. Kepatuhan terhadap batas waktu dievaluasi setiap triwulan. ${extra.id}`,
    `A Community Satisfaction Survey (SKM) is offered to the applicant after completion and the resulting satisfaction index is published at /transparansi. Compliance with the time limit is reviewed every quarter. ${extra.en}`,
  );
}
