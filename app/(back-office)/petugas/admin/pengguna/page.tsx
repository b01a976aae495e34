import { forbidden } from "next/navigation";
import { PageHeading } from "@/components/layout/page-heading";
import { StaffForm } from "@/components/staff/staff-form";
import { StaffTable } from "@/components/staff/staff-table";
import { buttonSecondary, inputBase } from "@/components/ui/styles";
import { requireUser } from "@/lib/auth/page-guards";
import { can } from "@/lib/auth/policy";
import { pick } from "@/lib/platform/i18n/format";
import { messagesFor } from "@/lib/platform/i18n/messages";
import { pageTitle } from "@/lib/platform/i18n/metadata";
import { getTranslator } from "@/lib/platform/i18n/server";
import { inviteStaffAction } from "@/lib/staff/actions";
import { STAFF_ADMIN_PATH } from "@/lib/staff/paths";
import { listAgencyChoices, listStaff } from "@/lib/staff/queries";

export const generateMetadata = pageTitle("staff.admin.title");
export const dynamic = "force-dynamic";

/** Admin > users and roles: find staff, invite a new staff member. */
export default async function StaffListPage({ searchParams }: { searchParams: Promise<{ q?: string | string[] }> }) {
  const [params, { locale, t }] = await Promise.all([searchParams, getTranslator()]);
  const actor = await requireUser(STAFF_ADMIN_PATH);
  if (!can(actor, "admin.manage")) forbidden();
  const query = (Array.isArray(params.q) ? params.q[0] : params.q) ?? "";
  const [rows, agencies] = await Promise.all([listStaff(actor, query), listAgencyChoices(actor)]);
  const messages = messagesFor(locale, ["staff.", "role.", "form.", "validation."]);
  return (
    <div>
      <PageHeading back={{ href: "/petugas", label: t("backOffice.title") }} title={t("staff.admin.title")} lead={t("staff.admin.lead")} />
      <form role="search" method="get" action={STAFF_ADMIN_PATH} className="flex max-w-xl items-end gap-3">
        <div className="grow">
          <label htmlFor="q" className="block font-semibold">
            {t("staff.admin.search")}
          </label>
          <input id="q" name="q" type="search" defaultValue={query} className={inputBase} />
        </div>
        <button type="submit" className={buttonSecondary}>
          {t("staff.admin.searchSubmit")}
        </button>
      </form>
      <StaffTable rows={rows} locale={locale} t={t} />

      <section aria-labelledby="invite-heading" className="mt-10">
        <h2 id="invite-heading" className="mb-2 text-2xl font-semibold">
          {t("staff.admin.inviteTitle")}
        </h2>
        <p className="mb-4 max-w-3xl">{t("staff.admin.inviteLead")}</p>
        <StaffForm
          action={inviteStaffAction}
          messages={messages}
          agencies={agencies.map((agency) => ({ id: agency.id, label: pick(locale, agency, "name") }))}
          submitLabel={t("staff.admin.inviteSubmit")}
          withIdentity
        />
      </section>
    </div>
  );
}
