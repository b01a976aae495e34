import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { isRejected } from "@/lib/applications/workflow";
import { db } from "@/lib/platform/db";
import type { Translator } from "@/lib/platform/i18n/messages";
import { listOwnApplicationsForComplaint } from "./queries";

export type ComplaintPrefill = { values: Record<string, string>; application: string | null };

/**
 * What the complaint form starts with, from its URL (DESIGN.md §4: "a breach
 * offers a one-click, pre-filled complaint"). `permohonan` (the link in an
 * SLA breach notice) fills in the application, its service and agency, but
 * only for the signed-in citizen who owns it; anyone else's number is
 * ignored without a word, so the link cannot probe for applications.
 * With `keberatan`, the owner's rejected application makes it an objection
 * to that decision. `layanan` and `instansi` choose a published service or an agency.
 * `pertanyaan` (Tanya SatuPintu's "ask an officer") makes it an information
 * request with the question as its title and text, for the asker to complete.
 */
export async function complaintPrefill(
  actor: Actor,
  params: { permohonan?: string; layanan?: string; instansi?: string; keberatan?: string; pertanyaan?: string },
  t: Translator,
): Promise<ComplaintPrefill> {
  const values: Record<string, string> = {};
  const number = params.permohonan?.trim().toUpperCase().slice(0, 60);
  if (number && actor.kind === "user") {
    const own = (await listOwnApplicationsForComplaint(actor)).find((application) => application.trackingNumber === number);
    if (own) {
      Object.assign(values, { kind: "COMPLAINT", applicationNumber: number, serviceSlug: own.service.slug, agencyCode: own.agency.code });
      if (own.breachRecordedAt) Object.assign(values, { category: "delay", title: t("complaint.form.prefillTitle", { trackingNumber: number }) });
      // An objection (keberatan) to a rejection, from the rejected application's page.
      if (params.keberatan && isRejected(own.status)) {
        Object.assign(values, { category: "decisionObjection", title: t("complaint.form.objectionTitle", { trackingNumber: number }) });
      }
      return { values, application: number };
    }
  }
  const question = params.pertanyaan?.trim().replace(/\s+/g, " ").slice(0, 300);
  if (question) Object.assign(values, { kind: "INFORMATION_REQUEST", category: "information", title: question.slice(0, 150), body: question });
  if (params.layanan) {
    const service = await db.service.findUnique({
      where: { slug: params.layanan.slice(0, 120) },
      select: { slug: true, status: true, agency: { select: { code: true } } },
    });
    if (service?.status === "PUBLISHED") Object.assign(values, { serviceSlug: service.slug, agencyCode: service.agency.code });
  }
  if (!values.agencyCode && params.instansi) {
    const agency = await db.agency.findUnique({ where: { code: params.instansi.slice(0, 40) }, select: { code: true } });
    if (agency) values.agencyCode = agency.code;
  }
  return { values, application: null };
}
