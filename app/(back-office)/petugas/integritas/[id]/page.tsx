import { forbidden, notFound, redirect } from "next/navigation";
import { StaffComplaintCase } from "@/components/complaints/staff-case";
import { currentActor } from "@/lib/auth/current-actor";
import { can } from "@/lib/auth/policy";
import { getStaffComplaintView } from "@/lib/complaints/case-view";
import { AppError } from "@/lib/platform/errors";
import { getTranslator } from "@/lib/platform/i18n/server";

export const dynamic = "force-dynamic";

async function caseOrExit(id: string) {
  const actor = await currentActor();
  if (actor.kind !== "user") redirect(`/masuk?callbackUrl=${encodeURIComponent(`/petugas/integritas/${id}`)}`);
  if (!can(actor, "backOffice.enter")) forbidden();
  try {
    return await getStaffComplaintView(actor, id, "integrity");
  } catch (error) {
    if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN")) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, { t }] = await Promise.all([params, getTranslator()]);
  const view = await caseOrExit(id);
  return { title: t("complaintsBo.caseTitle", { code: view.trackingCode }) };
}

export default async function IntegrityCasePage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, { locale, t }] = await Promise.all([params, getTranslator()]);
  return <StaffComplaintCase view={await caseOrExit(id)} channel="integrity" locale={locale} t={t} />;
}
