import { Link } from "@/components/ui/link";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import type { Locale, Translator } from "@/lib/platform/i18n/messages";
import { logoUrl, type PortalSettings } from "@/lib/platform/portal-settings";
import { container } from "@/components/ui/styles";
import { signOutAction } from "@/lib/identity/actions";
import { LanguageSwitch } from "./language-switch";

type Props = { actor: Actor; locale: Locale; t: Translator; unreadNotifications: number; settings: PortalSettings };

export function SiteHeader({ actor, locale, t, unreadNotifications, settings }: Props) {
  const government = settings.governmentName[locale];
  const isCitizen = actor.kind === "user" && can(actor, "application.create");
  const otherLocale = locale === "id" ? "en" : "id";
  return (
    <header className="bg-brand-800 text-white">
      <div className={`${container} flex flex-wrap items-center justify-between gap-4 py-3`}>
        <Link href="/" className="flex items-center gap-3 text-white no-underline">
          {settings.logo ? (
            // eslint-disable-next-line @next/next/no-img-element -- the uploaded logo, of any size, from our own route
            <img src={logoUrl(settings.logo)} alt="" className="h-10 w-auto" data-testid="government-logo" />
          ) : null}
          <span>
            <span className="text-xl font-bold tracking-tight" data-testid="portal-name">
              {t("app.name")}
            </span>
            <span className="ml-2 hidden text-sm font-normal sm:inline">{t("app.tagline")}</span>
            {government ? <span className="block text-sm font-normal">{government}</span> : null}
          </span>
        </Link>
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
          <LanguageSwitch target={otherLocale} label={otherLocale === "en" ? t("nav.switchToEnglish") : t("nav.switchToIndonesian")} />
          {actor.kind === "user" ? (
            <>
              <Link href="/notifikasi" className="text-white underline">
                {t("notifications.title")}
                {unreadNotifications > 0 ? (
                  <span className="ml-1 inline-block whitespace-nowrap rounded-full bg-white px-2 text-xs font-bold text-brand-800" data-testid="unread-count">
                    <span aria-hidden>{unreadNotifications}</span>
                    <span className="sr-only"> {t("notifications.unread", { count: unreadNotifications })}</span>
                  </span>
                ) : null}
              </Link>
              <Link href={can(actor, "backOffice.enter") ? "/petugas" : "/akun"} className="text-white underline">
                {can(actor, "backOffice.enter") ? t("nav.backOffice") : t("nav.account")}
              </Link>
              <form action={signOutAction}>
                <button type="submit" className="rounded border border-white px-3 py-1 text-white hover:bg-brand-700">
                  {t("nav.signOut")}
                </button>
              </form>
            </>
          ) : (
            <>
              <Link href="/masuk" className="text-white underline">
                {t("nav.signIn")}
              </Link>
              <Link href="/daftar" className="rounded bg-white px-3 py-1 font-semibold text-brand-800">
                {t("nav.register")}
              </Link>
            </>
          )}
        </div>
      </div>
      <nav aria-label={t("nav.primary")} className="bg-brand-700">
        <ul className={`${container} flex flex-wrap gap-x-6 gap-y-1 py-2 text-sm`}>
          <li>
            <Link href="/" className="text-white hover:underline">
              {t("nav.home")}
            </Link>
          </li>
          <li>
            <Link href="/layanan" className="text-white hover:underline">
              {t("nav.catalog")}
            </Link>
          </li>
          {isCitizen ? (
            <li>
              <Link href="/permohonan" className="text-white hover:underline">
                {t("application.myApplications")}
              </Link>
            </li>
          ) : null}
          {isCitizen ? (
            <li>
              <Link href="/dokumen-saya" className="text-white hover:underline">
                {t("wallet.title")}
              </Link>
            </li>
          ) : null}
          <li>
            <Link href="/lacak" className="text-white hover:underline">
              {t("nav.track")}
            </Link>
          </li>
          <li>
            <Link href="/pengaduan" className="text-white hover:underline">
              {t("nav.complaints")}
            </Link>
          </li>
          <li>
            <Link href="/transparansi" className="text-white hover:underline">
              {t("nav.transparency")}
            </Link>
          </li>
        </ul>
      </nav>
    </header>
  );
}
