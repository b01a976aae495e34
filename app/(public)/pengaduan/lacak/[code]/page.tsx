import { randomUUID } from "node:crypto";
import { Link } from "@/components/ui/link";
import { redirect } from "next/navigation";
import {
  ComplaintAttachments,
  ComplaintFactsSection,
  ComplaintRejectionNotice,
  ComplaintTextSection,
  ComplaintTimelineSection,
} from "@/components/complaints/complaint-sections";
import { ComplaintSla } from "@/components/complaints/complaint-sla";
import { ComplaintStatusTag } from "@/components/complaints/complaint-status-tag";
import { AcceptResponseForm, AddInformationForm, DisputeResponseForm, RateHandlingForm } from "@/components/complaints/filer-forms";
import { linkStyle } from "@/components/ui/styles";
import { acceptResponseAction, addInformationAction, disputeResponseAction, rateHandlingAction } from "@/lib/complaints/actions";
import { filerCredential } from "@/lib/complaints/filer-session";
import { getFilerComplaintView } from "@/lib/complaints/queries";
import { AppError } from "@/lib/platform/errors";
import { formatMoment } from "@/lib/platform/i18n/format";
import { isMessageKey, messagesFor } from "@/lib/platform/i18n/messages";
import { getTranslator } from "@/lib/platform/i18n/server";
import { UserText } from "@/components/ui/user-text";
import { isComplaintRejected } from "@/lib/complaints/workflow";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ code: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The filer's follow-up page: for the signed-in filer, or whoever just gave the code and secret. */
async function viewOrExit(code: string) {
  try {
    return await getFilerComplaintView(await filerCredential(), code);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") redirect(`/pengaduan/lacak?kode=${encodeURIComponent(code)}`);
    throw error;
  }
}

export async function generateMetadata({ params }: Props) {
  const [{ code }, { t }] = await Promise.all([params, getTranslator()]);
  return { title: t("complaint.view.title", { code: decodeURIComponent(code).toUpperCase() }) };
}

export default async function FilerComplaintPage({ params, searchParams }: Props) {
  const [{ code }, query, { locale, t }] = await Promise.all([params, searchParams, getTranslator()]);
  const view = await viewOrExit(decodeURIComponent(code));
  const zone = view.agency?.timezone ?? "Asia/Jakarta";
  const messages = messagesFor(locale, ["complaint.", "form.", "upload."]);
  const flash = typeof query.selesai === "string" ? `complaint.flash.${query.selesai}` : "";
  const bound = <A extends unknown[], R>(action: (id: string, code: string, ...rest: A) => R) => action.bind(null, view.id, view.trackingCode);
  return (
    <div className="max-w-3xl">
      <p className="mt-8 text-sm">
        <Link href={view.secret ? "/pengaduan/saya" : "/pengaduan"} className={linkStyle}>
          {t(view.secret ? "complaints.myComplaints" : "complaints.title")}
        </Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">{t("complaint.view.title", { code: view.trackingCode })}</h1>
      <p className="mt-1 text-xl">
        <UserText>{view.title}</UserText>
      </p>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <ComplaintStatusTag status={view.shownStatus} t={t} />
        {view.secret ? (
          <span>
            {t("complaint.view.secret")}: <strong className="font-mono">{view.secret}</strong>
          </span>
        ) : null}
      </div>
      {isMessageKey(flash) ? (
        <p role="status" className="mt-4 border-l-8 border-emerald-600 bg-white p-4" data-testid="complaint-flash">
          {t(flash)}
        </p>
      ) : null}
      {view.sla ? (
        <div className="mt-4">
          <ComplaintSla sla={view.sla} locale={locale} t={t} />
        </div>
      ) : null}
      {isComplaintRejected(view.status) ? <ComplaintRejectionNotice complaint={view} t={t} spacing="mt-4" /> : null}

      {view.respondedAt && view.response ? (
        <section aria-labelledby="response-title" className="mt-8 rounded-lg border border-slate-300 bg-white p-4">
          <h2 id="response-title" className="text-2xl font-semibold">
            {t("complaint.view.response")}
          </h2>
          <p className="mt-2 whitespace-pre-line" data-testid="complaint-response">
            <UserText>{view.response}</UserText>
          </p>
          {view.mayAccept || view.mayDispute ? (
            <div className="mt-6">
              <h3 className="mb-2 text-lg font-semibold">{t("complaint.accept.title")}</h3>
              <AcceptResponseForm action={bound(acceptResponseAction)} messages={messages} />
              {view.mayDispute && view.disputeDeadline ? (
                <details className="rounded-md border border-slate-300 p-4">
                  <summary className="cursor-pointer font-semibold">{t("complaint.dispute.title")}</summary>
                  <div className="mt-4">
                    <DisputeResponseForm
                      action={bound(disputeResponseAction)}
                      messages={messages}
                      lead={t("complaint.dispute.lead", { date: formatMoment(view.disputeDeadline, locale, zone) })}
                    />
                  </div>
                </details>
              ) : null}
            </div>
          ) : null}
        </section>
      ) : null}

      {view.mayRate ? (
        <section aria-labelledby="rate-title" className="mt-8 rounded-lg border border-slate-300 bg-white p-4">
          <h2 id="rate-title" className="mb-2 text-2xl font-semibold">
            {t("complaint.rate.title")}
          </h2>
          <RateHandlingForm action={bound(rateHandlingAction)} messages={messages} />
        </section>
      ) : view.rating ? (
        <p className="mt-6" data-testid="complaint-rating">
          {t("complaint.rate.yours", { label: t(`complaint.rate.value.${view.rating as 1 | 2 | 3 | 4}`) })}
        </p>
      ) : null}

      <ComplaintFactsSection
        heading={t("complaint.view.title", { code: view.trackingCode })}
        complaint={view}
        locale={locale}
        t={t}
        timeZone={zone}
        extra={[
          { label: t("complaint.view.identity"), value: t(`complaint.identity.${view.identityMode}`) },
          ...(view.application?.trackingNumber ? [{ label: t("complaint.view.application"), value: view.application.trackingNumber }] : []),
        ]}
      >
        {view.published ? (
          <p className="mt-4">
            {t("complaint.view.published")}{" "}
            <Link href={`/pengaduan/${view.trackingCode}`} className={linkStyle}>
              {t("complaint.view.publicLink")}
            </Link>
            {view.supportCount ? ` · ${t("complaint.view.supportCount", { count: view.supportCount })}` : null}
          </p>
        ) : null}
      </ComplaintFactsSection>

      <ComplaintTextSection id="body-title" heading={t("complaint.view.body")} text={view.body} />

      <ComplaintAttachments documents={view.documents} locale={locale} t={t} />

      {view.mayAddInformation ? (
        <section aria-labelledby="info-title" className="mt-8">
          <h2 id="info-title" className="mb-2 text-2xl font-semibold">
            {t("complaint.addInfo.title")}
          </h2>
          <AddInformationForm action={bound(addInformationAction)} messages={messages} submissionKey={randomUUID()} />
        </section>
      ) : null}

      <ComplaintTimelineSection events={view.events} locale={locale} t={t} timeZone={zone} />
    </div>
  );
}
