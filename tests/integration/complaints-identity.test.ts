import "../fixtures/upload-dir";
import { beforeAll, describe, expect, it } from "vitest";
import { ANONYMOUS } from "@/lib/auth/actor";
import { getStaffComplaintView } from "@/lib/complaints/case-view";
import { getRequest, listRequests, type Open311Context } from "@/lib/complaints/open311/api";
import { getPublicComplaint, listPublicComplaints } from "@/lib/complaints/queries";
import { integrityQueue, verificationQueue } from "@/lib/complaints/queue";
import { complaintStatistics } from "@/lib/dashboard/complaint-statistics";
import { claimComplaint } from "@/lib/complaints/use-cases/claim-complaint";
import { respondToComplaint } from "@/lib/complaints/use-cases/respond-to-complaint";
import { addInformation } from "@/lib/complaints/use-cases/add-information";
import { openComplaintAttachment } from "@/lib/complaints/use-cases/open-attachment";
import { verifyAndRouteComplaint } from "@/lib/complaints/use-cases/route-complaint";
import { translator } from "@/lib/platform/i18n/messages";
import { db } from "@/lib/platform/db";
import { createCitizen, rejectionOf, submittedApplication } from "@/tests/fixtures/applications";
import { complaintRow, complaintStaff, file, fileAnonymously, trackerOf, type ComplaintStaff } from "@/tests/fixtures/complaints";
import { PDF_BYTES } from "@/tests/fixtures/documents";

let staff: ComplaintStaff;
beforeAll(async () => {
  staff = await complaintStaff();
});
const ip = { ip: null };
const open311 = (format: "json" | "xml" = "json"): Open311Context => ({ format, locale: "id", t: translator("id"), ip: null });
const queueFilters = { hal: 1 } as const;

