import "server-only";
import { getOwnApplication, listOwnApplications } from "@/lib/applications/queries";
import { isAwaitingCorrection, isDraft, isOpen, isRejected } from "@/lib/applications/workflow";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { listOwnComplaints } from "@/lib/complaints/queries";
import { isComplaintOpen } from "@/lib/complaints/workflow";
import type { GroundedAnswer } from "./answer-types";
import { normalizeQuestion } from "./normalize";

/** An application number as the portal prints it (lib/applications/tracking.ts): DISDUKCAPIL-2026-000123. */
const APPLICATION_NUMBER = /\b[A-Za-z][A-Za-z0-9]*-\d{4}-\d{6}\b/;
const COMPLAINT_WORDS = new Set(["pengaduan", "aduan", "complaint", "complaints", "laporan", "keluhan"]);
const RETURNED_WORDS = new Set(["dikembalikan", "returned", "perbaikan", "revisi", "dikoreksi"]);
const REFUSED_WORDS = new Set(["ditolak", "rejected"]);

/**
 * The asker's own case, from their own records only: the lists are the
 * signed-in person's (listOwnApplications, listOwnComplaints), and the
 * application shown is read through getOwnApplication, which asks the policy
 * (ownData.read) again. A number typed in the question is looked up among the
 * asker's own applications, so someone else's number answers exactly like
 * one that does not exist.
 */
export async function ownCaseAnswer(actor: Actor, question: string, subject: readonly string[]): Promise<GroundedAnswer> {
  if (actor.kind !== "user") return { kind: "signIn" };
  const words = new Set(normalizeQuestion(question));
  if ([...words].some((word) => COMPLAINT_WORDS.has(word))) return ownComplaint(actor);
  if (!can(actor, "application.create")) return { kind: "noOwnCase" };

  const filed = (await listOwnApplications(actor)).filter((application) => !isDraft(application.status));
  const number = question.match(APPLICATION_NUMBER)?.[0].toUpperCase();
  const about = subject.filter((word) => word.length >= 3);
  const named = (application: (typeof filed)[number]) =>
    about.some((word) => `${application.service.nameId} ${application.service.nameEn}`.toLowerCase().includes(word));
  const candidates = number ? filed.filter((application) => application.trackingNumber === number) : filed.some(named) ? filed.filter(named) : filed;
  // What the question is about: a returned one for "why was it returned?", a refused one for "why refused?", else the latest open one.
  const wanted =
    candidates.find((application) => [...words].some((word) => RETURNED_WORDS.has(word)) && isAwaitingCorrection(application.status)) ??
    candidates.find((application) => [...words].some((word) => REFUSED_WORDS.has(word)) && isRejected(application.status)) ??
    candidates.find((application) => isOpen(application.status)) ??
    candidates[0];
  if (!wanted) return { kind: "noOwnCase" };

  const application = await getOwnApplication(actor, wanted.id);
  return {
    kind: "ownApplication",
    trackingNumber: application.trackingNumber,
    service: { slug: application.service.slug, nameId: application.service.nameId, nameEn: application.service.nameEn },
    status: application.status,
    officerNote: application.correction?.note || application.rejection?.note || null,
    dueAt: application.sla?.dueAt ?? null,
    timeZone: application.sla?.timeZone ?? application.agency.timezone,
    href: `/permohonan/${application.id}`,
  };
}

async function ownComplaint(actor: Actor): Promise<GroundedAnswer> {
  const complaints = await listOwnComplaints(actor);
  const wanted = complaints.find((complaint) => isComplaintOpen(complaint.status)) ?? complaints[0];
  if (!wanted) return { kind: "noOwnCase" };
  return { kind: "ownComplaint", trackingCode: wanted.trackingCode, title: wanted.title, status: wanted.shownStatus, href: "/pengaduan/saya" };
}
