import "../fixtures/upload-dir";
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { ANONYMOUS } from "@/lib/auth/actor";
import { getStaffComplaintView } from "@/lib/complaints/case-view";
import { getFilerComplaintView, getPublicComplaint, listPublicComplaints } from "@/lib/complaints/queries";
import { complaintPrefill } from "@/lib/complaints/prefill";
import { phaseDueAt } from "@/lib/complaints/sla";
import { complaintSecretFor } from "@/lib/complaints/tracking-secret";
import { addComplaintNote } from "@/lib/complaints/use-cases/add-complaint-note";
import { claimComplaint } from "@/lib/complaints/use-cases/claim-complaint";
import { rejectComplaint } from "@/lib/complaints/use-cases/reject-complaint";
import { releaseComplaint } from "@/lib/complaints/use-cases/release-complaint";
import { respondToComplaint } from "@/lib/complaints/use-cases/respond-to-complaint";
import { acceptResponse } from "@/lib/complaints/use-cases/accept-response";
import { addInformation } from "@/lib/complaints/use-cases/add-information";
import { disputeResponse } from "@/lib/complaints/use-cases/dispute-response";
import { rateHandling } from "@/lib/complaints/use-cases/rate-handling";
import { openComplaintAttachment } from "@/lib/complaints/use-cases/open-attachment";
import { verifyAndRouteComplaint } from "@/lib/complaints/use-cases/route-complaint";
import { supportComplaint } from "@/lib/complaints/use-cases/support-complaint";
import { sweepComplaints } from "@/lib/complaints/use-cases/sweep-complaints";
import { trackComplaint } from "@/lib/complaints/use-cases/track-complaint";
import { db } from "@/lib/platform/db";
import { translator } from "@/lib/platform/i18n/messages";
import { createCitizen, rejectionOf, submittedApplication } from "@/tests/fixtures/applications";
import { complaintRow, complaintStaff, eventTypes, file, fileAnonymously, signedInFiler, trackerOf, type ComplaintStaff } from "@/tests/fixtures/complaints";
import { PDF_BYTES } from "@/tests/fixtures/documents";

let staff: ComplaintStaff;
beforeAll(async () => {
  staff = await complaintStaff();
});

const ip = { ip: null };
const CODE = /^ADU-\d{4}-\d{6}$/;

