import type { Metadata } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { container } from "@/components/ui/styles";
import { currentActor } from "@/lib/auth/current-actor";
import { unreadCount } from "@/lib/notifications/queries";
import { getTranslator } from "@/lib/platform/i18n/server";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: { default: `${t("app.name")}: ${t("app.tagline")}`, template: `%s · ${t("app.name")}` } };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [{ locale, t }, actor] = await Promise.all([getTranslator(), currentActor()]);
  const unread = actor.kind === "user" ? await unreadCount(actor.id) : 0;
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col bg-slate-50 font-sans text-slate-900">
        <a href="#main" className="skip-link">
          {t("app.skipToContent")}
        </a>
        <SiteHeader actor={actor} locale={locale} t={t} unreadNotifications={unread} />
        <main id="main" tabIndex={-1} className={`${container} flex-1 pb-8`}>
          {children}
        </main>
        <SiteFooter t={t} />
      </body>
    </html>
  );
}
