import { removeUploadDir } from "@/tests/fixtures/upload-dir";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getAgencyCaseView } from "@/lib/applications/case-view";
import { EVENT_TYPE } from "@/lib/applications/transition";
import { addCaseNote, saveRequirementChecklist } from "@/lib/applications/use-cases/add-case-note";
import { claimApplication, claimNextApplication } from "@/lib/applications/use-cases/claim-application";
import { approveApplication, rejectApplication } from "@/lib/applications/use-cases/decide-application";
import { releaseApplication } from "@/lib/applications/use-cases/release-application";
import { requestCorrection } from "@/lib/applications/use-cases/request-correction";
import { resubmitApplication } from "@/lib/applications/use-cases/resubmit-application";
import { revealApplicantNik } from "@/lib/applications/use-cases/reveal-applicant-nik";
import { saveDraft } from "@/lib/applications/use-cases/save-draft";
import { submitApplication } from "@/lib/applications/use-cases/submit-application";
import { withdrawApplication } from "@/lib/applications/use-cases/withdraw-application";
import type { Actor } from "@/lib/auth/actor";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import { issueOutput } from "@/lib/outputs/use-cases/issue-output";
import { db } from "@/lib/platform/db";
import type { AppError } from "@/lib/platform/errors";
import { translate } from "@/lib/platform/i18n/messages";
import { actorFor, DISDUKCAPIL_OFFICER, ktpAnswers, rejectionOf, type UserActor } from "@/tests/fixtures/applications";
import { agencyIdOf, applicationIn, caseSnapshot, CORRECTION_NOTE, createOfficer, NOT_FOUND, REJECTION, refusal } from "@/tests/fixtures/back-office";

afterAll(removeUploadDir);

const context = { ip: null };

const ACTIONS = {
  claim: (actor: Actor, id: string) => claimApplication(actor, id, context),
  requestCorrection: (actor: Actor, id: string) => requestCorrection(actor, id, { note: CORRECTION_NOTE, fields: ["applicantPhone"] }, context),
  approve: (actor: Actor, id: string) => approveApplication(actor, id, {}, context),
  reject: (actor: Actor, id: string) => rejectApplication(actor, id, REJECTION, context),
  release: (actor: Actor, id: string) => releaseApplication(actor, id, context),
  issue: (actor: Actor, id: string) => issueOutput(actor, id, context),
} as const;
type OfficerAction = keyof typeof ACTIONS;

/** DESIGN.md §3: the one status each officer action starts from, and where it leads. */
const TABLE: Record<OfficerAction, { from: ApplicationStatus; to: ApplicationStatus; event: keyof typeof EVENT_TYPE }> = {
  claim: { from: "SUBMITTED", to: "IN_REVIEW", event: "claim" },
  requestCorrection: { from: "IN_REVIEW", to: "NEEDS_CORRECTION", event: "requestCorrection" },
  approve: { from: "IN_REVIEW", to: "APPROVED", event: "approve" },
  reject: { from: "IN_REVIEW", to: "REJECTED", event: "reject" },
  release: { from: "IN_REVIEW", to: "SUBMITTED", event: "release" },
  issue: { from: "APPROVED", to: "COMPLETED", event: "issue" },
};

const SUBMITTED_STATUSES = ["SUBMITTED", "IN_REVIEW", "NEEDS_CORRECTION", "APPROVED", "REJECTED", "COMPLETED", "WITHDRAWN"] as const;

let officer: UserActor;
let colleague: UserActor;
/** One application per status, claimed by `officer` wherever the path went through review; refusals must leave them as they are. */
const standing = {} as Record<(typeof SUBMITTED_STATUSES)[number] | "DRAFT", Awaited<ReturnType<typeof applicationIn>>>;

beforeAll(async () => {
  officer = await actorFor({ email: DISDUKCAPIL_OFFICER });
  colleague = await createOfficer("DISDUKCAPIL");
  for (const status of [...SUBMITTED_STATUSES, "DRAFT"] as const) standing[status] = await applicationIn(status, officer);
});

