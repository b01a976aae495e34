import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { ComplaintFactsSection, ComplaintTextSection, ComplaintTimelineSection } from "@/components/complaints/complaint-sections";
import { cache } from "react";
import { ComplaintStatusTag } from "@/components/complaints/complaint-status-tag";
import { buttonPrimary, buttonSecondary, linkStyle } from "@/components/ui/styles";
import { currentActor } from "@/lib/auth/current-actor";
import { can } from "@/lib/auth/policy";
import { supportComplaintAction } from "@/lib/complaints/actions";
import { getPublicComplaint } from "@/lib/complaints/queries";
import { AppError } from "@/lib/platform/errors";
import { isMessageKey } from "@/lib/platform/i18n/messages";
import { getTranslator } from "@/lib/platform/i18n/server";
import { UserText } from "@/components/ui/user-text";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ code: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Read once per request: the page and its title both ask. */
const complaintOrExit = cache(async (code: string) => {
  try {
    return await getPublicComplaint(await currentActor(), decodeURIComponent(code));
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: Props) {
  const { code } = await params;
  const complaint = await complaintOrExit(code);
  return { title: complaint.title };
}

/** A published complaint: what it says, where it stands, the answer; never who filed it, never attachments. */
export default async function PublicComplaintPage({ params, searchParams }: Props) {
  const [{ code }, query, { locale, t }, actor] = await Promise.all([params, searchParams, getTranslator(), currentActor()]);
  const complaint = await complaintOrExit(code);
  const zone = complaint.agency?.timezone ?? "Asia/Jakarta";
  const problem = typeof query.galat === "string" && isMessageKey(query.galat) ? query.galat : null;
  const maySupport = actor.kind === "anonymous" || can(actor, "complaint.support");
  return (
    <div className="max-w-3xl">
      <p className="mt-8 text-sm">
        <Link href="/pengaduan" className={linkStyle}>
          {t("complaint.public.back")}
        </Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">
        <UserText>{complaint.title}</UserText>
      </h1>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <span className="font-mono">{complaint.trackingCode}</span>
        <ComplaintStatusTag status={complaint.status} t={t} />
        <span data-testid="support-count">{t("complaints.supportCount", { count: complaint.supportCount })}</span>
      </div>
      {query.didukung ? (
        <p role="status" className="mt-4 border-l-8 border-emerald-600 bg-white p-4">
          {t("complaint.flash.supported")}
        </p>
      ) : null}
      {problem ? (
        <p role="alert" className="mt-4 border-l-8 border-accent-500 bg-white p-4">
          {t(problem)}
        </p>
      ) : null}

      {complaint.isOwn ? (
        <p className="mt-4">
          {t("complaint.public.own")}{" "}
          <Link href={`/pengaduan/lacak/${complaint.trackingCode}`} className={linkStyle}>
            {t("complaint.public.followOwn")}
          </Link>
        </p>
      ) : complaint.open && maySupport ? (
        complaint.supported ? (
          <p className="mt-4 font-semibold">{t("complaint.public.supported")}</p>
        ) : (
          <form action={supportComplaintAction.bind(null, complaint.trackingCode)} className="mt-4">
            <button type="submit" className={actor.kind === "user" ? buttonPrimary : buttonSecondary}>
              {actor.kind === "user" ? t("complaint.public.support") : t("complaint.public.signInToSupport")}
            </button>
          </form>
        )
      ) : null}

      <ComplaintFactsSection heading={t("complaint.view.title", { code: complaint.trackingCode })} complaint={complaint} locale={locale} t={t} timeZone={zone}>
        <p className="mt-2 text-sm text-slate-600">{t("complaint.public.noNames")}</p>
      </ComplaintFactsSection>
      <ComplaintTextSection id="body-title" heading={t("complaint.view.body")} text={complaint.body} testId="public-complaint-body" />
      {complaint.response ? <ComplaintTextSection id="response-title" heading={t("complaint.view.response")} text={complaint.response} /> : null}
      <ComplaintTimelineSection events={complaint.events} locale={locale} t={t} timeZone={zone} showActors={false} />
    </div>
  );
}
