import "../fixtures/upload-dir";
import { describe, expect, it } from "vitest";
import { getAgencyCaseView } from "@/lib/applications/case-view";
import { claimApplication } from "@/lib/applications/use-cases/claim-application";
import { requestCorrection } from "@/lib/applications/use-cases/request-correction";
import { resubmitApplication } from "@/lib/applications/use-cases/resubmit-application";
import { saveDraft } from "@/lib/applications/use-cases/save-draft";
import { uploadDocument } from "@/lib/applications/use-cases/upload-document";
import { maskNik } from "@/lib/identity/nik";
import { db } from "@/lib/platform/db";
import { createCitizen, ktpAnswers, submittedApplication } from "../fixtures/applications";
import { createOfficer } from "../fixtures/back-office";
import { PDF_BYTES } from "../fixtures/documents";

const context = { ip: null };
const NOTE = "Nomor KK dan telepon tidak sesuai, dan pindaian KK buram. Mohon perbaiki.";

describe("what the citizen changed in a correction", () => {
  it("shows the officer the old and new answers and the replaced document, identity numbers masked and never stored in the clear", async () => {
    const officer = await createOfficer("DISDUKCAPIL");
    const citizen = await createCitizen();
    const { id } = await submittedApplication(citizen);
    await claimApplication(officer, id, context);
    await requestCorrection(officer, id, { note: NOTE, fields: ["applicantKkNumber", "applicantPhone", "familyCardScan"] }, context);

    const newKk = `${citizen.kkNumber.slice(0, 12)}9999`;
    await saveDraft(citizen.actor, id, ktpAnswers(citizen, { applicantKkNumber: newKk, applicantPhone: "081298765432" }));
    await uploadDocument(citizen.actor, { applicationId: id, fieldKey: "familyCardScan", fileName: "kk-jelas.pdf", bytes: PDF_BYTES }, context);
    await resubmitApplication(citizen.actor, id, context);

    const view = await getAgencyCaseView(officer, id);
    expect(view.correctionChanges?.answers).toEqual([
      { field: "applicantKkNumber", before: maskNik(citizen.kkNumber), after: maskNik(newKk) },
      { field: "applicantPhone", before: "+6281234567890", after: "+6281298765432" },
    ]);
    expect(view.correctionChanges?.documents).toEqual([{ field: "familyCardScan", before: ["kk.pdf"], after: ["kk-jelas.pdf"] }]);

    // The timeline keeps identity numbers as the answers do: sealed, never in the clear.
    const stored = JSON.stringify(await db.applicationEvent.findMany({ where: { applicationId: id }, select: { data: true } }));
    expect(stored).not.toContain(citizen.kkNumber);
    expect(stored).not.toContain(newKk);
  });

  it("says nothing changed when the citizen sends the named fields back as they were", async () => {
    const officer = await createOfficer("DISDUKCAPIL");
    const citizen = await createCitizen();
    const { id } = await submittedApplication(citizen);
    await claimApplication(officer, id, context);
    await requestCorrection(officer, id, { note: NOTE, fields: ["applicantPhone"] }, context);
    await resubmitApplication(citizen.actor, id, context);

    expect((await getAgencyCaseView(officer, id)).correctionChanges).toMatchObject({ answers: [], documents: [] });
  });
});