describe("identity modes", () => {
  it("shows a confidential filer's name to the handling agency only: never before routing, never to another agency, overseers or the public", async () => {
    const citizen = await createCitizen();
    const application = await submittedApplication(citizen);
    const receipt = await file(citizen.actor, { identityMode: "CONFIDENTIAL", applicationNumber: application.trackingNumber, serviceSlug: "" });
    const name = citizen.actor.name;
    const leaks = (value: unknown) => {
      const text = JSON.stringify(value);
      return text.includes(name) || text.includes(citizen.actor.email) || text.includes(application.trackingNumber) || text.includes(citizen.actor.id);
    };

    // The verifier (named agency, before routing) works without the name.
    const beforeRouting = await getStaffComplaintView(staff.disdukcapilOfficer, receipt.id, "complaints");
    expect(beforeRouting.filer).toBeNull();
    expect(beforeRouting.application).toBeNull();
    expect(leaks(beforeRouting)).toBe(false);

    await verifyAndRouteComplaint(staff.disdukcapilOfficer, receipt.id, { agencyCode: "DINSOS" }, ip);
    // The handling agency's officer sees who it is, and the application.
    const handling = await getStaffComplaintView(staff.dinsosOfficer, receipt.id, "complaints");
    expect(handling.filer).toEqual({ name, contact: citizen.actor.email });
    expect(handling.application?.trackingNumber).toBe(application.trackingNumber);
    expect(handling.events.find((event) => event.type === "filed")?.actor?.name).toBe(name);

    // Those who oversee every agency read it, without the name (also not on the filer's own timeline entries).
    for (const overseer of [staff.supervisorAll, staff.admin]) {
      const view = await getStaffComplaintView(overseer, receipt.id, "complaints");
      expect(view.filer).toBeNull();
      expect(leaks(view)).toBe(false);
    }
    // Another agency: not found at all.
    for (const other of [staff.disdukcapilOfficer, staff.disdukcapilSupervisor, staff.dpmptspOfficer]) {
      expect(await rejectionOf(getStaffComplaintView(other, receipt.id, "complaints"))).toMatchObject({ code: "NOT_FOUND" });
    }
    // The integrity unit has nothing to do with complaints.
    expect(await rejectionOf(getStaffComplaintView(staff.integrity, receipt.id, "complaints"))).toMatchObject({ code: "NOT_FOUND" });

    // The public: never published, not in Open311's list; Open311 by id gives status and dates only.
    expect(await rejectionOf(getPublicComplaint(ANONYMOUS, receipt.trackingCode))).toMatchObject({ code: "NOT_FOUND" });
    expect((await listPublicComplaints({ hal: 1 })).rows.some((row) => row.trackingCode === receipt.trackingCode)).toBe(false);
    const list = await (await listRequests(open311(), new URLSearchParams())).json();
    expect(list.some((request: { service_request_id: string }) => request.service_request_id === receipt.trackingCode)).toBe(false);
    const single = await (await getRequest(open311(), receipt.trackingCode)).json();
    expect(single[0]).toMatchObject({ service_request_id: receipt.trackingCode, status: "open", description: null, address: null, lat: null, long: null });
    expect(leaks(single)).toBe(false);
    expect(JSON.stringify(single)).not.toContain("KTP-el belum jadi");
  });

  it("keeps no trace of an anonymous filer, even one who was signed in", async () => {
    const citizen = await createCitizen();
    const receipt = await file(citizen.actor, { identityMode: "ANONYMOUS" }, { ip: "198.51.100.77" });
    await addInformation(trackerOf(receipt.id), receipt.id, { text: "Saya datang lagi hari Senin." }, [], ip);
    expect(await complaintRow(receipt.id)).toMatchObject({ filerId: null, filerName: null, filerContact: null });
    expect(await db.complaintEvent.count({ where: { complaintId: receipt.id, actorId: { not: null } } })).toBe(0);
    expect(await db.auditEvent.count({ where: { entityId: receipt.id, OR: [{ actorId: { not: null } }, { ip: { not: null } }] } })).toBe(0);
    const view = await getStaffComplaintView(staff.disdukcapilOfficer, receipt.id, "complaints");
    expect(view.filer).toBeNull();
    expect(JSON.stringify(view)).not.toContain(citizen.actor.name);
  });

  it("shows a public filer's name to staff, never to the public, Open311 or the statistics", async () => {
    const citizen = await createCitizen();
    const receipt = await file(citizen.actor, { identityMode: "PUBLIC", locationText: "Kantor Kecamatan Harapan Tengah" });
    expect((await getStaffComplaintView(staff.disdukcapilOfficer, receipt.id, "complaints")).filer?.name).toBe(citizen.actor.name);
    await verifyAndRouteComplaint(staff.disdukcapilOfficer, receipt.id, {}, ip);
    const published = await getPublicComplaint(ANONYMOUS, receipt.trackingCode);
    expect(published.locationText).toBe("Kantor Kecamatan Harapan Tengah");
    const request = (await (await getRequest(open311(), receipt.trackingCode)).json())[0];
    expect(request.description).toContain("KTP-el belum jadi");
    for (const value of [published, request, await complaintStatistics({ start: new Date(0), end: new Date(Date.now() + 86_400_000) })]) {
      expect(JSON.stringify(value)).not.toContain(citizen.actor.name);
      expect(JSON.stringify(value)).not.toContain(citizen.actor.email);
    }
  });
});