describe("filing a complaint", () => {
  it("files an anonymous complaint with no user link, no address in the audit, and the verification clock running", async () => {
    const citizen = await createCitizen();
    const receipt = await file(citizen.actor, { identityMode: "ANONYMOUS" }, { ip: "198.51.100.20" });
    expect(receipt.trackingCode).toMatch(CODE);
    expect(receipt.secret).toBe(complaintSecretFor(receipt.id));
    expect(receipt.linked).toBe(false);
    const row = await complaintRow(receipt.id);
    expect(row).toMatchObject({ status: "RECEIVED", identityMode: "ANONYMOUS", filerId: null, filerName: null, filerContact: null, routedAt: null });
    const agency = await db.agency.findUniqueOrThrow({
      where: { code: "DISDUKCAPIL" },
      select: { id: true, timezone: true, officeOpens: true, officeCloses: true, regionCode: true },
    });
    expect(row.agencyId).toBe(agency.id);
    expect(row.dueAt).toEqual(await phaseDueAt(db, agency, "verify", row.slaStartedAt!));
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityType: "Complaint", entityId: receipt.id } });
    expect(audit).toMatchObject({ action: "complaint.filed", actorId: null, ip: null });
    const filed = await db.complaintEvent.findFirstOrThrow({ where: { complaintId: receipt.id } });
    expect(filed).toMatchObject({ type: "filed", actorId: null, actorRole: null, toStatus: "RECEIVED" });
  });

  it("files once for a repeated submission key", async () => {
    const submissionKey = randomUUID();
    const [first, second] = await Promise.all([fileAnonymously({ submissionKey }), fileAnonymously({ submissionKey })]);
    expect(second.id).toBe(first.id);
    expect(await db.complaint.count({ where: { submissionKey } })).toBe(1);
  });

  it("asks visitors without an account to sign in for a named complaint, and links a signed-in filer", async () => {
    const refused = await rejectionOf(fileAnonymously({ identityMode: "PUBLIC" }));
    expect(refused).toMatchObject({ code: "INVALID", fieldErrors: { identityMode: ["complaint.identityNeedsAccount"] } });
    const citizen = await createCitizen();
    const receipt = await file(citizen.actor, { identityMode: "CONFIDENTIAL" });
    expect(receipt.linked).toBe(true);
    expect(await complaintRow(receipt.id)).toMatchObject({ filerId: citizen.actor.id, filerName: citizen.actor.name, identityMode: "CONFIDENTIAL" });
  });

  it("checks what it is about: the filer's own application only, a published service, a real agency", async () => {
    const owner = await createCitizen();
    const other = await createCitizen();
    const application = await submittedApplication(owner);
    const foreign = await rejectionOf(file(other.actor, { identityMode: "PUBLIC", applicationNumber: application.trackingNumber }));
    expect(foreign).toMatchObject({ fieldErrors: { applicationNumber: ["complaint.applicationNotFound"] } });
    const own = await file(owner.actor, { identityMode: "PUBLIC", applicationNumber: application.trackingNumber, serviceSlug: "" });
    expect(await complaintRow(own.id)).toMatchObject({ applicationId: application.id });
    // Anonymous: the application would name the filer; its service and agency still count.
    const anonymous = await file(owner.actor, { identityMode: "ANONYMOUS", applicationNumber: application.trackingNumber });
    expect(await complaintRow(anonymous.id)).toMatchObject({ applicationId: null, filerId: null });
    expect((await complaintRow(anonymous.id)).serviceId).not.toBeNull();
    expect(await rejectionOf(fileAnonymously({ serviceSlug: "no-such-service" }))).toMatchObject({
      fieldErrors: { serviceSlug: ["complaint.serviceNotFound"] },
    });
    expect(await rejectionOf(fileAnonymously({ serviceSlug: "", agencyCode: "NOPE" }))).toMatchObject({
      fieldErrors: { agencyCode: ["complaint.agencyNotFound"] },
    });
    const nowhere = await fileAnonymously({ serviceSlug: "" });
    expect(await complaintRow(nowhere.id)).toMatchObject({ agencyId: null, serviceId: null });
  });

  it("validates the text, the category and the coordinates", async () => {
    const error = await rejectionOf(fileAnonymously({ title: "x", body: "short", category: "corruption", latitude: "-6.2", longitude: "" }));
    expect(error).toMatchObject({
      code: "INVALID",
      fieldErrors: {
        title: ["complaint.titleTooShort"],
        body: ["complaint.bodyTooShort"],
        category: ["complaint.categoryRequired"],
        longitude: ["complaint.coordinatesTogether"],
      },
    });
    const placed = await fileAnonymously({ latitude: "-6,175392", longitude: "106.827153", locationText: "Kantor Kecamatan Harapan Tengah" });
    const row = await complaintRow(placed.id);
    expect(Number(row.latitude)).toBeCloseTo(-6.175392, 6);
    expect(Number(row.longitude)).toBeCloseTo(106.827153, 6);
  });

  it("limits filings per address", async () => {
    const address = `198.51.100.${Math.floor(Math.random() * 200) + 30}`;
    for (let i = 0; i < 10; i++) await fileAnonymously({}, { ip: address });
    expect(await rejectionOf(fileAnonymously({}, { ip: address }))).toMatchObject({ code: "RATE_LIMITED" });
  });
});

