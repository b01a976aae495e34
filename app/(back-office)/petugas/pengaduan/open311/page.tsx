import { forbidden } from "next/navigation";
import { Open311ClientForm } from "@/components/complaints/open311-client-form";
import { PageHeading } from "@/components/layout/page-heading";
import { buttonSecondary } from "@/components/ui/styles";
import { ListTable } from "@/components/ui/list-table";
import { requireUser } from "@/lib/auth/page-guards";
import { can } from "@/lib/auth/policy";
import { createOpen311ClientAction, revokeOpen311ClientAction } from "@/lib/complaints/back-office-actions";
import { endpointUrl } from "@/lib/complaints/open311/api";
import { listOpen311Clients } from "@/lib/complaints/open311/clients";
import { formatMoment } from "@/lib/platform/i18n/format";
import { messagesFor } from "@/lib/platform/i18n/messages";
import { pageTitle } from "@/lib/platform/i18n/metadata";
import { getTranslator } from "@/lib/platform/i18n/server";

export const generateMetadata = pageTitle("open311.admin.title");
export const dynamic = "force-dynamic";

/** Admins issue and revoke the API keys of Open311 client applications. */
export default async function Open311ClientsPage() {
  const [{ locale, t }, actor] = await Promise.all([getTranslator(), requireUser("/petugas/pengaduan/open311")]);
  if (!can(actor, "admin.manage")) forbidden();
  const clients = await listOpen311Clients(actor);
  const zone = "Asia/Jakarta";
  return (
    <div>
      <PageHeading title={t("open311.admin.title")} lead={t("open311.admin.lead")} />
      <p className="mb-6 font-mono text-sm">{t("open311.admin.endpoint", { url: endpointUrl() })}</p>
      <Open311ClientForm action={createOpen311ClientAction} messages={messagesFor(locale, ["open311.admin.", "form."])} />
      {clients.length === 0 ? (
        <p>{t("open311.admin.empty")}</p>
      ) : (
        <ListTable
          columns={[
            t("open311.admin.colName"),
            t("open311.admin.colHint"),
            t("open311.admin.colCreated"),
            t("open311.admin.colLastUsed"),
            t("open311.admin.colRequests"),
            t("open311.admin.colStatus"),
          ]}
          testId="open311-clients"
        >
          {clients.map((client) => (
            <tr key={client.id} className="border-b border-slate-300">
              <td className="p-3">{client.name}</td>
              <td className="p-3 font-mono">…{client.keyHint}</td>
              <td className="p-3">{formatMoment(client.createdAt, locale, zone)}</td>
              <td className="p-3">{client.lastUsedAt ? formatMoment(client.lastUsedAt, locale, zone) : t("open311.admin.never")}</td>
              <td className="p-3">{client._count.complaints}</td>
              <td className="p-3">
                {client.revokedAt ? (
                  t("open311.admin.revoked", { date: formatMoment(client.revokedAt, locale, zone) })
                ) : (
                  <form action={revokeOpen311ClientAction.bind(null, client.id)} className="flex items-center gap-3">
                    <span>{t("open311.admin.active")}</span>
                    <button type="submit" className={buttonSecondary}>
                      {t("open311.admin.revoke", { name: client.name })}
                    </button>
                  </form>
                )}
              </td>
            </tr>
          ))}
        </ListTable>
      )}
    </div>
  );
}
