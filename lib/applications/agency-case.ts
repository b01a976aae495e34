import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorize, type Action } from "@/lib/auth/policy";
import { loadPublishedVersion } from "@/lib/catalog/published-definition";
import { db, type Tx } from "@/lib/platform/db";
import { AppError, notFound } from "@/lib/platform/errors";
import { openAnswers } from "./answer-vault";
import { isDraft, requiresHolder, type ApplicationEventName } from "./workflow";

/**
 * Loads a submitted application for staff of its agency. Drafts are the
 * citizen's private work and do not exist for the back office; another
 * agency's application is "not found".
 */
export async function loadAgencyCase(client: Tx, actor: Actor, applicationId: string, action: Extract<Action, "agency.read" | "agency.work">) {
  const row = await client.application.findUnique({
    where: { id: applicationId },
    select: {
      id: true,
      status: true,
      version: true,
      citizenId: true,
      agencyId: true,
      serviceId: true,
      trackingNumber: true,
      submittedAt: true,
      dueAt: true,
      pauseStartedAt: true,
      assignedOfficerId: true,
      answers: true,
      service: { select: { nameId: true, nameEn: true, slug: true } },
      agency: { select: { code: true, timezone: true, officeOpens: true, officeCloses: true, regionCode: true } },
      standardVersionId: true,
    },
  });
  if (!row || isDraft(row.status)) {
    authorize(actor, action, { agencyId: null });
    throw notFound();
  }
  authorize(actor, action, { agencyId: row.agencyId });
  const standardVersion = await loadPublishedVersion(client, row.standardVersionId);
  const formDefinition = standardVersion.formDefinition;
  return { ...row, standardVersion, formDefinition, answers: openAnswers(formDefinition, row.answers) };
}

export type AgencyCase = Awaited<ReturnType<typeof loadAgencyCase>>;

/**
 * The version the officer's screen showed. Acting on an older one would
 * decide on data the officer never saw, so it is refused, not merged.
 */
export function assertUnchanged(application: { version: number }, expectedVersion: number | undefined) {
  if (expectedVersion !== undefined && expectedVersion !== application.version) {
    throw new AppError("CONFLICT", "application.changedMeanwhile");
  }
}

/**
 * A holder-only event (workflow requiresHolder) is fired by the officer
 * holding the case alone; a supervisor reassigns when someone else must.
 */
export function assertMayFire(application: { assignedOfficerId: string | null }, event: ApplicationEventName, officerId: string) {
  if (requiresHolder(event) && application.assignedOfficerId !== officerId) throw new AppError("CONFLICT", "backOffice.notYourCase");
}

/** Who an agency's case work is recorded under: the role the policy granted the work in that agency. */
export function officerRole(actor: Actor, agencyId: string) {
  const role = authorize(actor, "agency.work", { agencyId });
  if (actor.kind !== "user") throw notFound();
  return { id: actor.id, role };
}

/**
 * The case an officer is about to move by `event`: theirs to work on, still
 * at the version their screen showed, and held by them where the event asks for it.
 */
export async function loadCaseToFire(actor: Actor, applicationId: string, event: ApplicationEventName, expectedVersion: number | undefined) {
  const application = await loadAgencyCase(db, actor, applicationId, "agency.work");
  assertUnchanged(application, expectedVersion);
  const officer = officerRole(actor, application.agencyId);
  assertMayFire(application, event, officer.id);
  return { application, officer };
}
