import { removeUploadDir } from "@/tests/fixtures/upload-dir";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getOwnApplication } from "@/lib/applications/queries";
import { applyTransition } from "@/lib/applications/transition";
import { claimApplication } from "@/lib/applications/use-cases/claim-application";
import { requestCorrection } from "@/lib/applications/use-cases/request-correction";
import { resubmitApplication } from "@/lib/applications/use-cases/resubmit-application";
import { saveDraft } from "@/lib/applications/use-cases/save-draft";
import { submitApplication } from "@/lib/applications/use-cases/submit-application";
import { uploadDocument } from "@/lib/applications/use-cases/upload-document";
import { withdrawApplication } from "@/lib/applications/use-cases/withdraw-application";
import { formDefinitionSchema } from "@/lib/catalog/form-definition";
import { visibleFields } from "@/lib/catalog/form-fields";
import { db } from "@/lib/platform/db";
import {
  actorFor,
  completeDraft,
  createCitizen,
  DISDUKCAPIL_OFFICER,
  ktpAnswers,
  legacyKtpVersionBeforeBooking,
  rejectionOf,
  submittedApplication,
  wib,
  type UserActor,
} from "@/tests/fixtures/applications";
import { JPEG_BYTES } from "@/tests/fixtures/documents";
import { ownerDb } from "@/tests/fixtures/owner-db";

afterAll(removeUploadDir);

let officer: UserActor;
let disdukcapilId: string;

beforeAll(async () => {
  officer = await actorFor({ email: DISDUKCAPIL_OFFICER });
  disdukcapilId = (await db.agency.findUniqueOrThrow({ where: { code: "DISDUKCAPIL" }, select: { id: true } })).id;
});

const counterValue = async (year: number) =>
  (await db.$queryRaw<{ last: number }[]>`SELECT tracking_serial_last(${disdukcapilId}, ${year}::integer) AS "last"`)[0]!.last;

const submittedEvents = (applicationId: string) => db.applicationEvent.count({ where: { applicationId, type: "submitted" } });

const CORRECTION_NOTE = "Nomor telepon tidak dapat dihubungi, mohon perbaiki.";

