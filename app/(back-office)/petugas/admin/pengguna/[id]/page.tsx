import { forbidden, notFound } from "next/navigation";
import { ButtonForm } from "@/components/forms/button-form";
import { PageHeading } from "@/components/layout/page-heading";
import { StaffForm, StaffNipForm } from "@/components/staff/staff-form";
import { accessSummary } from "@/components/staff/staff-table";
import { factList } from "@/components/ui/styles";
import { requireUser } from "@/lib/auth/page-guards";
import { can } from "@/lib/auth/policy";
import { AppError } from "@/lib/platform/errors";
import { formatMoment, pick } from "@/lib/platform/i18n/format";
import { messagesFor, type MessageKey } from "@/lib/platform/i18n/messages";
import { pageTitle } from "@/lib/platform/i18n/metadata";
import { getTranslator } from "@/lib/platform/i18n/server";
import { resetSecondFactorAction } from "@/lib/identity/second-factor-actions";
import { staffHasSecondFactor } from "@/lib/identity/second-factor/queries";
import { formValuesOfAccess } from "@/lib/staff/access-rules";
import { changeStaffAccessAction, setStaffActiveAction, setStaffNipAction } from "@/lib/staff/actions";
import { STAFF_ADMIN_PATH, staffMemberHref, staffOutcomeParam } from "@/lib/staff/paths";
import { getStaffMember, listAgencyChoices, staffHistory, staffStatus, type StaffRow } from "@/lib/staff/queries";

export const generateMetadata = pageTitle("staff.admin.memberTitle");
export const dynamic = "force-dynamic";

const ADMIN_TIME_ZONE = "Asia/Jakarta";

const HISTORY_LABELS = {
  "staff.invited": "staff.history.invited",
  "staff.accessChanged": "staff.history.accessChanged",
  "staff.deactivated": "staff.history.deactivated",
  "staff.reactivated": "staff.history.reactivated",
  "staff.nipChanged": "staff.history.nipChanged",
} as const satisfies Record<string, MessageKey>;
const historyLabel = (action: string): MessageKey | undefined => (action in HISTORY_LABELS ? HISTORY_LABELS[action as keyof typeof HISTORY_LABELS] : undefined);

/** Admin > users and roles > one staff member: access, deactivation, history. */
export default async function StaffMemberPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ hasil?: string | string[] }>;
}) {
  const [{ id }, query, { locale, t }] = await Promise.all([params, searchParams, getTranslator()]);
  const actor = await requireUser(staffMemberHref(id));
  if (!can(actor, "admin.manage")) forbidden();
  let member: StaffRow;
  try {
    member = await getStaffMember(actor, id);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
  const [agencies, history, hasSecondFactor] = await Promise.all([
    listAgencyChoices(actor),
    staffHistory(actor, member.id),
    staffHasSecondFactor(actor, member.id),
  ]);
  const outcome = staffOutcomeParam(query.hasil);
  const status = staffStatus(member);
  const summary = accessSummary(member, locale, t);
  const messages = messagesFor(locale, ["staff.", "role.", "form.", "validation."]);
  return (
    <div>
      <PageHeading back={{ href: STAFF_ADMIN_PATH, label: t("staff.admin.backToList") }} title={member.name} lead={member.email} />
      {query.hasil === "faktor-diatur-ulang" ? (
        <div role="status" className="mb-6 border-l-4 border-brand-600 bg-white p-4 font-semibold text-slate-900">
          {t("secondFactor.admin.resetDone")}
        </div>
      ) : null}
      {outcome ? (
        <div role="status" className="mb-6 border-l-4 border-brand-600 bg-white p-4 font-semibold text-slate-900">
          {t(`staff.outcome.${outcome}`)}
        </div>
      ) : null}
      <dl className={`mb-8 max-w-3xl ${factList}`}>
        <dt className="font-semibold">{t("staff.column.status")}</dt>
        <dd data-testid="staff-status">{t(`staff.status.${status}`)}</dd>
        <dt className="font-semibold">{t("staff.column.roles")}</dt>
        <dd>{summary.roles}</dd>
        <dt className="font-semibold">{t("staff.column.agencies")}</dt>
        <dd>{summary.agencies}</dd>
        <dt className="font-semibold">{t("staff.column.lastSignIn")}</dt>
        <dd>{member.lastSignInAt ? formatMoment(member.lastSignInAt, locale, ADMIN_TIME_ZONE) : t("staff.never")}</dd>
      </dl>

      <section aria-labelledby="access-heading" className="mt-8">
        <h2 id="access-heading" className="mb-4 text-2xl font-semibold">
          {t("staff.admin.accessTitle")}
        </h2>
        <StaffForm
          action={changeStaffAccessAction.bind(null, member.id)}
          messages={messages}
          agencies={agencies.map((agency) => ({ id: agency.id, label: pick(locale, agency, "name") }))}
          submitLabel={t("staff.admin.accessSubmit")}
          withIdentity={false}
          initialValues={formValuesOfAccess(member)}
        />
      </section>

      <section aria-labelledby="nip-heading" className="mt-10 max-w-3xl">
        <h2 id="nip-heading" className="mb-4 text-2xl font-semibold">
          {t("staff.admin.nipTitle")}
        </h2>
        <StaffNipForm action={setStaffNipAction.bind(null, member.id)} messages={messages} currentNip={member.nip} submitLabel={t("staff.admin.nipSubmit")} />
      </section>

      <section aria-labelledby="active-heading" className="mt-10 max-w-3xl">
        <h2 id="active-heading" className="mb-2 text-2xl font-semibold">
          {t(member.active ? "staff.admin.deactivateTitle" : "staff.admin.reactivateTitle")}
        </h2>
        <p className="mb-4">{t(member.active ? "staff.admin.deactivateLead" : "staff.admin.reactivateLead")}</p>
        <ButtonForm
          action={setStaffActiveAction.bind(null, member.id, !member.active)}
          messages={messages}
          submitLabel={t(member.active ? "staff.admin.deactivateSubmit" : "staff.admin.reactivateSubmit")}
        />
      </section>

      <section aria-labelledby="second-factor-heading" className="mt-10 max-w-3xl">
        <h2 id="second-factor-heading" className="mb-2 text-2xl font-semibold">
          {t("secondFactor.admin.title")}
        </h2>
        <p className="mb-2" data-testid="staff-second-factor">
          {t(hasSecondFactor ? "secondFactor.admin.on" : "secondFactor.admin.off")}
        </p>
        {hasSecondFactor ? (
          <>
            <p className="mb-4">{t("secondFactor.admin.resetLead")}</p>
            <ButtonForm
              action={resetSecondFactorAction.bind(null, member.id)}
              messages={messagesFor(locale, ["form.", "error.", "secondFactor.error."])}
              submitLabel={t("secondFactor.admin.resetSubmit")}
            />
          </>
        ) : null}
      </section>

      <section aria-labelledby="history-heading" className="mt-10 max-w-3xl">
        <h2 id="history-heading" className="mb-2 text-2xl font-semibold">
          {t("staff.admin.historyTitle")}
        </h2>
        <ul className="list-disc pl-6">
          {history.map((event) => (
            <li key={String(event.id)}>
              {formatMoment(event.occurredAt, locale, ADMIN_TIME_ZONE)}: {historyLabel(event.action) ? t(historyLabel(event.action)!) : event.action}
              {event.actor ? ` (${event.actor.name})` : ""}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
