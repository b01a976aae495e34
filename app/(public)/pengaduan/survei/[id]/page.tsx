import { notFound, redirect } from "next/navigation";
import { SurveyPage } from "@/components/surveys/survey-page";
import { currentActor } from "@/lib/auth/current-actor";
import { db } from "@/lib/platform/db";
import { pageTitle } from "@/lib/platform/i18n/metadata";
import { getTranslator } from "@/lib/platform/i18n/server";
import { submitComplaintSurveyAction } from "@/lib/surveys/actions";
import { ownSurvey } from "@/lib/surveys/queries";

export const generateMetadata = pageTitle("survey.title");
export const dynamic = "force-dynamic";

/** The satisfaction survey of a closed complaint, for a filer who filed it with an account. */
export default async function ComplaintSurveyPage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, { locale, t }, actor] = await Promise.all([params, getTranslator(), currentActor()]);
  if (actor.kind !== "user") redirect(`/masuk?callbackUrl=${encodeURIComponent(`/pengaduan/survei/${id}`)}`);
  const survey = await ownSurvey(actor, { complaintId: id });
  // Only the filer learns that the complaint exists, and only through its code.
  const complaint = survey.open ? await db.complaint.findUnique({ where: { id }, select: { trackingCode: true } }) : null;
  if (!complaint) notFound();
  const back = `/pengaduan/lacak/${complaint.trackingCode}`;
  return (
    <SurveyPage
      survey={survey}
      lead={t("survey.leadComplaint", { trackingCode: complaint.trackingCode })}
      backHref={back}
      action={submitComplaintSurveyAction.bind(null, id, back)}
      locale={locale}
      t={t}
    />
  );
}