describe("whistleblowing", () => {
  it("is a channel for the integrity unit alone: no account link, no agency access, protected reporter", async () => {
    const citizen = await createCitizen();
    const receipt = await file(
      citizen.actor,
      {
        kind: "WHISTLEBLOWING",
        identityMode: "CONFIDENTIAL",
        category: "extortion",
        title: "Pungutan untuk mempercepat KTP-el",
        body: "Petugas loket meminta uang Rp200.000 agar KTP-el saya jadi dalam sehari. Kejadian Senin pagi.",
        reporterName: "Pelapor Rahasia",
        reporterContact: "0812-0000-1111",
        agencyCode: "DISDUKCAPIL",
        serviceSlug: "",
      },
      { files: [{ fileName: "rekaman.pdf", bytes: PDF_BYTES }], ip: "198.51.100.99" },
    );
    expect(receipt.trackingCode).toMatch(/^WBS-\d{4}-\d{6}$/);
    expect(receipt.linked).toBe(false);
    const row = await complaintRow(receipt.id);
    expect(row).toMatchObject({ kind: "WHISTLEBLOWING", filerId: null, filerName: "Pelapor Rahasia" });
    expect(await db.auditEvent.count({ where: { entityId: receipt.id, OR: [{ actorId: { not: null } }, { ip: { not: null } }] } })).toBe(0);

    // Every staff member but the integrity unit: not found, on either page; not in any queue.
    for (const actor of [staff.disdukcapilOfficer, staff.disdukcapilSupervisor, staff.supervisorAll, staff.admin]) {
      expect(await rejectionOf(getStaffComplaintView(actor, receipt.id, "integrity"))).toMatchObject({ code: "NOT_FOUND" });
      expect(await rejectionOf(getStaffComplaintView(actor, receipt.id, "complaints"))).toMatchObject({ code: "NOT_FOUND" });
      expect((await verificationQueue(actor, queueFilters)).rows.some((entry) => entry.id === receipt.id)).toBe(false);
      expect(await rejectionOf(integrityQueue(actor, queueFilters))).toMatchObject({ code: "FORBIDDEN" });
      expect(await rejectionOf(verifyAndRouteComplaint(actor, receipt.id, {}, ip))).toMatchObject({ code: "NOT_FOUND" });
    }
    const documentId = (await db.document.findFirstOrThrow({ where: { complaintId: receipt.id } })).id;
    for (const actor of [staff.disdukcapilOfficer, staff.supervisorAll, staff.admin]) {
      expect(await rejectionOf(openComplaintAttachment({ actor }, documentId, ip))).toMatchObject({ code: "NOT_FOUND" });
    }

    // The integrity unit reads it with the reporter's name, handles and answers it.
    expect((await integrityQueue(staff.integrity, queueFilters)).rows.some((entry) => entry.id === receipt.id)).toBe(true);
    const view = await getStaffComplaintView(staff.integrity, receipt.id, "integrity");
    expect(view.filer).toEqual({ name: "Pelapor Rahasia", contact: "0812-0000-1111" });
    expect(await rejectionOf(getStaffComplaintView(staff.integrity, receipt.id, "complaints"))).toMatchObject({ code: "NOT_FOUND" });
    expect((await openComplaintAttachment({ actor: staff.integrity }, documentId, ip)).fileName).toBe("rekaman.pdf");
    await verifyAndRouteComplaint(staff.integrity, receipt.id, {}, ip);
    await claimComplaint(staff.integrity, receipt.id, {}, ip);
    await respondToComplaint(staff.integrity, receipt.id, { response: "Laporan Anda sedang diperiksa oleh inspektorat; terima kasih." }, ip);
    const handled = await complaintRow(receipt.id);
    expect(handled).toMatchObject({ status: "RESPONDED", assignedOfficerId: staff.integrity.id });
    expect(handled.agencyId).toBe(row.agencyId);
    const routed = await db.complaintEvent.findFirstOrThrow({ where: { complaintId: receipt.id, type: "routed" } });
    expect(routed.actorRole).toBe("INTEGRITY");

    // The reporter follows it with the code; the public, Open311 and the statistics never see it.
    expect((await openComplaintAttachment(trackerOf(receipt.id), documentId, ip)).fileName).toBe("rekaman.pdf");
    expect(await rejectionOf(getPublicComplaint(ANONYMOUS, receipt.trackingCode))).toMatchObject({ code: "NOT_FOUND" });
    expect((await getRequest(open311(), receipt.trackingCode)).status).toBe(404);
    const period = { start: new Date(0), end: new Date(Date.now() + 86_400_000) };
    const stats = await complaintStatistics(period);
    const disdukcapil = stats.find((entry) => entry.agencyCode === "DISDUKCAPIL");
    const complaintsThere = await db.complaint.count({
      where: { agency: { code: "DISDUKCAPIL" }, kind: { not: "WHISTLEBLOWING" }, createdAt: { gte: period.start, lt: period.end } },
    });
    expect(disdukcapil?.received).toBe(complaintsThere);
  });

  it("takes whistleblowing only confidentially or anonymously, and a confidential one with a name", async () => {
    const base = { kind: "WHISTLEBLOWING", category: "corruption", serviceSlug: "" };
    expect(await rejectionOf(fileAnonymously({ ...base, identityMode: "PUBLIC" }))).toMatchObject({
      fieldErrors: { identityMode: ["complaint.identityNotForWhistleblowing"] },
    });
    expect(await rejectionOf(fileAnonymously({ ...base, identityMode: "CONFIDENTIAL" }))).toMatchObject({
      fieldErrors: { reporterName: ["complaint.reporterNameRequired"] },
    });
    const anonymous = await fileAnonymously({ ...base, identityMode: "ANONYMOUS", reporterName: "ignored" });
    expect(await complaintRow(anonymous.id)).toMatchObject({ filerName: null, filerContact: null });
  });
});
