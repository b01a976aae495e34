import "../fixtures/upload-dir";
import { beforeAll, describe, expect, it } from "vitest";
import { getFilerComplaintView } from "@/lib/complaints/queries";
import { claimComplaint } from "@/lib/complaints/use-cases/claim-complaint";
import { releaseComplaint } from "@/lib/complaints/use-cases/release-complaint";
import { respondToComplaint } from "@/lib/complaints/use-cases/respond-to-complaint";
import { verifyAndRouteComplaint } from "@/lib/complaints/use-cases/route-complaint";
import { complaintStaff, fileAnonymously, trackerOf, type ComplaintStaff } from "@/tests/fixtures/complaints";

let staff: ComplaintStaff;
beforeAll(async () => {
  staff = await complaintStaff();
});
const ip = { ip: null };

describe("what a whistleblower sees of their report", () => {
  it("shows the integrity channel's steps only, never that the report went to the agency it names", async () => {
    const receipt = await fileAnonymously({
      kind: "WHISTLEBLOWING",
      identityMode: "ANONYMOUS",
      category: "extortion",
      title: "Pungutan di loket KTP-el",
      body: "Petugas loket meminta Rp200.000 agar KTP-el saya jadi dalam sehari, Senin pagi di loket 3.",
      agencyCode: "DISDUKCAPIL",
      serviceSlug: "",
    });
    const view = () => getFilerComplaintView(trackerOf(receipt.id), receipt.trackingCode);
    expect((await view()).shownStatus).toBe("RECEIVED");

    await verifyAndRouteComplaint(staff.integrity, receipt.id, {}, ip);
    const taken = await view();
    expect(taken.status).toBe("ROUTED");
    expect(taken.shownStatus).toBe("WITH_INTEGRITY_UNIT");
    expect(taken.events.map((event) => event.type)).toEqual(["filed", "verified", "integrityTakenUp"]);

    await claimComplaint(staff.integrity, receipt.id, {}, ip);
    expect((await view()).shownStatus).toBe("WITH_INTEGRITY_UNIT");
    await releaseComplaint(staff.integrity, receipt.id, {}, ip);
    const released = await view();
    expect(released.shownStatus).toBe("WITH_INTEGRITY_UNIT");
    expect(released.events.map((event) => event.type)).not.toContain("released");
    expect(released.events.map((event) => event.type)).not.toContain("routed");

    await claimComplaint(staff.integrity, receipt.id, {}, ip);
    await respondToComplaint(staff.integrity, receipt.id, { response: "Laporan Anda sedang diperiksa inspektorat." }, ip);
    expect((await view()).shownStatus).toBe("RESPONDED");
  });

  it("shows a complaint's filer that it went to the agency", async () => {
    const receipt = await fileAnonymously();
    await verifyAndRouteComplaint(staff.disdukcapilOfficer, receipt.id, {}, ip);
    const view = await getFilerComplaintView(trackerOf(receipt.id), receipt.trackingCode);
    expect(view.shownStatus).toBe("ROUTED");
    expect(view.events.map((event) => event.type)).toContain("routed");
  });
});
