/** Legal basis and fee wording shared by every Disdukcapil service. */
import { t } from "./helpers";

export const ADMINDUK_CORE_LAW = [
  t(
    "Undang-Undang Nomor 23 Tahun 2006 tentang Administrasi Kependudukan sebagaimana telah diubah dengan Undang-Undang Nomor 24 Tahun 2013",
    "Law No. 23 of 2006 on Population Administration, as amended by Law No. 24 of 2013",
  ),
  t("Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik", "Law No. 25 of 2009 on Public Services"),
  t(
    "Peraturan Presiden Nomor 96 Tahun 2018 tentang Persyaratan dan Tata Cara Pendaftaran Penduduk dan Pencatatan Sipil",
    "Presidential Regulation No. 96 of 2018 on Requirements and Procedures for Population Registration and Civil Registration",
  ),
];

export const PERMENDAGRI_108_2019 = t(
  "Peraturan Menteri Dalam Negeri Nomor 108 Tahun 2019 tentang Peraturan Pelaksanaan Peraturan Presiden Nomor 96 Tahun 2018",
  "Minister of Home Affairs Regulation No. 108 of 2019 implementing Presidential Regulation No. 96 of 2018",
);

export const FREE_ADMINDUK = t(
  "Tidak dipungut biaya (Rp0). Pengurusan dan penerbitan dokumen kependudukan tidak dipungut biaya sesuai Undang-Undang Nomor 24 Tahun 2013.",
  "Free of charge (Rp0). Population documents are issued free of charge under Law No. 24 of 2013.",
);