describe("the transition table, action by action", () => {
  it.each(Object.keys(TABLE) as OfficerAction[])("%s moves the application only from the status the table names", async (action) => {
    const { from, to, event } = TABLE[action];

    // Allowed: a fresh application in the starting status.
    const fresh = await applicationIn(from, officer);
    const before = await caseSnapshot(fresh.id);
    await ACTIONS[action](officer, fresh.id);
    const after = await caseSnapshot(fresh.id);
    expect(after.status).toBe(to);
    expect(after.version).toBe(before.version + 1);
    const latest = await db.applicationEvent.findFirstOrThrow({ where: { applicationId: fresh.id }, orderBy: { createdAt: "desc" } });
    expect(latest).toMatchObject({ type: EVENT_TYPE[event], fromStatus: from, toStatus: to, actorId: officer.id, actorRole: "OFFICER" });
    expect(await db.auditEvent.count({ where: { entityId: fresh.id, action: `application.${EVENT_TYPE[event]}` } })).toBe(1);

    // Refused from every other status, and nothing is written.
    for (const status of SUBMITTED_STATUSES) {
      if (status === from) continue;
      const { id } = standing[status];
      const snapshot = await caseSnapshot(id);
      if (action === "issue" && status === "COMPLETED") {
        // Issuing again hands back the document already issued.
        await expect(issueOutput(officer, id, context)).resolves.toMatchObject({ alreadyIssued: true });
      } else {
        const error = refusal(await rejectionOf(ACTIONS[action](officer, id)));
        expect(error.code, `${action} from ${status}`).toBe("CONFLICT");
        if (status === "SUBMITTED") {
          // Nobody holds a submitted case: either guard may answer first.
          expect(["application.notAllowedNow", "backOffice.notYourCase"]).toContain(error.messageKey);
        } else {
          expect(error.messageKey, `${action} from ${status}`).toBe("application.notAllowedNow");
        }
      }
      expect(await caseSnapshot(id), `${action} from ${status}`).toEqual(snapshot);
    }

    // A draft does not exist for the back office.
    const draft = await caseSnapshot(standing.DRAFT.id);
    await expect(ACTIONS[action](officer, standing.DRAFT.id)).rejects.toMatchObject(NOT_FOUND);
    expect(await caseSnapshot(standing.DRAFT.id)).toEqual(draft);
  });
});

