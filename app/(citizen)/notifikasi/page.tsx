import { Link } from "@/components/ui/link";
import { PageHeading } from "@/components/layout/page-heading";
import { buttonSecondary, linkStyle } from "@/components/ui/styles";
import { requireUser } from "@/lib/auth/page-guards";
import { authorize } from "@/lib/auth/policy";
import { markAllNotificationsReadAction } from "@/lib/notifications/actions";
import { listNotifications } from "@/lib/notifications/queries";
import { notificationText } from "@/lib/notifications/render";
import { formatMoment } from "@/lib/platform/i18n/format";
import { pageTitle } from "@/lib/platform/i18n/metadata";
import { getTranslator } from "@/lib/platform/i18n/server";
import { safeRedirectPath } from "@/lib/platform/redirects";

export const generateMetadata = pageTitle("notifications.title");
export const dynamic = "force-dynamic";

export default async function NotificationsPage({ searchParams }: { searchParams: Promise<{ setelah?: string }> }) {
  const [{ locale, t }, actor, query] = await Promise.all([getTranslator(), requireUser("/notifikasi"), searchParams]);
  authorize(actor, "ownData.read", { ownerId: actor.id });
  const { items, nextCursor } = await listNotifications(actor.id, { limit: 30, cursor: query.setelah ?? null, locale });
  const unread = items.some((item) => !item.readAt);
  return (
    <div className="max-w-3xl">
      <PageHeading title={t("notifications.title")} />
      {unread ? (
        <form action={markAllNotificationsReadAction} className="mb-6">
          <button type="submit" className={buttonSecondary}>
            {t("notifications.markAllRead")}
          </button>
        </form>
      ) : null}
      {items.length === 0 ? (
        <p>{t("notifications.empty")}</p>
      ) : (
        <ul className="divide-y divide-slate-300 border-y border-slate-300 bg-white" data-testid="notifications">
          {items.map((item) => {
            const text = notificationText(locale, item);
            // Links are stored by our own code, but a notification must never become an open redirect.
            const href = item.link ? safeRedirectPath(item.link, "/notifikasi") : null;
            return (
              <li key={item.id} className={`p-4 ${item.readAt ? "" : "border-l-8 border-brand-600"}`}>
                <p className={item.readAt ? "" : "font-semibold"}>
                  {href ? (
                    <Link href={href} className={linkStyle}>
                      {text}
                    </Link>
                  ) : (
                    text
                  )}
                </p>
                <p className="text-sm text-slate-600">
                  <time dateTime={item.createdAt.toISOString()}>{formatMoment(item.createdAt, locale, "Asia/Jakarta")}</time>
                </p>
              </li>
            );
          })}
        </ul>
      )}
      {nextCursor ? (
        <p className="mt-4">
          <Link href={`/notifikasi?setelah=${nextCursor}`} className={linkStyle}>
            {t("notifications.older")}
          </Link>
        </p>
      ) : null}
    </div>
  );
}