describe("verification and routing", () => {
  it("lets staff of the named agency verify and route it elsewhere; the follow-up clock starts on the receiving agency's calendar", async () => {
    const receipt = await fileAnonymously();
    // Another agency's officer does not even learn it exists.
    expect(await rejectionOf(verifyAndRouteComplaint(staff.dpmptspOfficer, receipt.id, { agencyCode: "DINSOS" }, ip))).toMatchObject({ code: "NOT_FOUND" });
    const routed = await verifyAndRouteComplaint(staff.disdukcapilOfficer, receipt.id, { agencyCode: "DINSOS", note: "Terkait bantuan sosial" }, ip);
    const row = await complaintRow(receipt.id);
    const dinsos = await db.agency.findUniqueOrThrow({
      where: { code: "DINSOS" },
      select: { id: true, timezone: true, officeOpens: true, officeCloses: true, regionCode: true },
    });
    expect(row).toMatchObject({ status: "ROUTED", agencyId: dinsos.id });
    expect(row.verifiedAt).not.toBeNull();
    expect(row.routedAt).toEqual(row.slaStartedAt);
    expect(row.dueAt).toEqual(await phaseDueAt(db, dinsos, "followUp", row.routedAt!));
    expect(routed.dueAt).toEqual(row.dueAt);
    expect(await eventTypes(receipt.id)).toEqual(["filed", "verified", "routed"]);
    // Routed away: the named agency's staff no longer see it; the receiving agency's do.
    expect(await rejectionOf(getStaffComplaintView(staff.disdukcapilOfficer, receipt.id, "complaints"))).toMatchObject({ code: "NOT_FOUND" });
    const view = await getStaffComplaintView(staff.dinsosOfficer, receipt.id, "complaints");
    expect(view.handlerEvents).toEqual(["claim"]);
    // Verified and routed in one transaction, at one moment: the case page still lists them in the order written.
    expect(view.events.map((event) => event.type)).toEqual(["filed", "verified", "routed"]);
    expect(
      await db.notification.count({
        where: {
          userId: staff.dinsosOfficer.id,
          messageKey: "notification.complaintRoutedToAgency",
          params: { path: ["trackingCode"], equals: receipt.trackingCode },
        },
      }),
    ).toBe(1);
  });

  it("leaves a complaint that names no agency to those who oversee every agency", async () => {
    const receipt = await fileAnonymously({ serviceSlug: "" });
    for (const actor of [staff.disdukcapilOfficer, staff.disdukcapilSupervisor]) {
      expect(await rejectionOf(verifyAndRouteComplaint(actor, receipt.id, { agencyCode: "DISDUKCAPIL" }, ip))).toMatchObject({ code: "NOT_FOUND" });
    }
    expect(await rejectionOf(verifyAndRouteComplaint(staff.supervisorAll, receipt.id, {}, ip))).toMatchObject({
      fieldErrors: { agencyCode: ["complaint.agencyRequired"] },
    });
    await verifyAndRouteComplaint(staff.supervisorAll, receipt.id, { agencyCode: "DISDUKCAPIL" }, ip);
    expect((await complaintRow(receipt.id)).status).toBe("ROUTED");
  });

  it("refuses with a reason the filer sees, and refuses stale screens", async () => {
    const citizen = await createCitizen();
    const receipt = await file(citizen.actor, { identityMode: "PUBLIC" });
    expect(await rejectionOf(rejectComplaint(staff.disdukcapilOfficer, receipt.id, { code: "duplicate", note: "short" }, ip))).toMatchObject({
      fieldErrors: { note: ["complaint.rejectNoteTooShort"] },
    });
    expect(
      await rejectionOf(rejectComplaint(staff.disdukcapilOfficer, receipt.id, { code: "duplicate", note: "Sama dengan ADU-2026-000001.", version: 7 }, ip)),
    ).toMatchObject({
      code: "CONFLICT",
    });
    await rejectComplaint(staff.disdukcapilOfficer, receipt.id, { code: "duplicate", note: "Sama dengan ADU-2026-000001.", version: 0 }, ip);
    const view = await getFilerComplaintView(signedInFiler(citizen.actor), receipt.trackingCode);
    expect(view).toMatchObject({ status: "REJECTED", rejectionCode: "duplicate", rejectionReason: "Sama dengan ADU-2026-000001.", mayAddInformation: false });
    expect(await db.notification.count({ where: { userId: citizen.actor.id, messageKey: "notification.complaintRejected" } })).toBe(1);
    // A refused complaint is never published.
    expect(await rejectionOf(getPublicComplaint(ANONYMOUS, receipt.trackingCode))).toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("follow-up, answer and dispute window", () => {
  it("takes a complaint from claim to answer, lets the filer dispute within the window, and closes it when the window passes", async () => {
    const citizen = await createCitizen();
    const receipt = await file(citizen.actor, { identityMode: "PUBLIC" });
    await verifyAndRouteComplaint(staff.disdukcapilOfficer, receipt.id, {}, ip);
    await claimComplaint(staff.disdukcapilOfficer, receipt.id, {}, ip);
    // Only the holder answers.
    const colleague = staff.disdukcapilSupervisor;
    expect(await rejectionOf(respondToComplaint(colleague, receipt.id, { response: "Jawaban dari orang yang tidak memegangnya." }, ip))).toMatchObject({
      code: "NOT_FOUND",
    });
    await addComplaintNote(staff.disdukcapilOfficer, receipt.id, { note: "Cek status cetak blangko." }, ip);
    const respondedAt = new Date();
    const answered = await respondToComplaint(
      staff.disdukcapilOfficer,
      receipt.id,
      { response: "KTP-el Anda sudah dicetak dan dapat diambil di kecamatan." },
      { ip: null, now: respondedAt },
    );
    expect(answered.disputeDeadline.getTime() - respondedAt.getTime()).toBe(10 * 86_400_000);
    expect(await db.notification.count({ where: { userId: citizen.actor.id, messageKey: "notification.complaintResponded" } })).toBe(1);

    const filer = signedInFiler(citizen.actor);
    const view = await getFilerComplaintView(filer, receipt.trackingCode);
    expect(view).toMatchObject({ status: "RESPONDED", mayAccept: true, mayDispute: true });
    // The filer never sees internal notes.
    expect(view.events.map((event) => event.type)).not.toContain("note");

    // Disputed within the window: reopened for the same agency with a fresh follow-up clock.
    const disputedAt = new Date(respondedAt.getTime() + 3 * 86_400_000);
    await disputeResponse(filer, receipt.id, { reason: "KTP-el belum ada di kecamatan saat saya datang." }, { ip: null, now: disputedAt });
    const reopened = await complaintRow(receipt.id);
    expect(reopened).toMatchObject({ status: "REOPENED", slaStartedAt: disputedAt, disputeDeadline: null });
    expect(reopened.dueAt!.getTime()).toBeGreaterThan(disputedAt.getTime());

    await claimComplaint(staff.disdukcapilOfficer, receipt.id, {}, ip);
    const secondAnswer = new Date(disputedAt.getTime() + 86_400_000);
    await respondToComplaint(
      staff.disdukcapilOfficer,
      receipt.id,
      { response: "Mohon maaf, KTP-el sudah kami antar ke kecamatan hari ini." },
      { ip: null, now: secondAnswer },
    );
    const deadline = (await complaintRow(receipt.id)).disputeDeadline!;
    // Too late to dispute.
    const late = new Date(deadline.getTime() + 1);
    expect(await rejectionOf(disputeResponse(filer, receipt.id, { reason: "Masih belum ada juga di kecamatan." }, { ip: null, now: late }))).toMatchObject({
      messageKey: "complaint.disputeWindowOver",
    });
    // The sweep before the deadline leaves it; after it, closes it once.
    await sweepComplaints({ now: new Date(deadline.getTime() - 1) });
    expect((await complaintRow(receipt.id)).status).toBe("RESPONDED");
    await Promise.all([sweepComplaints({ now: late }), sweepComplaints({ now: late })]);
    const closed = await complaintRow(receipt.id);
    expect(closed).toMatchObject({ status: "CLOSED", closedAt: late });
    expect((await eventTypes(receipt.id)).filter((type) => type === "closed")).toHaveLength(1);

    // Then the filer rates the handling, once.
    await rateHandling(filer, receipt.id, { rating: "3", comment: "Akhirnya selesai." }, ip);
    expect(await rejectionOf(rateHandling(filer, receipt.id, { rating: "4" }, ip))).toMatchObject({ code: "CONFLICT" });
    expect(await complaintRow(receipt.id)).toMatchObject({ rating: 3, ratingComment: "Akhirnya selesai." });
  });

  it("closes when the filer accepts the answer; the holder may hand it back before answering", async () => {
    const receipt = await fileAnonymously();
    await verifyAndRouteComplaint(staff.disdukcapilOfficer, receipt.id, {}, ip);
    await claimComplaint(staff.disdukcapilOfficer, receipt.id, {}, ip);
    await releaseComplaint(staff.disdukcapilOfficer, receipt.id, {}, ip);
    expect(await complaintRow(receipt.id)).toMatchObject({ status: "ROUTED", assignedOfficerId: null });
    await claimComplaint(staff.disdukcapilOfficer, receipt.id, {}, ip);
    await respondToComplaint(staff.disdukcapilOfficer, receipt.id, { response: "KTP-el Anda sudah dapat diambil di kecamatan." }, ip);
    const tracker = trackerOf(receipt.id);
    await acceptResponse(tracker, receipt.id, ip);
    expect(await complaintRow(receipt.id)).toMatchObject({ status: "CLOSED" });
    // An anonymous filer's acts leave no identity behind.
    const accepted = await db.complaintEvent.findFirstOrThrow({ where: { complaintId: receipt.id, type: "accepted" } });
    expect(accepted).toMatchObject({ actorId: null, actorRole: null });
    expect(await rejectionOf(disputeResponse(tracker, receipt.id, { reason: "Terlambat mengubah pikiran." }, ip))).toMatchObject({ code: "CONFLICT" });
  });
});

describe("one rating for a complaint", () => {
  it("asks the filer to rate the handling once, on the complaint, and never invites them to the service survey", async () => {
    const filer = await createCitizen();
    const receipt = await file(filer.actor, { identityMode: "PUBLIC" });
    await verifyAndRouteComplaint(staff.disdukcapilOfficer, receipt.id, {}, ip);
    await claimComplaint(staff.disdukcapilOfficer, receipt.id, {}, ip);
    await respondToComplaint(staff.disdukcapilOfficer, receipt.id, { response: "KTP-el Anda sudah dapat diambil di kecamatan." }, ip);
    await acceptResponse(signedInFiler(filer.actor), receipt.id, ip);

    expect((await getFilerComplaintView(signedInFiler(filer.actor), receipt.trackingCode)).mayRate).toBe(true);
    await rateHandling(signedInFiler(filer.actor), receipt.id, { rating: "3", comment: "" }, ip);
    expect((await getFilerComplaintView(signedInFiler(filer.actor), receipt.trackingCode)).mayRate).toBe(false);
    const asked = await db.notification.findMany({ where: { userId: filer.actor.id }, select: { messageKey: true, link: true } });
    expect(asked.filter((notice) => /survey/i.test(notice.messageKey) || notice.link?.includes("/survei"))).toEqual([]);
    expect(await db.surveyResponse.count({ where: { complaintId: receipt.id } })).toBe(0);
  });

  it("invites nobody to the service survey when the dispute window passes and the sweep closes it", async () => {
    const filer = await createCitizen();
    const receipt = await file(filer.actor, { identityMode: "PUBLIC" });
    await verifyAndRouteComplaint(staff.disdukcapilOfficer, receipt.id, {}, ip);
    await claimComplaint(staff.disdukcapilOfficer, receipt.id, {}, ip);
    await respondToComplaint(staff.disdukcapilOfficer, receipt.id, { response: "Sudah kami tindak lanjuti di loket 3." }, ip);
    const { disputeDeadline } = await complaintRow(receipt.id);
    await sweepComplaints({ now: new Date(disputeDeadline!.getTime() + 60_000) });
    expect((await complaintRow(receipt.id)).status).toBe("CLOSED");
    const asked = await db.notification.findMany({ where: { userId: filer.actor.id }, select: { messageKey: true, link: true } });
    expect(asked.map((notice) => notice.messageKey)).toContain("notification.complaintClosed");
    expect(asked.filter((notice) => /survey/i.test(notice.messageKey) || notice.link?.includes("/survei"))).toEqual([]);
  });
});

describe("follow-up by tracking code", () => {
  it("opens the complaint for the right code and secret only, and limits guesses per code", async () => {
    const receipt = await fileAnonymously();
    const wrong = await rejectionOf(trackComplaint(ANONYMOUS, { code: receipt.trackingCode, secret: "0000-0000" }, ip));
    expect(wrong).toMatchObject({ code: "NOT_FOUND", messageKey: "complaint.trackNotFound" });
    expect(await rejectionOf(trackComplaint(ANONYMOUS, { code: "ADU-1999-000001", secret: receipt.secret }, ip))).toMatchObject({
      messageKey: "complaint.trackNotFound",
    });
    const tracked = await trackComplaint(ANONYMOUS, { code: receipt.trackingCode.toLowerCase(), secret: receipt.secret.toLowerCase().replace("-", " ") }, ip);
    expect(tracked.id).toBe(receipt.id);
    const view = await getFilerComplaintView({ actor: ANONYMOUS, accessToken: tracked.accessToken }, receipt.trackingCode);
    expect(view.secret).toBeNull();
    // A token opens its own complaint only.
    const other = await fileAnonymously();
    expect(await rejectionOf(getFilerComplaintView({ actor: ANONYMOUS, accessToken: tracked.accessToken }, other.trackingCode))).toMatchObject({
      code: "NOT_FOUND",
    });
    for (let i = 0; i < 9; i++) await rejectionOf(trackComplaint(ANONYMOUS, { code: other.trackingCode, secret: "0000-0000" }, ip));
    // The eleventh attempt within the hour is refused even with the right secret.
    expect(await rejectionOf(trackComplaint(ANONYMOUS, { code: other.trackingCode, secret: "1111-1111" }, ip))).toMatchObject({ code: "NOT_FOUND" });
    expect(await rejectionOf(trackComplaint(ANONYMOUS, { code: other.trackingCode, secret: other.secret }, ip))).toMatchObject({ code: "RATE_LIMITED" });
  });

  it("takes more information with attachments from the filer, and keeps the files to the filer and the handling agency", async () => {
    const receipt = await fileAnonymously({}, { files: [{ fileName: "bukti.pdf", bytes: PDF_BYTES }] });
    const tracker = trackerOf(receipt.id);
    await addInformation(tracker, receipt.id, { text: "Nomor antrean saya 045." }, [{ fileName: "antrean.pdf", bytes: PDF_BYTES }], ip);
    const documents = await db.document.findMany({ where: { complaintId: receipt.id }, orderBy: { createdAt: "asc" } });
    expect(documents.map((document) => document.fileName)).toEqual(["bukti.pdf", "antrean.pdf"]);
    expect(documents.every((document) => document.uploaderId === null)).toBe(true);
    const id = documents[0]!.id;
    expect((await openComplaintAttachment(tracker, id, ip)).fileName).toBe("bukti.pdf");
    const stranger = await createCitizen();
    expect(await rejectionOf(openComplaintAttachment({ actor: stranger.actor }, id, ip))).toMatchObject({ code: "NOT_FOUND" });
    expect(await rejectionOf(openComplaintAttachment({ actor: ANONYMOUS }, id, ip))).toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await rejectionOf(openComplaintAttachment({ actor: staff.dpmptspOfficer }, id, ip))).toMatchObject({ code: "NOT_FOUND" });
    await openComplaintAttachment({ actor: staff.disdukcapilOfficer }, id, ip);
    expect(await db.auditEvent.count({ where: { entityId: receipt.id, action: "complaint.attachmentViewed", actorId: staff.disdukcapilOfficer.id } })).toBe(1);
    // Wrong type: refused by its bytes.
    expect(
      await rejectionOf(
        addInformation(tracker, receipt.id, { text: "Lampiran lain." }, [{ fileName: "x.pdf", bytes: new TextEncoder().encode("<html>not a pdf</html>") }], ip),
      ),
    ).toMatchObject({
      fieldErrors: { attachments: ["upload.typeNotAllowed"] },
    });
  });
});

describe("adding information twice", () => {
  it("adds the information once when the same form post arrives again, even at the same moment", async () => {
    const receipt = await fileAnonymously();
    const tracker = trackerOf(receipt.id);
    const submissionKey = randomUUID();
    const post = () =>
      addInformation(tracker, receipt.id, { text: "Nomor antrean saya 045.", submissionKey }, [{ fileName: "antrean.pdf", bytes: PDF_BYTES }], ip);
    await Promise.all([post(), post()]);
    await post();
    expect(await db.complaintEvent.count({ where: { complaintId: receipt.id, type: "infoAdded" } })).toBe(1);
    expect(await db.document.count({ where: { complaintId: receipt.id, fileName: "antrean.pdf" } })).toBe(1);
    // A new form (a new key) adds again.
    await addInformation(tracker, receipt.id, { text: "Tambahan kedua.", submissionKey: randomUUID() }, [], ip);
    expect(await db.complaintEvent.count({ where: { complaintId: receipt.id, type: "infoAdded" } })).toBe(2);
  });
});

describe("publication and adding one's voice", () => {
  it("publishes a verified public complaint without the filer's name, and counts each citizen's support once", async () => {
    const filer = await createCitizen();
    const receipt = await file(filer.actor, { identityMode: "PUBLIC", title: "Antrean perekaman KTP-el sangat panjang" });
    expect(await rejectionOf(getPublicComplaint(ANONYMOUS, receipt.trackingCode))).toMatchObject({ code: "NOT_FOUND" });
    await verifyAndRouteComplaint(staff.disdukcapilOfficer, receipt.id, {}, ip);
    const published = await getPublicComplaint(ANONYMOUS, receipt.trackingCode);
    expect(published.title).toBe("Antrean perekaman KTP-el sangat panjang");
    expect(JSON.stringify(published)).not.toContain(filer.actor.name);
    expect(JSON.stringify(published)).not.toContain(filer.actor.email);
    const list = await listPublicComplaints({ hal: 1, instansi: "DISDUKCAPIL" });
    expect(list.rows.some((row) => row.trackingCode === receipt.trackingCode)).toBe(true);

    const supporter = await createCitizen();
    expect(await supportComplaint(supporter.actor, receipt.trackingCode)).toEqual({ added: true });
    expect(await supportComplaint(supporter.actor, receipt.trackingCode)).toEqual({ added: false });
    expect(await supportComplaint(filer.actor, receipt.trackingCode)).toEqual({ added: false });
    expect((await complaintRow(receipt.id)).supportCount).toBe(1);
    expect((await getPublicComplaint(supporter.actor, receipt.trackingCode)).supported).toBe(true);
    expect(await rejectionOf(supportComplaint(ANONYMOUS, receipt.trackingCode))).toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await rejectionOf(supportComplaint(staff.disdukcapilOfficer, receipt.trackingCode))).toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("the pre-filled complaint from an SLA breach notice", () => {
  it("fills in the citizen's own application, and ignores anyone else's number", async () => {
    const owner = await createCitizen();
    const application = await submittedApplication(owner);
    await db.application.update({ where: { id: application.id }, data: { breachRecordedAt: new Date() } });
    const t = translator("id");
    const own = await complaintPrefill(owner.actor, { permohonan: application.trackingNumber.toLowerCase() }, t);
    expect(own).toEqual({
      application: application.trackingNumber,
      values: {
        kind: "COMPLAINT",
        applicationNumber: application.trackingNumber,
        serviceSlug: "ktp-el-baru",
        agencyCode: "DISDUKCAPIL",
        category: "delay",
        title: `Permohonan ${application.trackingNumber} melewati batas waktu layanan`,
      },
    });
    const stranger = await createCitizen();
    expect(await complaintPrefill(stranger.actor, { permohonan: application.trackingNumber }, t)).toEqual({ application: null, values: {} });
    expect(await complaintPrefill(ANONYMOUS, { permohonan: application.trackingNumber }, t)).toEqual({ application: null, values: {} });
    expect(await complaintPrefill(ANONYMOUS, { layanan: "ktp-el-baru" }, t)).toEqual({
      application: null,
      values: { serviceSlug: "ktp-el-baru", agencyCode: "DISDUKCAPIL" },
    });
    expect(await complaintPrefill(ANONYMOUS, { layanan: "nope", instansi: "DINSOS" }, t)).toEqual({ application: null, values: { agencyCode: "DINSOS" } });
  });
});
