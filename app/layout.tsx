import type { Metadata } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { container } from "@/components/ui/styles";
import { ANONYMOUS, type Actor } from "@/lib/auth/actor";
import { currentActor } from "@/lib/auth/current-actor";
import { unreadCount } from "@/lib/notifications/queries";
import { isServiceUnavailable } from "@/lib/platform/errors";
import { getTranslator } from "@/lib/platform/i18n/server";
import { DEFAULT_PORTAL_SETTINGS, loadPortalSettings, type PortalSettings } from "@/lib/platform/portal-settings";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const [{ locale, t }, settings] = await Promise.all([getTranslator(), loadPortalSettings()]);
  const government = settings.governmentName[locale];
  return {
    title: { default: `${t("app.name")}: ${t("app.tagline")}`, template: `%s · ${t("app.name")}` },
    applicationName: t("app.name"),
    ...(government ? { publisher: government } : {}),
    openGraph: { siteName: t("app.name") },
  };
}

/**
 * The admin's brand colours (checked for contrast when saved) as the theme's
 * variables: the header, and the buttons, links and navigation band. Only
 * what differs from the built-in theme is written.
 */
function brandColours(settings: PortalSettings): string | null {
  const rules = [
    ...(settings.colorHeader !== DEFAULT_PORTAL_SETTINGS.colorHeader ? [`--color-brand-800:${settings.colorHeader}`] : []),
    ...(settings.colorAction !== DEFAULT_PORTAL_SETTINGS.colorAction
      ? [`--color-brand-700:${settings.colorAction}`, `--color-brand-600:${settings.colorAction}`]
      : []),
  ];
  return rules.length ? `:root{${rules.join(";")}}` : null;
}

/** The signed-in user for the header, or null when the database cannot be reached. */
async function headerUser(): Promise<{ actor: Actor; unread: number } | null> {
  try {
    const actor = await currentActor();
    return { actor, unread: actor.kind === "user" ? await unreadCount(actor.id) : 0 };
  } catch (error) {
    if (isServiceUnavailable(error)) return null;
    throw error;
  }
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [{ locale, t }, user, settings] = await Promise.all([getTranslator(), headerUser(), loadPortalSettings()]);
  const colours = brandColours(settings);
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col bg-slate-50 font-sans text-slate-900">
        {colours ? <style>{colours}</style> : null}
        <a href="#main" className="skip-link">
          {t("app.skipToContent")}
        </a>
        <SiteHeader actor={user?.actor ?? ANONYMOUS} locale={locale} t={t} unreadNotifications={user?.unread ?? 0} settings={settings} />
        <main id="main" tabIndex={-1} className={`${container} flex-1 pb-8`}>
          {user ? (
            children
          ) : (
            // The database is unreachable (restarting, failing over): the page below could not render either.
            // Rendered on the server, so a browser without JavaScript (a form post included) reads it too.
            <div className="mt-8 space-y-4" role="alert">
              <h1 className="text-3xl font-bold">{t("error.serviceUnavailableTitle")}</h1>
              <p>{t("error.serviceUnavailable")}</p>
              <p>
                <a href="" className="rounded-md bg-brand-600 px-5 py-2.5 font-semibold text-white">
                  {t("error.tryAgain")}
                </a>
              </p>
            </div>
          )}
        </main>
        <SiteFooter t={t} locale={locale} settings={settings} />
      </body>
    </html>
  );
}
