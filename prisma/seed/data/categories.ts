import type { SeedCategory } from "../types";

/** Catalog categories, in the order the portal lists them. */
export const categories: SeedCategory[] = [
  { slug: "kependudukan", nameId: "Kependudukan dan Pencatatan Sipil", nameEn: "Civil Registration and Population Records", sortOrder: 1 },
  { slug: "perizinan-usaha", nameId: "Perizinan Usaha", nameEn: "Business Licensing", sortOrder: 2 },
  { slug: "bangunan-tata-ruang", nameId: "Bangunan dan Tata Ruang", nameEn: "Buildings and Spatial Planning", sortOrder: 3 },
  { slug: "keamanan-ketertiban", nameId: "Keamanan dan Ketertiban", nameEn: "Security and Public Order", sortOrder: 4 },
  { slug: "kesehatan", nameId: "Kesehatan", nameEn: "Health", sortOrder: 5 },
  { slug: "sosial", nameId: "Sosial", nameEn: "Social Welfare", sortOrder: 6 },
  { slug: "pajak-retribusi-daerah", nameId: "Pajak dan Retribusi Daerah", nameEn: "Local Taxes and Levies", sortOrder: 7 },
];