describe("submitting an application", () => {
  it("gives a tracking number and a due date at office close of the 3rd working day, past holidays", async () => {
    const citizen = await createCitizen();
    // Wednesday 23 Dec 2026; the 24th is collective leave, the 25th Christmas.
    const { id } = await completeDraft(citizen, { now: wib("2026-12-23T09:00") });
    const before = await counterValue(2026);
    const result = await submitApplication(citizen.actor, id, {}, { ip: "203.0.113.30", now: wib("2026-12-23T10:00") });

    expect(result.alreadySubmitted).toBe(false);
    expect(result.trackingNumber).toMatch(/^DISDUKCAPIL-2026-\d{6}$/);
    expect(Number(result.trackingNumber.slice(-6))).toBe(before + 1);
    expect(await counterValue(2026)).toBe(before + 1);

    const row = await db.application.findUniqueOrThrow({ where: { id } });
    expect(row.status).toBe("SUBMITTED");
    expect(row.trackingNumber).toBe(result.trackingNumber);
    expect(row.trackingSecretHash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.submittedAt).toEqual(wib("2026-12-23T10:00"));
    // Day 1 Wed 23, day 2 Mon 28, day 3 Tue 29 at 16:00 WIB.
    expect(row.dueAt).toEqual(new Date("2026-12-29T09:00:00Z"));

    const notification = await db.notification.findFirstOrThrow({
      where: { userId: citizen.actor.id, messageKey: "notification.applicationSubmitted" },
    });
    expect(notification.params).toMatchObject({ trackingNumber: result.trackingNumber });
    expect(notification.link).toBe(`/permohonan/${id}`);
    expect(await db.job.count({ where: { queue: "email.send", payload: { path: ["notificationId"], equals: notification.id } } })).toBe(1);
  });

  it("puts the due moment at 16:00 WIB on a working day when submitted after office hours on a Friday", async () => {
    const citizen = await createCitizen();
    const { id } = await completeDraft(citizen, { now: wib("2026-12-04T17:00") });
    await submitApplication(citizen.actor, id, {}, { ip: null, now: wib("2026-12-04T18:30") });
    const { dueAt } = await db.application.findUniqueOrThrow({ where: { id }, select: { dueAt: true } });
    // The clock starts Monday 7 Dec: day 3 is Wednesday 9 Dec.
    expect(dueAt).toEqual(new Date("2026-12-09T09:00:00Z"));
  });

  it("answers a repeated submission with the same tracking number and records one submission", async () => {
    const citizen = await createCitizen();
    const { id } = await completeDraft(citizen);
    const first = await submitApplication(citizen.actor, id, {}, { ip: null });
    const second = await submitApplication(citizen.actor, id, {}, { ip: null });
    expect(second).toEqual({ id, trackingNumber: first.trackingNumber, alreadySubmitted: true });
    expect(await submittedEvents(id)).toBe(1);
    expect(await db.notification.count({ where: { userId: citizen.actor.id, messageKey: "notification.applicationSubmitted" } })).toBe(1);
  });

  it("takes one tracking number when the same draft is submitted five times at once", async () => {
    const citizen = await createCitizen();
    const now = wib("2026-12-08T10:00");
    const { id } = await completeDraft(citizen, { now: wib("2026-12-08T09:00") });
    const before = await counterValue(2026);
    const results = await Promise.all(Array.from({ length: 5 }, () => submitApplication(citizen.actor, id, {}, { ip: null, now })));

    expect(new Set(results.map((r) => r.trackingNumber)).size).toBe(1);
    expect(results.filter((r) => !r.alreadySubmitted)).toHaveLength(1);
    expect(await submittedEvents(id)).toBe(1);
    expect(await counterValue(2026)).toBe(before + 1);
    expect(await db.notification.count({ where: { userId: citizen.actor.id, messageKey: "notification.applicationSubmitted" } })).toBe(1);
    expect(await db.auditEvent.count({ where: { entityId: id, action: "application.submitted" } })).toBe(1);
  });

  it("rolls back the status, tracking number and notification together when part of the submission fails; the number taken stays unused", async () => {
    const citizen = await createCitizen();
    const { id } = await completeDraft(citizen, { now: wib("2026-12-08T09:00") });
    const before = await counterValue(2026);
    // Make the audit chain refuse this application's submission entry: the last write of the submission.
    expect(id).toMatch(/^[a-z0-9]+$/);
    const name = `test_fail_audit_${id}`;
    await ownerDb().$executeRawUnsafe(`
      CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW."entityId" = '${id}' AND NEW."action" = 'application.submitted' THEN
          RAISE EXCEPTION 'audit log unavailable';
        END IF;
        RETURN NEW;
      END $$`);
    await ownerDb().$executeRawUnsafe(`CREATE TRIGGER ${name} BEFORE INSERT ON "AuditEvent" FOR EACH ROW EXECUTE FUNCTION ${name}()`);
    try {
      await expect(submitApplication(citizen.actor, id, {}, { ip: null, now: wib("2026-12-08T10:00") })).rejects.toThrow(/audit log unavailable/);
    } finally {
      await ownerDb().$executeRawUnsafe(`DROP TRIGGER ${name} ON "AuditEvent"`);
      await ownerDb().$executeRawUnsafe(`DROP FUNCTION ${name}()`);
    }

    const row = await db.application.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "DRAFT", trackingNumber: null, submittedAt: null, dueAt: null, version: 0 });
    expect(await submittedEvents(id)).toBe(0);
    expect(await db.notification.count({ where: { userId: citizen.actor.id } })).toBe(0);
    expect(await db.auditEvent.count({ where: { entityId: id, action: "application.submitted" } })).toBe(0);
    // A sequence does not give back a number (lib/platform/serials.ts): nobody holds it, and nobody will.
    expect(await counterValue(2026)).toBe(before + 1);
    expect(await db.application.count({ where: { trackingNumber: `DISDUKCAPIL-2026-${String(before + 1).padStart(6, "0")}` } })).toBe(0);

    // The draft is intact: a retry goes through, with the next number.
    const retried = await submitApplication(citizen.actor, id, {}, { ip: null, now: wib("2026-12-08T10:05") });
    expect(retried.alreadySubmitted).toBe(false);
    expect(Number(retried.trackingNumber.slice(-6))).toBe(before + 2);
    expect(await db.notification.count({ where: { userId: citizen.actor.id } })).toBe(1);
  });
});

