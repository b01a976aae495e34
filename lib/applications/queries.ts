import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/policy";
import { recentDirectory } from "@/lib/catalog/recent-directory";
import { db } from "@/lib/platform/db";
import { loadWorkCalendar } from "@/lib/sla/agency-calendar";
import { localDateOf } from "@/lib/sla/calendar";
import { remainingWholeWorkingDays, slaStatus, type SlaStatus } from "@/lib/sla/status";
import { currentCorrection } from "./correction";
import { loadCitizenCase } from "./data";
import { mayApplyAgain, rejectionFrom } from "./rejection";
import { trackingSecretFor } from "./tracking-secret";
import { DRAFT_STATUS, isAwaitingCorrection, isFinal, isOpen, isRejected, isSlaPaused, isWithdrawn } from "./workflow";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import { TIMELINE_ORDER } from "@/lib/platform/guarded-transition";

/** The citizen's applications, newest first, drafts included. */
export async function listOwnApplications(actor: Actor) {
  authorize(actor, "application.create");
  if (actor.kind !== "user") return [];
  return withNames(
    await db.application.findMany({ where: { citizenId: actor.id }, orderBy: [{ updatedAt: "desc" }], take: 200, select: ownApplicationSelect }),
  );
}

/** How many of a citizen's applications /permohonan shows at once. */
export const OWN_APPLICATIONS_PAGE_SIZE = 10;

/** One page of the citizen's applications, most recently changed first; whether an older page exists, from one row past this one (no count). */
export async function pageOfOwnApplications(actor: Actor, page: number) {
  authorize(actor, "application.create");
  if (actor.kind !== "user") return { rows: [], hasOlder: false };
  const found = await db.application.findMany({
    where: { citizenId: actor.id },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * OWN_APPLICATIONS_PAGE_SIZE,
    take: OWN_APPLICATIONS_PAGE_SIZE + 1,
    select: ownApplicationSelect,
  });
  return { rows: await withNames(found.slice(0, OWN_APPLICATIONS_PAGE_SIZE)), hasOlder: found.length > OWN_APPLICATIONS_PAGE_SIZE };
}

const ownApplicationSelect = {
  id: true,
  status: true,
  trackingNumber: true,
  submittedAt: true,
  dueAt: true,
  createdAt: true,
  updatedAt: true,
  serviceId: true,
  agencyId: true,
} as const;

/** Service and agency names from the reused directory (lib/catalog/recent-directory.ts) rather than two more statements. */
async function withNames<Row extends { serviceId: string; agencyId: string }>(rows: Row[]) {
  const directory = await recentDirectory({
    mustKnow: { serviceIds: rows.map((row) => row.serviceId), agencyIds: rows.map((row) => row.agencyId) },
  });
  return rows.map(({ serviceId, agencyId, ...row }) => {
    const service = directory.serviceById.get(serviceId)!;
    const agency = directory.agencyById.get(agencyId)!;
    return {
      ...row,
      service: { nameId: service.nameId, nameEn: service.nameEn },
      agency: { nameId: agency.nameId, nameEn: agency.nameEn, timezone: agency.timezone },
    };
  });
}
export type OwnApplicationRow = Awaited<ReturnType<typeof listOwnApplications>>[number];

export type SlaView = {
  dueAt: Date;
  status: SlaStatus;
  remainingDays: number;
  paused: boolean;
  timeZone: string;
};

/** What a citizen (or a tracker) is told about the clock: due date, days left, status. */
export async function slaViewOf(
  application: {
    status: ApplicationStatus;
    submittedAt: Date | null;
    dueAt: Date | null;
    pauseStartedAt: Date | null;
    decidedAt?: Date | null;
    completedAt?: Date | null;
    agency: { timezone: string; officeOpens: string; officeCloses: string; regionCode: string | null };
  },
  now = new Date(),
): Promise<SlaView | null> {
  if (!application.submittedAt || !application.dueAt || isWithdrawn(application.status)) return null;
  const calendar = await loadWorkCalendar(db, application.agency, { around: now });
  const finishedAt = isFinal(application.status) ? (application.completedAt ?? application.decidedAt ?? null) : null;
  const pausedSince = isSlaPaused(application.status) ? application.pauseStartedAt : null;
  const input = { startedAt: application.submittedAt, dueAt: application.dueAt, now, pausedSince, finishedAt };
  return {
    dueAt: application.dueAt,
    status: slaStatus(calendar, input),
    remainingDays: isOpen(application.status) ? remainingWholeWorkingDays(calendar, input) : 0,
    paused: !!pausedSince,
    timeZone: calendar.timeZone,
  };
}

/** Today in the agency's zone: the reference date for the form's date rules. */
export async function agencyToday(agency: { timezone: string; officeOpens: string; officeCloses: string; regionCode: string | null }, now = new Date()) {
  return localDateOf(await loadWorkCalendar(db, agency, { around: now }), now);
}

/**
 * What the form's date rules are judged against (CompileOptions): today in the
 * agency's zone and its holidays from today on, from the SLA calendar. Plain
 * strings, so a page can hand them to the browser's copy of the form schema.
 */
export async function agencyDateRules(agency: { timezone: string; officeOpens: string; officeCloses: string; regionCode: string | null }, now = new Date()) {
  const calendar = await loadWorkCalendar(db, agency, { around: now });
  const today = localDateOf(calendar, now);
  return { today, nonWorkingDates: [...calendar.nonWorkingDates].filter((date) => date >= today).sort() };
}

/** Everything the citizen's application page shows. */
export async function getOwnApplication(actor: Actor, applicationId: string) {
  const application = await loadCitizenCase(db, actor, applicationId, "ownData.read");
  const [events, correction, timestamps] = await Promise.all([
    db.applicationEvent.findMany({
      where: { applicationId, internal: false },
      orderBy: [...TIMELINE_ORDER],
      select: { id: true, type: true, fromStatus: true, toStatus: true, note: true, actorRole: true, data: true, createdAt: true },
    }),
    isAwaitingCorrection(application.status) ? currentCorrection(db, applicationId) : Promise.resolve(null),
    db.application.findUniqueOrThrow({ where: { id: applicationId }, select: { decidedAt: true, completedAt: true } }),
  ]);
  const rejection = isRejected(application.status) ? rejectionFrom(events) : null;
  return {
    ...application,
    events,
    correction,
    rejection,
    mayApplyAgain: rejection ? mayApplyAgain(rejection, await serviceTakesApplications(application.serviceId)) : false,
    sla: await slaViewOf({ ...application, ...timestamps }),
    trackingSecret: application.trackingNumber ? trackingSecretFor(application.id) : null,
  };
}
export type OwnApplication = Awaited<ReturnType<typeof getOwnApplication>>;

async function serviceTakesApplications(serviceId: string): Promise<boolean> {
  const service = await db.service.findUnique({ where: { id: serviceId }, select: { status: true, currentVersionId: true } });
  return service?.status === "PUBLISHED" && !!service.currentVersionId;
}

/** The citizen's open drafts for a service, newest first: "continue where you left off". */
export async function listOwnDrafts(actor: Actor, serviceSlug: string) {
  if (actor.kind !== "user" || !actor.roles.includes("CITIZEN")) return [];
  return db.application.findMany({
    where: { citizenId: actor.id, status: DRAFT_STATUS, service: { slug: serviceSlug } },
    orderBy: { updatedAt: "desc" },
    select: { id: true },
  });
}
