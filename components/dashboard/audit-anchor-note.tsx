import { Link } from "@/components/ui/link";
import type { PublishedAnchor } from "@/lib/dashboard/audit-anchor-queries";
import { formatMoment } from "@/lib/platform/i18n/format";
import type { Locale, Translator } from "@/lib/platform/i18n/messages";
import { linkStyle } from "@/components/ui/styles";

/** The newest audit anchor on /transparansi, and where to download them all. */
export function AuditAnchorNote({ latest, locale, t, timeZone }: { latest: PublishedAnchor | null; locale: Locale; t: Translator; timeZone: string }) {
  return (
    <section className="mt-6 rounded-lg border border-slate-300 bg-white p-4 text-sm" aria-labelledby="audit-anchor-title">
      <h2 id="audit-anchor-title" className="text-base font-semibold">
        {t("dashboard.auditAnchor.title")}
      </h2>
      <p className="mt-2">{t("dashboard.auditAnchor.lead")}</p>
      <p className="mt-2 break-all">
        {latest
          ? t("dashboard.auditAnchor.latest", {
              time: formatMoment(new Date(latest.publishedAt), locale, timeZone),
              chains: latest.heads.length,
              digest: latest.digest,
            })
          : t("dashboard.auditAnchor.none")}
      </p>
      <p className="mt-2">
        <Link href="/api/audit/jangkar" className={linkStyle}>
          {t("dashboard.auditAnchor.download")}
        </Link>
      </p>
    </section>
  );
}
