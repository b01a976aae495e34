import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { cache } from "react";
import { StaffComplaintCase } from "@/components/complaints/staff-case";
import { requireStaff } from "@/lib/auth/page-guards";
import { getStaffComplaintView } from "@/lib/complaints/case-view";
import { AppError } from "@/lib/platform/errors";
import { getTranslator } from "@/lib/platform/i18n/server";
import { clientIp } from "@/lib/platform/request-context";

type CaseParams = { params: Promise<{ id: string }> };

/**
 * The staff case page of a complaint (/petugas/pengaduan/<id>) or a
 * whistleblowing report (/petugas/integritas/<id>): the same page, its
 * channel deciding which kind is found at all.
 */
export function staffComplaintCaseRoute(channel: "complaints" | "integrity", basePath: string) {
  // Read once per request: the page and its title both ask, and each read is a recorded view of personal data.
  const caseOrExit = cache(async (id: string) => {
    const actor = await requireStaff(`${basePath}/${id}`);
    try {
      return await getStaffComplaintView(actor, id, channel, new Date(), { ip: clientIp(await headers()) });
    } catch (error) {
      if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN")) notFound();
      throw error;
    }
  });

  async function generateMetadata({ params }: CaseParams) {
    const [{ id }, { t }] = await Promise.all([params, getTranslator()]);
    const view = await caseOrExit(id);
    return { title: t("complaintsBo.caseTitle", { code: view.trackingCode }) };
  }

  async function CasePage({ params }: CaseParams) {
    const [{ id }, { locale, t }] = await Promise.all([params, getTranslator()]);
    return <StaffComplaintCase view={await caseOrExit(id)} channel={channel} locale={locale} t={t} />;
  }

  return { generateMetadata, CasePage };
}