describe("status, timeline and audit move together", () => {
  async function expectRecorded(applicationId: string, status: string, auditAction: string) {
    const application = await db.application.findUniqueOrThrow({ where: { id: applicationId }, select: { status: true } });
    const latest = await db.applicationEvent.findFirstOrThrow({ where: { applicationId }, orderBy: { createdAt: "desc" } });
    expect(application.status).toBe(status);
    expect(latest.toStatus).toBe(application.status);
    expect(await db.auditEvent.count({ where: { entityType: "Application", entityId: applicationId, action: auditAction } })).toBe(1);
  }

  it("writes a timeline event and an audit entry with every transition", async () => {
    const citizen = await createCitizen();
    const { id } = await completeDraft(citizen, { now: wib("2026-12-07T08:00") });

    await submitApplication(citizen.actor, id, {}, { ip: null, now: wib("2026-12-07T08:10") });
    await expectRecorded(id, "SUBMITTED", "application.submitted");
    await claimApplication(officer, id, { ip: null, now: wib("2026-12-07T08:20") });
    await expectRecorded(id, "IN_REVIEW", "application.claimed");
    await requestCorrection(officer, id, { note: CORRECTION_NOTE, fields: ["applicantPhone"] }, { ip: null, now: wib("2026-12-07T08:30") });
    await expectRecorded(id, "NEEDS_CORRECTION", "application.correctionRequested");
    await resubmitApplication(citizen.actor, id, { ip: null, now: wib("2026-12-07T08:40") });
    await expectRecorded(id, "IN_REVIEW", "application.resubmitted");
    await withdrawApplication(citizen.actor, id, { reason: "Sudah tidak diperlukan" }, { ip: null, now: wib("2026-12-07T08:50") });
    await expectRecorded(id, "WITHDRAWN", "application.withdrawn");

    // The timeline is one unbroken chain of statuses.
    const events = await db.applicationEvent.findMany({ where: { applicationId: id }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => [e.type, e.fromStatus, e.toStatus])).toEqual([
      ["created", null, "DRAFT"],
      ["submitted", "DRAFT", "SUBMITTED"],
      ["claimed", "SUBMITTED", "IN_REVIEW"],
      ["correctionRequested", "IN_REVIEW", "NEEDS_CORRECTION"],
      ["resubmitted", "NEEDS_CORRECTION", "IN_REVIEW"],
      ["withdrawn", "IN_REVIEW", "WITHDRAWN"],
    ]);
    expect(events.map((e) => e.actorId)).toEqual([citizen.actor.id, citizen.actor.id, officer.id, officer.id, citizen.actor.id, citizen.actor.id]);
    expect((await db.application.findUniqueOrThrow({ where: { id } })).version).toBe(5);
  });

  it("refuses a transition computed from a stale version and writes nothing", async () => {
    const citizen = await createCitizen();
    const { id } = await submittedApplication(citizen);
    const stale = await db.application.findUniqueOrThrow({ where: { id }, select: { id: true, status: true, version: true, agencyId: true } });
    await claimApplication(officer, id, { ip: null });
    const eventsBefore = await db.applicationEvent.count({ where: { applicationId: id } });

    const error = await rejectionOf(
      db.$transaction((tx) =>
        applyTransition(tx, {
          // The status it has now, but the version from before the claim.
          application: { id, status: "IN_REVIEW", version: stale.version, agencyId: stale.agencyId },
          event: "requestCorrection",
          actor: { id: officer.id, role: "OFFICER" },
          note: CORRECTION_NOTE,
          now: new Date(),
        }),
      ),
    );
    expect(error).toMatchObject({ code: "CONFLICT", messageKey: "application.changedMeanwhile" });
    expect(await db.applicationEvent.count({ where: { applicationId: id } })).toBe(eventsBefore);
    expect(await db.auditEvent.count({ where: { entityId: id, action: "application.correctionRequested" } })).toBe(0);
    expect(await db.application.findUniqueOrThrow({ where: { id }, select: { status: true, version: true } })).toEqual({
      status: "IN_REVIEW",
      version: stale.version + 1,
    });
  });

  it("refuses an event the current status does not allow", async () => {
    const citizen = await createCitizen();
    const { id } = await submittedApplication(citizen);
    await claimApplication(officer, id, { ip: null });
    const eventsBefore = await db.applicationEvent.count({ where: { applicationId: id } });
    await expect(claimApplication(officer, id, { ip: null })).rejects.toMatchObject({ code: "CONFLICT", messageKey: "application.notAllowedNow" });
    expect(await db.applicationEvent.count({ where: { applicationId: id } })).toBe(eventsBefore);
  });
});

