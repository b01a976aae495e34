import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getOwnApplication } from "@/lib/applications/queries";
import { claimApplication } from "@/lib/applications/use-cases/claim-application";
import { rejectApplication } from "@/lib/applications/use-cases/decide-application";
import { reapplyApplication } from "@/lib/applications/use-cases/reapply-application";
import { complaintPrefill } from "@/lib/complaints/prefill";
import { db } from "@/lib/platform/db";
import { translator } from "@/lib/platform/i18n/messages";
import { actorFor, createCitizen, DISDUKCAPIL_OFFICER, ktpAnswers, submittedApplication, type UserActor } from "@/tests/fixtures/applications";
import { applicationIn, REJECTION, refusal } from "@/tests/fixtures/back-office";
import { removeUploadDir } from "@/tests/fixtures/upload-dir";

afterAll(removeUploadDir);

const context = { ip: "203.0.113.7" };
const t = translator("id");
let officer: UserActor;

beforeAll(async () => {
  officer = await actorFor({ email: DISDUKCAPIL_OFFICER });
});

describe("a rejection, as the citizen sees it", () => {
  it("shows the reason from the list and the officer's explanation, and offers to apply again", async () => {
    const { id, citizen } = await applicationIn("REJECTED", officer);
    const own = await getOwnApplication(citizen.actor, id);
    expect(own.rejection).toMatchObject({ reason: REJECTION.reason, note: REJECTION.note });
    expect(own.mayApplyAgain).toBe(true);
  });

  it("does not offer applying again after a rejection as a duplicate", async () => {
    const citizen = await createCitizen();
    const { id } = await submittedApplication(citizen);
    await claimApplication(officer, id, context);
    await rejectApplication(officer, id, { reason: "duplicate", note: "Permohonan yang sama sudah Anda kirim kemarin." }, context);
    expect((await getOwnApplication(citizen.actor, id)).mayApplyAgain).toBe(false);
    expect(refusal(await reapplyApplication(citizen.actor, id, context).catch((error: unknown) => error))).toEqual({
      code: "CONFLICT",
      messageKey: "application.applyAgainNotAllowed",
    });
  });

  it("has no rejection for an application that was not rejected", async () => {
    const { id, citizen } = await applicationIn("IN_REVIEW", officer);
    const own = await getOwnApplication(citizen.actor, id);
    expect(own.rejection).toBeNull();
    expect(own.mayApplyAgain).toBe(false);
  });
});

describe("applying again", () => {
  it("opens one new draft with the rejected answers (identity numbers sealed again), no documents, audited; a second click lands on it", async () => {
    const { id, citizen } = await applicationIn("REJECTED", officer);
    const first = await reapplyApplication(citizen.actor, id, context);
    expect(first.alreadyStarted).toBe(false);
    expect(first.id).not.toBe(id);

    const draft = await getOwnApplication(citizen.actor, first.id);
    expect(draft.status).toBe("DRAFT");
    expect(draft.service.slug).toBe("ktp-el-baru");
    const expected = ktpAnswers(citizen);
    expect(draft.answers).toMatchObject({ applicantNik: expected.applicantNik, applicantPhone: "+6281234567890", applicantAddress: expected.applicantAddress });
    expect(draft.documents).toEqual([]);
    // Stored sealed, as every draft's identity numbers are.
    const stored = await db.application.findUniqueOrThrow({ where: { id: first.id }, select: { answers: true } });
    expect(JSON.stringify(stored.answers)).not.toContain(citizen.nik);

    const audits = await db.auditEvent.findMany({
      where: { action: "application.created", entityId: first.id },
      select: { actorId: true, ip: true, data: true },
    });
    expect(audits).toEqual([{ actorId: citizen.actor.id, ip: context.ip, data: { reappliedFrom: id } }]);

    const again = await Promise.all([reapplyApplication(citizen.actor, id, context), reapplyApplication(citizen.actor, id, context)]);
    expect(again.map((result) => result.id)).toEqual([first.id, first.id]);
    expect(await db.application.count({ where: { citizenId: citizen.actor.id } })).toBe(2);
  });

  it("is refused for an application that is not rejected, and another citizen's is not found", async () => {
    const { id, citizen } = await applicationIn("IN_REVIEW", officer);
    expect(refusal(await reapplyApplication(citizen.actor, id, context).catch((error: unknown) => error))).toEqual({
      code: "CONFLICT",
      messageKey: "application.notAllowedNow",
    });
    const rejected = await applicationIn("REJECTED", officer);
    const stranger = await createCitizen();
    expect(refusal(await reapplyApplication(stranger.actor, rejected.id, context).catch((error: unknown) => error))).toEqual({
      code: "NOT_FOUND",
      messageKey: "error.notFound",
    });
    expect(await db.application.count({ where: { citizenId: stranger.actor.id } })).toBe(0);
  });
});

describe("objecting to a rejection (keberatan)", () => {
  it("pre-fills a complaint about the application, as an objection, for its owner only", async () => {
    const { trackingNumber, citizen } = await applicationIn("REJECTED", officer);
    const objection = await complaintPrefill(citizen.actor, { permohonan: trackingNumber!, keberatan: "1" }, t);
    expect(objection.application).toBe(trackingNumber);
    expect(objection.values).toMatchObject({
      kind: "COMPLAINT",
      applicationNumber: trackingNumber,
      serviceSlug: "ktp-el-baru",
      agencyCode: "DISDUKCAPIL",
      category: "decisionObjection",
      title: `Keberatan atas penolakan permohonan ${trackingNumber}`,
    });
    // A plain complaint from the same page names the application but no category.
    expect((await complaintPrefill(citizen.actor, { permohonan: trackingNumber! }, t)).values.category).toBeUndefined();
    // Someone else's number pre-fills nothing.
    const stranger = await createCitizen();
    expect(await complaintPrefill(stranger.actor, { permohonan: trackingNumber!, keberatan: "1" }, t)).toEqual({ values: {}, application: null });
  });

  it("is not an objection while the application is still being decided", async () => {
    const { trackingNumber, citizen } = await applicationIn("IN_REVIEW", officer);
    expect((await complaintPrefill(citizen.actor, { permohonan: trackingNumber!, keberatan: "1" }, t)).values.category).toBeUndefined();
  });
});
