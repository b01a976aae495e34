import Link from "next/link";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import type { Locale, Translator } from "@/lib/platform/i18n/messages";
import { container } from "@/components/ui/styles";
import { signOutAction } from "@/lib/identity/actions";
import { LanguageSwitch } from "./language-switch";

type Props = { actor: Actor; locale: Locale; t: Translator };

export function SiteHeader({ actor, locale, t }: Props) {
  const otherLocale = locale === "id" ? "en" : "id";
  return (
    <header className="bg-brand-800 text-white">
      <div className={`${container} flex flex-wrap items-center justify-between gap-4 py-3`}>
        <Link href="/" className="text-xl font-bold tracking-tight text-white no-underline">
          {t("app.name")}
          <span className="ml-2 hidden text-sm font-normal text-brand-100 sm:inline">{t("app.tagline")}</span>
        </Link>
        <div className="flex items-center gap-4 text-sm">
          <LanguageSwitch
            target={otherLocale}
            label={otherLocale === "en" ? t("nav.switchToEnglish") : t("nav.switchToIndonesian")}
          />
          {actor.kind === "user" ? (
            <>
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
        </ul>
      </nav>
    </header>
  );
}
