/** The admin's settings page (back office). */
export const SETTINGS_ADMIN_PATH = "/petugas/admin/pengaturan";
