import type { CatalogNotice } from "@/lib/catalog/admin-paths";
import type { Translator } from "@/lib/platform/i18n/messages";

/** Confirms the write the admin just made, after the redirect that followed it. */
export function CatalogNoticeBanner({ notice, t }: { notice: CatalogNotice | null; t: Translator }) {
  if (!notice) return null;
  return (
    <div
      role="status"
      className={`mb-6 border-l-4 bg-white p-4 font-semibold text-slate-900 ${notice === "kedaluwarsa" ? "border-accent-500" : "border-brand-600"}`}
    >
      {t(`catalogAdmin.notice.${notice}`)}
    </div>
  );
}
