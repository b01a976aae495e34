import Link from "next/link";
import type { Translator } from "@/lib/platform/i18n/messages";
import { container, linkStyle } from "@/components/ui/styles";

const NOTICES = [
  ["/privasi", "legal.privacy.title"],
  ["/ketentuan", "legal.terms.title"],
  ["/kontak", "legal.contact.title"],
  ["/aksesibilitas", "legal.accessibility.title"],
] as const;

export function SiteFooter({ t }: { t: Translator }) {
  return (
    <footer className="mt-16 border-t border-slate-300 bg-slate-100 py-8 text-sm text-slate-700">
      <div className={`${container} space-y-2`}>
        <nav aria-label={t("legal.footerNav")}>
          <ul className="mb-4 flex flex-wrap gap-x-6 gap-y-2">
            {NOTICES.map(([href, label]) => (
              <li key={href}>
                <Link href={href} className={linkStyle}>
                  {t(label)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <p>{t("footer.about")}</p>
        <p>{t("footer.standardNote")}</p>
      </div>
    </footer>
  );
}