describe("who decides", () => {
  it("lets only the officer holding the case correct, approve, reject or release it", async () => {
    const { id } = await applicationIn("IN_REVIEW", officer);
    const before = await caseSnapshot(id);
    for (const action of ["requestCorrection", "approve", "reject", "release"] as const) {
      await expect(ACTIONS[action](colleague, id), action).rejects.toMatchObject({ code: "CONFLICT", messageKey: "backOffice.notYourCase" });
    }
    // Nor can the colleague take it over by claiming.
    await expect(claimApplication(colleague, id, context)).rejects.toMatchObject({ code: "CONFLICT", messageKey: "application.notAllowedNow" });
    expect(await caseSnapshot(id)).toEqual(before);

    await approveApplication(officer, id, {}, context);
    expect((await caseSnapshot(id)).status).toBe("APPROVED");
  });

  it("lets only the officer holding an approved case issue its output: a colleague of the same agency is told to have it reassigned", async () => {
    const { id } = await applicationIn("APPROVED", officer);
    const before = await caseSnapshot(id);

    const refused = await rejectionOf(issueOutput(colleague, id, context));
    expect(refused).toMatchObject({ code: "CONFLICT", messageKey: "backOffice.notYourCase" });
    // What the officer reads, in both languages: who to ask.
    expect(translate("id", (refused as AppError).messageKey)).toBe("Permohonan ini ditangani petugas lain. Minta supervisor untuk mengalihkannya.");
    expect(translate("en", (refused as AppError).messageKey)).toBe("Another officer is handling this application. Ask a supervisor to reassign it.");
    expect(await caseSnapshot(id)).toEqual(before);
    expect(await db.outputDocument.count({ where: { applicationId: id } })).toBe(0);

    await expect(issueOutput(officer, id, context)).resolves.toMatchObject({ alreadyIssued: false });
    expect(await caseSnapshot(id)).toMatchObject({ status: "COMPLETED", assignedOfficerId: officer.id });
    expect(await db.applicationEvent.findFirstOrThrow({ where: { applicationId: id, type: "issued" } })).toMatchObject({ actorId: officer.id });
  });

  it("refuses a rejection without a listed reason or a note of at least 10 characters, and writes nothing", async () => {
    const { id, citizen } = await applicationIn("IN_REVIEW", officer);
    const before = await caseSnapshot(id);
    const invalid = async (input: unknown) => {
      const error = await rejectionOf(rejectApplication(officer, id, input, context));
      expect(error).toMatchObject({ code: "INVALID", messageKey: "error.invalidInput" });
      return (error as { fieldErrors: Record<string, string[]> }).fieldErrors;
    };

    expect(await invalid({ note: REJECTION.note })).toEqual({ reason: ["backOffice.rejectReasonRequired"] });
    expect(await invalid({ reason: "tidakSuka", note: REJECTION.note })).toEqual({ reason: ["backOffice.rejectReasonRequired"] });
    expect(await invalid({ reason: "other", note: "Kurang." })).toEqual({ note: ["backOffice.rejectNoteTooShort"] });
    // Padding does not count towards the ten characters.
    expect(await invalid({ reason: "other", note: "   Kurang     " })).toEqual({ note: ["backOffice.rejectNoteTooShort"] });
    expect(await invalid({ reason: "", note: "" })).toEqual({ reason: ["backOffice.rejectReasonRequired"], note: ["backOffice.rejectNoteTooShort"] });
    expect(await caseSnapshot(id)).toEqual(before);

    await rejectApplication(officer, id, { reason: "notEligible", note: "  Pemohon belum berusia 17 tahun.  " }, context);
    const event = await db.applicationEvent.findFirstOrThrow({ where: { applicationId: id, type: "rejected" } });
    expect(event).toMatchObject({ note: "Pemohon belum berusia 17 tahun.", data: { reason: "notEligible" }, internal: false });
    const row = await db.application.findUniqueOrThrow({ where: { id }, select: { status: true, decidedAt: true } });
    expect(row.status).toBe("REJECTED");
    expect(row.decidedAt).toEqual(event.createdAt);
    const notification = await db.notification.findFirstOrThrow({ where: { userId: citizen.actor.id, messageKey: "notification.applicationRejected" } });
    expect(notification.params).toMatchObject({ note: "Pemohon belum berusia 17 tahun." });
  });

  it("never lets the applicant fire an officer's event", async () => {
    const disdukcapilId = await agencyIdOf("DISDUKCAPIL");
    for (const status of ["SUBMITTED", "IN_REVIEW", "APPROVED"] as const) {
      const { id, citizen } = standing[status];
      const before = await caseSnapshot(id);
      for (const action of Object.keys(ACTIONS) as OfficerAction[]) {
        await expect(ACTIONS[action](citizen.actor, id), `${action} on ${status}`).rejects.toMatchObject(NOT_FOUND);
      }
      await expect(addCaseNote(citizen.actor, id, { note: "Tolong dipercepat." }, context)).rejects.toMatchObject(NOT_FOUND);
      await expect(saveRequirementChecklist(citizen.actor, id, { checked: [0, 1] }, context)).rejects.toMatchObject(NOT_FOUND);
      await expect(getAgencyCaseView(citizen.actor, id)).rejects.toMatchObject(NOT_FOUND);
      await expect(revealApplicantNik(citizen.actor, id, context)).rejects.toMatchObject(NOT_FOUND);
      expect(await caseSnapshot(id)).toEqual(before);
    }
    const citizen = standing.SUBMITTED.citizen.actor;
    await expect(claimNextApplication(citizen, disdukcapilId, context)).rejects.toMatchObject(NOT_FOUND);
    expect(await caseSnapshot(standing.SUBMITTED.id)).toMatchObject({ status: "SUBMITTED", assignedOfficerId: null });
  });

  it("never lets an officer fire the applicant's events, even on the case the officer holds", async () => {
    const draft = standing.DRAFT;
    const correcting = standing.NEEDS_CORRECTION;
    const reviewing = await applicationIn("IN_REVIEW", officer);
    const snapshots = await Promise.all([draft.id, correcting.id, reviewing.id].map(caseSnapshot));

    await expect(submitApplication(officer, draft.id, {}, context)).rejects.toMatchObject(NOT_FOUND);
    await expect(saveDraft(officer, correcting.id, ktpAnswers(correcting.citizen, { applicantPhone: "081298765432" }))).rejects.toMatchObject(NOT_FOUND);
    await expect(resubmitApplication(officer, correcting.id, context)).rejects.toMatchObject(NOT_FOUND);
    await expect(withdrawApplication(officer, reviewing.id, {}, context)).rejects.toMatchObject(NOT_FOUND);
    await expect(withdrawApplication(colleague, reviewing.id, {}, context)).rejects.toMatchObject(NOT_FOUND);

    expect(await Promise.all([draft.id, correcting.id, reviewing.id].map(caseSnapshot))).toEqual(snapshots);
  });
});