describe("correction round trip", () => {
  it("lets the citizen fix only the named field and extends the deadline by the paused working days", async () => {
    const citizen = await createCitizen();
    // Week of Monday 7 Dec 2026, no holidays.
    const { id } = await completeDraft(citizen, { now: wib("2026-12-07T08:00") });
    await submitApplication(citizen.actor, id, {}, { ip: null, now: wib("2026-12-07T09:00") });
    const submitted = await db.application.findUniqueOrThrow({ where: { id } });
    expect(submitted.dueAt).toEqual(new Date("2026-12-09T09:00:00Z"));

    await claimApplication(officer, id, { ip: null, now: wib("2026-12-07T10:00") });
    await expect(
      requestCorrection(officer, id, { note: "Perbaiki", fields: ["applicantPhone"] }, { ip: null, now: wib("2026-12-07T10:30") }),
    ).rejects.toMatchObject({ code: "INVALID" });
    await requestCorrection(officer, id, { note: CORRECTION_NOTE, fields: ["applicantPhone"] }, { ip: null, now: wib("2026-12-07T11:00") });

    const paused = await db.application.findUniqueOrThrow({ where: { id } });
    expect(paused.status).toBe("NEEDS_CORRECTION");
    expect(paused.pauseStartedAt).toEqual(wib("2026-12-07T11:00"));
    const view = await getOwnApplication(citizen.actor, id);
    expect(view.correction).toMatchObject({ note: CORRECTION_NOTE, fields: ["applicantPhone"] });
    expect(await db.notification.count({ where: { userId: citizen.actor.id, messageKey: "notification.correctionRequested" } })).toBe(1);

    // The browser posts the whole form; only the named field may change.
    await saveDraft(citizen.actor, id, ktpAnswers(citizen, { applicantPhone: "0812-9876-5432", applicantBirthPlace: "Bandung" }));
    const corrected = await getOwnApplication(citizen.actor, id);
    expect(corrected.answers.applicantPhone).toBe("0812-9876-5432");
    expect(corrected.answers.applicantBirthPlace).toBe("Harapan Jaya");
    // Documents the officer did not name stay as submitted.
    await expect(
      uploadDocument(citizen.actor, { applicationId: id, fieldKey: "familyCardScan", fileName: "kk.jpg", bytes: JPEG_BYTES }, { ip: null }),
    ).rejects.toMatchObject({ code: "CONFLICT", messageKey: "application.notEditable" });

    // Resubmitted Wednesday 11:00: two working days (Mon 11:00 → Wed 11:00) were paused.
    const resubmitted = await resubmitApplication(citizen.actor, id, { ip: null, now: wib("2026-12-09T11:00") });
    expect(resubmitted.alreadyResubmitted).toBe(false);
    const resumed = await db.application.findUniqueOrThrow({ where: { id } });
    expect(resumed.status).toBe("IN_REVIEW");
    expect(resumed.pauseStartedAt).toBeNull();
    expect(resumed.pausedMs).toBe(BigInt(48 * 3_600_000));
    expect(resumed.dueAt).toEqual(new Date("2026-12-11T09:00:00Z"));
    expect((await getOwnApplication(citizen.actor, id)).answers).toMatchObject({
      applicantPhone: "+6281298765432",
      applicantBirthPlace: "Harapan Jaya",
    });

    // A second click changes nothing.
    const eventsBefore = await db.applicationEvent.count({ where: { applicationId: id } });
    expect(await resubmitApplication(citizen.actor, id, { ip: null, now: wib("2026-12-09T11:01") })).toMatchObject({ alreadyResubmitted: true });
    expect(await db.applicationEvent.count({ where: { applicationId: id } })).toBe(eventsBefore);
  });

  it("accepts a resubmission whose untouched answers were valid when submitted, even if a date in them has since passed", async () => {
    const citizen = await createCitizen();
    // Filed under the form that still asked a recording location and a preferred date (both are booked now): Tuesday 8 Dec, the day after submission, at a district office the booking does not offer.
    const standardVersionId = await legacyKtpVersionBeforeBooking();
    const { id } = await completeDraft(citizen, {
      now: wib("2026-12-07T08:00"),
      answers: { recordingLocation: "kecHarapanTengah", recordingDate: "2026-12-08" },
      standardVersionId,
    });
    await submitApplication(citizen.actor, id, {}, { ip: null, now: wib("2026-12-07T09:00") });
    await claimApplication(officer, id, { ip: null, now: wib("2026-12-07T10:00") });
    await requestCorrection(officer, id, { note: CORRECTION_NOTE, fields: ["applicantPhone"] }, { ip: null, now: wib("2026-12-07T11:00") });
    // The citizen can change only the phone number, and does so on Wednesday.
    await saveDraft(citizen.actor, id, ktpAnswers(citizen, { applicantPhone: "081298765432", recordingLocation: "disdukcapil", recordingDate: "2026-12-14" }));
    const own = await getOwnApplication(citizen.actor, id);
    expect(own.answers).toMatchObject({ applicantPhone: "081298765432", recordingLocation: "kecHarapanTengah", recordingDate: "2026-12-08" });
    // The old answers still display under their own form's labels, the location by its option's name.
    const definition = formDefinitionSchema.parse(own.formDefinition);
    expect(visibleFields(definition, own.answers)).toEqual(expect.arrayContaining(["recordingLocation", "recordingDate"]));
    const location = definition.sections.flatMap((section) => section.fields).find((field) => field.key === "recordingLocation");
    expect(location?.label.id).toBe("Lokasi perekaman");
    expect(location?.type === "select" && location.options.find((option) => option.value === own.answers.recordingLocation)?.label.id).toBe(
      "Kantor Kecamatan Harapan Tengah",
    );
    expect(JSON.stringify(own.formDefinition)).toContain("Tanggal perekaman yang diinginkan");

    await expect(resubmitApplication(citizen.actor, id, { ip: null, now: wib("2026-12-09T11:00") })).resolves.toMatchObject({
      alreadyResubmitted: false,
    });
    expect((await db.application.findUniqueOrThrow({ where: { id } })).status).toBe("IN_REVIEW");
  });

  it("keeps the submitted answers of a correction-free application out of the citizen's reach", async () => {
    const citizen = await createCitizen();
    const { id } = await submittedApplication(citizen);
    await expect(saveDraft(citizen.actor, id, ktpAnswers(citizen, { applicantBirthPlace: "Bandung" }))).rejects.toMatchObject({
      code: "CONFLICT",
      messageKey: "application.notEditable",
    });
    expect((await getOwnApplication(citizen.actor, id)).answers.applicantBirthPlace).toBe("Harapan Jaya");
  });
});

