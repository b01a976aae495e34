import { Link } from "@/components/ui/link";
import type { Locale, Translator } from "@/lib/platform/i18n/messages";
import type { PortalSettings } from "@/lib/platform/portal-settings";
import { container, linkStyle } from "@/components/ui/styles";

const NOTICES = [
  ["/privasi", "legal.privacy.title"],
  ["/ketentuan", "legal.terms.title"],
  ["/kontak", "legal.contact.title"],
  ["/aksesibilitas", "legal.accessibility.title"],
  ["/pengembang", "developer.title"],
] as const;

export function SiteFooter({ t, locale, settings }: { t: Translator; locale: Locale; settings: PortalSettings }) {
  const government = settings.governmentName[locale];
  const { email, phone, address } = settings.contact;
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
        {government || email || phone || address ? (
          <address className="mb-4 not-italic">
            {government ? <p className="font-semibold text-slate-900">{government}</p> : null}
            {address ? <p className="whitespace-pre-line">{address}</p> : null}
            {phone ? (
              <p>
                {t("settings.footer.phone")}:{" "}
                <a href={`tel:${phone.replace(/[^\d+]/g, "")}`} className={linkStyle}>
                  {phone}
                </a>
              </p>
            ) : null}
            {email ? (
              <p>
                {t("settings.footer.email")}:{" "}
                <a href={`mailto:${email}`} className={linkStyle}>
                  {email}
                </a>
              </p>
            ) : null}
          </address>
        ) : null}
        <p>{t("footer.about")}</p>
        <p>{t("footer.standardNote")}</p>
      </div>
    </footer>
  );
}