describe("acting on what the screen showed", () => {
  it("refuses a rejection sent with the version from before an approval, and the case stays approved", async () => {
    const { id, citizen } = await applicationIn("IN_REVIEW", officer);
    const seen = (await getAgencyCaseView(officer, id)).version;

    // The form posts the version as a string.
    await approveApplication(officer, id, { version: String(seen) }, context);
    const approved = await caseSnapshot(id);
    expect(approved).toMatchObject({ status: "APPROVED", version: seen + 1 });

    await expect(rejectApplication(officer, id, { ...REJECTION, version: String(seen) }, context)).rejects.toMatchObject({
      code: "CONFLICT",
      messageKey: "application.changedMeanwhile",
    });
    expect(await caseSnapshot(id)).toEqual(approved);
    expect(await db.applicationEvent.count({ where: { applicationId: id, type: "rejected" } })).toBe(0);
    expect(await db.notification.count({ where: { userId: citizen.actor.id, messageKey: "notification.applicationRejected" } })).toBe(0);
  });

  it("refuses a decision on an older version even when the status is the same again", async () => {
    const { id, citizen } = await applicationIn("IN_REVIEW", officer);
    const seen = (await getAgencyCaseView(officer, id)).version;
    // The citizen corrects the phone number and resubmits: in review again, with answers the officer has not seen.
    await requestCorrection(officer, id, { note: CORRECTION_NOTE, fields: ["applicantPhone"] }, context);
    await saveDraft(citizen.actor, id, ktpAnswers(citizen, { applicantPhone: "081298765432" }));
    await resubmitApplication(citizen.actor, id, context);
    const resubmitted = await caseSnapshot(id);
    expect(resubmitted.status).toBe("IN_REVIEW");

    for (const decide of [
      () => approveApplication(officer, id, { version: seen }, context),
      () => rejectApplication(officer, id, { ...REJECTION, version: seen }, context),
      () => requestCorrection(officer, id, { note: CORRECTION_NOTE, fields: ["applicantPhone"], version: seen }, context),
      () => releaseApplication(officer, id, { ip: null, expectedVersion: seen }),
    ]) {
      await expect(decide()).rejects.toMatchObject({ code: "CONFLICT", messageKey: "application.changedMeanwhile" });
    }
    expect(await caseSnapshot(id)).toEqual(resubmitted);
    await approveApplication(officer, id, { version: resubmitted.version }, context);
    expect((await caseSnapshot(id)).status).toBe("APPROVED");
  });

  it("lets only one of an approval and a rejection sent at the same moment through", async () => {
    const { id } = await applicationIn("IN_REVIEW", officer);
    const seen = (await caseSnapshot(id)).version;
    const [approved, rejected] = await Promise.allSettled([
      approveApplication(officer, id, { version: seen }, context),
      rejectApplication(officer, id, { ...REJECTION, version: seen }, context),
    ]);
    expect([approved.status, rejected.status].filter((s) => s === "fulfilled")).toHaveLength(1);
    const loser = approved.status === "rejected" ? approved : (rejected as PromiseRejectedResult);
    expect(refusal(loser.reason).code).toBe("CONFLICT");
    const after = await caseSnapshot(id);
    expect(after.status).toBe(approved.status === "fulfilled" ? "APPROVED" : "REJECTED");
    expect(after.version).toBe(seen + 1);
    expect(await db.applicationEvent.count({ where: { applicationId: id, type: { in: ["approved", "rejected"] } } })).toBe(1);
  });
});
