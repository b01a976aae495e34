import { Link } from "@/components/ui/link";
import { redirect } from "next/navigation";
import { ButtonForm } from "@/components/forms/button-form";
import { PageHeading } from "@/components/layout/page-heading";
import { ListTable } from "@/components/ui/list-table";
import { linkStyle } from "@/components/ui/styles";
import { WalletStateTag } from "@/components/wallet/wallet-state-tag";
import { renewApplicationAction } from "@/lib/applications/citizen-actions";
import { requireUser } from "@/lib/auth/page-guards";
import { can } from "@/lib/auth/policy";
import { formatMoment, pick } from "@/lib/platform/i18n/format";
import { messagesFor } from "@/lib/platform/i18n/messages";
import { pageTitle } from "@/lib/platform/i18n/metadata";
import { getTranslator } from "@/lib/platform/i18n/server";
import { listWallet } from "@/lib/wallet/queries";

export const generateMetadata = pageTitle("wallet.title");
export const dynamic = "force-dynamic";

/** "Dokumen saya" (DESIGN.md §16): the citizen's issued documents and accepted uploads, with issuer, dates, validity and state. */
export default async function WalletPage() {
  const [{ locale, t }, actor] = await Promise.all([getTranslator(), requireUser("/dokumen-saya")]);
  if (!can(actor, "application.create")) redirect("/petugas");
  const { outputs, uploads } = await listWallet(actor);
  const renewMessages = messagesFor(locale, ["form.", "wallet.renewNotNow", "wallet.renewServiceClosed", "application.notAllowedNow"]);
  return (
    <div>
      <PageHeading title={t("wallet.title")} lead={t("wallet.lead")} />
      <section aria-labelledby="wallet-outputs" className="mb-10">
        <h2 id="wallet-outputs" className="mb-3 text-2xl font-semibold">
          {t("wallet.outputs")}
        </h2>
        {outputs.length === 0 ? (
          <p>{t("wallet.outputsEmpty")}</p>
        ) : (
          <ListTable
            labelledBy="wallet-outputs"
            testId="wallet-outputs"
            columns={[t("wallet.col.document"), t("wallet.col.issuer"), t("wallet.col.issuedAt"), t("wallet.col.validity"), t("wallet.col.state")]}
          >
            {outputs.map((row) => (
              <tr key={row.id} id={`dokumen-${row.verificationCode}`} className="border-b border-slate-300 align-top">
                <td className="p-3">
                  <div className="font-semibold">{pick(locale, row.service, "name")}</div>
                  <div className="mt-1 flex flex-wrap gap-x-4 text-sm">
                    <a href={`/api/keluaran/${row.applicationId}`} className={linkStyle}>
                      {t("wallet.download")}
                    </a>
                    <Link href={`/verifikasi/${row.verificationCode}`} className={linkStyle}>
                      {t("wallet.verify")}
                    </Link>
                    {row.state === "expiringSoon" || row.state === "expired" ? (
                      <ButtonForm action={renewApplicationAction.bind(null, row.applicationId)} messages={renewMessages} submitLabel={t("wallet.renew")} />
                    ) : null}
                  </div>
                </td>
                <td className="p-3">{pick(locale, row.agency, "name")}</td>
                <td className="p-3">{formatMoment(row.issuedAt, locale, row.agency.timezone)}</td>
                <td className="p-3">{row.expiresAt ? formatMoment(row.expiresAt, locale, row.agency.timezone) : t("wallet.noExpiry")}</td>
                <td className="p-3">
                  <WalletStateTag state={row.state} t={t} />
                </td>
              </tr>
            ))}
          </ListTable>
        )}
      </section>
      <section aria-labelledby="wallet-uploads">
        <h2 id="wallet-uploads" className="mb-3 text-2xl font-semibold">
          {t("wallet.uploads")}
        </h2>
        {uploads.length === 0 ? (
          <p>{t("wallet.uploadsEmpty")}</p>
        ) : (
          <ListTable labelledBy="wallet-uploads" testId="wallet-uploads" columns={[t("wallet.col.file"), t("wallet.application"), t("wallet.col.acceptedAt")]}>
            {uploads.map((row) => (
              <tr key={row.id} className="border-b border-slate-300 align-top">
                <td className="p-3 break-all">{row.fileName}</td>
                <td className="p-3">
                  <Link href={`/permohonan/${row.applicationId}`} className={linkStyle}>
                    {pick(locale, row.service, "name")}
                  </Link>
                  <div className="text-sm text-slate-600">{pick(locale, row.agency, "name")}</div>
                </td>
                <td className="p-3">{formatMoment(row.acceptedAt, locale, row.agency.timezone)}</td>
              </tr>
            ))}
          </ListTable>
        )}
      </section>
    </div>
  );
}
