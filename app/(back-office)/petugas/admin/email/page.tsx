import { Link } from "@/components/ui/link";
import { forbidden } from "next/navigation";
import { PageHeading } from "@/components/layout/page-heading";
import { linkStyle } from "@/components/ui/styles";
import { requireUser } from "@/lib/auth/page-guards";
import { can } from "@/lib/auth/policy";
import { listOutboxEmails } from "@/lib/notifications/outbox-queries";
import { env } from "@/lib/platform/env";
import { formatMoment } from "@/lib/platform/i18n/format";
import { pageTitle } from "@/lib/platform/i18n/metadata";
import { getTranslator } from "@/lib/platform/i18n/server";

export const generateMetadata = pageTitle("outbox.title");
export const dynamic = "force-dynamic";

export default async function EmailOutboxPage({ searchParams }: { searchParams: Promise<{ setelah?: string }> }) {
  const [{ locale, t }, actor, query] = await Promise.all([getTranslator(), requireUser("/petugas/admin/email"), searchParams]);
  if (!can(actor, "admin.manage")) forbidden();
  const { SMTP_URL, PUBLIC_URL } = env();
  const { rows, next } = await listOutboxEmails(actor, query.setelah ?? null, {
    smtpConfigured: Boolean(SMTP_URL),
    publicUrl: PUBLIC_URL,
    withheld: t("outbox.linkWithheld"),
    stale: t("outbox.linkStale"),
  });
  return (
    <div className="max-w-4xl">
      <PageHeading title={t("outbox.title")} lead={t("outbox.lead")} />
      {rows.length === 0 ? (
        <p>{t("outbox.empty")}</p>
      ) : (
        <ul className="divide-y divide-slate-300 border-y border-slate-300 bg-white" data-testid="outbox">
          {rows.map((row) => (
            <li key={row.id} className="p-4">
              <details>
                <summary className="cursor-pointer">
                  <strong>{row.subject}</strong> · {row.to}
                </summary>
                <pre className="mt-2 whitespace-pre-wrap font-sans">{row.text}</pre>
              </details>
              <p className="text-sm text-slate-600">
                {formatMoment(row.createdAt, locale, "Asia/Jakarta")} ·{" "}
                {row.sentAt ? t("outbox.sentAt", { date: formatMoment(row.sentAt, locale, "Asia/Jakarta") }) : t("outbox.notSent")}
              </p>
            </li>
          ))}
        </ul>
      )}
      {next ? (
        <p className="mt-4">
          <Link href={`/petugas/admin/email?setelah=${next}`} className={linkStyle}>
            {t("outbox.older")}
          </Link>
        </p>
      ) : null}
    </div>
  );
}