describe("withdrawing", () => {
  it("withdraws a submitted application once; withdrawing again is a no-op", async () => {
    const citizen = await createCitizen();
    const { id } = await submittedApplication(citizen);
    await withdrawApplication(citizen.actor, id, { reason: "Salah pilih layanan" }, { ip: null });
    const after = await db.application.findUniqueOrThrow({ where: { id } });
    expect(after.status).toBe("WITHDRAWN");
    const events = await db.applicationEvent.count({ where: { applicationId: id } });

    await expect(withdrawApplication(citizen.actor, id, {}, { ip: null })).resolves.toEqual({ id });
    expect(await db.applicationEvent.count({ where: { applicationId: id } })).toBe(events);
    expect((await db.application.findUniqueOrThrow({ where: { id } })).version).toBe(after.version);
    expect(await db.auditEvent.count({ where: { entityId: id, action: "application.withdrawn" } })).toBe(1);

    // Nothing moves it afterwards.
    await expect(claimApplication(officer, id, { ip: null })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("withdraws a draft, which can then no longer be edited or submitted", async () => {
    const citizen = await createCitizen();
    const { id } = await completeDraft(citizen);
    await withdrawApplication(citizen.actor, id, undefined, { ip: null });
    expect((await db.application.findUniqueOrThrow({ where: { id } })).status).toBe("WITHDRAWN");
    await expect(saveDraft(citizen.actor, id, ktpAnswers(citizen))).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(submitApplication(citizen.actor, id, {}, { ip: null })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db.application.findUniqueOrThrow({ where: { id }, select: { trackingNumber: true } })).toEqual({ trackingNumber: null });
  });

  it("closes the clock's pause when withdrawn while waiting on a correction", async () => {
    const citizen = await createCitizen();
    const { id } = await submittedApplication(citizen);
    await claimApplication(officer, id, { ip: null });
    await requestCorrection(officer, id, { note: CORRECTION_NOTE, fields: ["applicantPhone"] }, { ip: null });
    await withdrawApplication(citizen.actor, id, {}, { ip: null });
    expect(await db.application.findUniqueOrThrow({ where: { id }, select: { status: true, pauseStartedAt: true } })).toEqual({
      status: "WITHDRAWN",
      pauseStartedAt: null,
    });
  });
});
