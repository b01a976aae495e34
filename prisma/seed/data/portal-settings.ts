/**
 * The example government's settings (issue 24): one regency among many. Another
 * government sets its own in the back office (Admin > Portal settings) or
 * edits this file before its first seed; see docs/adopting.md.
 */
export const examplePortalSettings = {
  portalName: "SatuPintu",
  governmentNameId: "Pemerintah Kota Harapan Jaya",
  governmentNameEn: "Harapan Jaya City Government",
  colorHeader: "#063a6e",
  colorAction: "#0b5cad",
  contactEmail: "layanan@harapanjaya.go.id",
  contactPhone: "(021) 555-0100",
  contactAddress: "Jl. Merdeka No. 1, Kota Harapan Jaya, Jawa Barat 16111",
  timezone: "Asia/Jakarta",
};
