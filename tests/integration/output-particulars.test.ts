import "@/tests/fixtures/upload-dir";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { claimApplication } from "@/lib/applications/use-cases/claim-application";
import { approveApplication } from "@/lib/applications/use-cases/decide-application";
import { saveDraft } from "@/lib/applications/use-cases/save-draft";
import { submitApplication } from "@/lib/applications/use-cases/submit-application";
import { documentStorage } from "@/lib/documents/storage";
import { issueOutput } from "@/lib/outputs/use-cases/issue-output";
import { db } from "@/lib/platform/db";
import { actorFor, createCitizen, DISDUKCAPIL_OFFICER, readAll, startDraft, type UserActor } from "@/tests/fixtures/applications";
import { publishedTestServiceWith } from "@/tests/fixtures/catalog";
import { removeUploadDir } from "@/tests/fixtures/upload-dir";
import { pdfText } from "@/tests/support/pdf-tools";

/**
 * An output document states what its standard says it states (lib/outputs/particulars.ts):
 * the answers its output facts name, as the citizen gave them, and, for a document that
 * expires, until when it is valid.
 */

afterAll(removeUploadDir);

let serviceSlug = "";
let officer: UserActor;

beforeAll(async () => {
  officer = await actorFor({ email: DISDUKCAPIL_OFFICER });
  const admin = await actorFor({ email: "admin@harapanjaya.go.id" });
  serviceSlug = await publishedTestServiceWith(admin, { outputFacts: { reason: "reason" }, outputValidityMonths: 6 });
});

describe("the output document's particulars", () => {
  it("prints the named answer and the end of validity on the signed PDF the citizen downloads", async () => {
    const citizen = await createCitizen();
    const { id } = await startDraft(citizen.actor, { serviceSlug });
    await saveDraft(citizen.actor, id, { reason: "Syukuran Kampung Kenanga" });
    const context = { ip: null, now: new Date("2026-12-07T03:00:00Z") };
    await submitApplication(citizen.actor, id, {}, context);
    await claimApplication(officer, id, context);
    await approveApplication(officer, id, {}, context);
    await issueOutput(officer, id, context);

    const output = await db.outputDocument.findUniqueOrThrow({ where: { applicationId: id } });
    const stored = await documentStorage().get(output.storageKey);
    const text = pdfText(await readAll(stored!.body)).replace(/\s+/g, " ");
    expect(text).toContain("Syukuran Kampung Kenanga");
    expect(text).toContain("Berlaku sampai");
    // Six calendar months after the issue moment (10:00 WIB on 7 December 2026).
    expect(text).toContain("7 Jun 2027, 10.00 WIB");
  });
});
