import "server-only";
import { TIMELINE_ORDER, timelineEntrySelect } from "@/lib/platform/guarded-transition";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { authorizeSignedIn, can } from "@/lib/auth/policy";
import { serviceStandardSchema } from "@/lib/catalog/standard";
import { db } from "@/lib/platform/db";
import { recordCaseView } from "@/lib/auth/staff-access";
import { loadAgencyCase } from "./agency-case";
import { maskAnswers, openAnswers } from "./answer-vault";
import { correctionChangesSchema } from "./correction-changes";
import { slaViewOf } from "./queries";

/**
 * Everything the officer's case page shows; loading it is a read of the
 * applicant's personal data, recorded for their "who viewed my data" page.
 */
export async function getAgencyCaseView(actor: Actor, applicationId: string, context: { ip: string | null } = { ip: null }) {
  const application = await loadAgencyCase(db, actor, applicationId, "agency.read");
  await recordCaseView(
    authorizeSignedIn(actor, "agency.read", { agencyId: application.agencyId }),
    { entityType: "Application", id: application.id, ownerId: application.citizenId, agencyId: application.agencyId },
    context,
  );
  const [details, events, documents] = await Promise.all([
    db.application.findUniqueOrThrow({
      where: { id: applicationId },
      select: {
        decidedAt: true,
        completedAt: true,
        citizen: { select: { name: true, profile: { select: { nikMasked: true } } } },
        assignedOfficer: { select: { id: true, name: true } },
        standardVersion: { select: { standard: true } },
        agency: { select: { nameId: true, nameEn: true } },
        output: { select: { verificationCode: true, revokedAt: true } },
      },
    }),
    db.applicationEvent.findMany({
      where: { applicationId },
      orderBy: [...TIMELINE_ORDER],
      select: { ...timelineEntrySelect, data: true },
    }),
    db.document.findMany({
      where: { applicationId, kind: "UPLOAD" },
      orderBy: { createdAt: "asc" },
      select: { id: true, fieldKey: true, fileName: true, mimeType: true, sizeBytes: true, createdAt: true },
    }),
  ]);
  const standard = serviceStandardSchema.parse(details.standardVersion.standard);
  const lastChecklist = events.findLast((event) => event.type === "requirementsChecked");
  const lastResubmission = events.findLast((event) => event.type === "resubmitted");
  const checked = z.object({ checked: z.array(z.number()) }).safeParse(lastChecklist?.data);
  return {
    ...application,
    // Full identity numbers only through the audited reveal (DESIGN.md §9).
    answers: maskAnswers(application.formDefinition, application.answers),
    applicant: { name: details.citizen.name, nikMasked: details.citizen.profile?.nikMasked ?? null },
    assignedOfficer: details.assignedOfficer,
    agencyName: details.agency,
    output: details.output,
    requirements: standard.requirements,
    checkedRequirements: checked.success ? checked.data.checked : [],
    correctionChanges: lastResubmission ? changesOf(application.formDefinition, lastResubmission) : null,
    events,
    documents,
    sla: await slaViewOf({ ...application, decidedAt: details.decidedAt, completedAt: details.completedAt }),
    mayWork: can(actor, "agency.work", { agencyId: application.agencyId }),
    maySupervise: can(actor, "agency.supervise", { agencyId: application.agencyId }),
    mayRevoke: can(actor, "output.revoke", { agencyId: application.agencyId }),
    officers: can(actor, "agency.supervise", { agencyId: application.agencyId })
      ? (
          await db.agencyMembership.findMany({
            where: { agencyId: application.agencyId, role: "OFFICER", user: { active: true, roles: { has: "OFFICER" } } },
            select: { user: { select: { id: true, name: true } } },
            orderBy: { user: { name: "asc" } },
          })
        ).map(({ user }) => user)
      : [],
    isMine: actor.kind === "user" && details.assignedOfficer?.id === actor.id,
  };
}
export type AgencyCaseView = Awaited<ReturnType<typeof getAgencyCaseView>>;

/**
 * What the citizen changed in their latest resubmission, old and new, read
 * like the case's own answers: identity numbers masked (a full number only
 * through the audited reveal).
 */
function changesOf(definition: Parameters<typeof openAnswers>[0], event: { data: unknown; createdAt: Date }) {
  const parsed = z.object({ changes: correctionChangesSchema }).safeParse(event.data);
  if (!parsed.success) return null;
  const { answers, documents } = parsed.data.changes;
  const readable = (side: "before" | "after") =>
    maskAnswers(definition, openAnswers(definition, Object.fromEntries(answers.map((change) => [change.field, change[side]]))));
  const before = readable("before");
  const after = readable("after");
  return {
    at: event.createdAt,
    answers: answers.map(({ field }) => ({ field, before: before[field], after: after[field] })),
    documents,
  };
}
