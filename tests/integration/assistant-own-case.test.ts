import "../fixtures/upload-dir";
import { describe, expect, it } from "vitest";
import { claimApplication } from "@/lib/applications/use-cases/claim-application";
import { requestCorrection } from "@/lib/applications/use-cases/request-correction";
import { askAssistant } from "@/lib/assistant/use-cases/ask-assistant";
import { ANONYMOUS } from "@/lib/auth/actor";
import { db } from "@/lib/platform/db";
import { createCitizen, submittedApplication } from "../fixtures/applications";
import { createOfficer } from "../fixtures/back-office";

const context = { ip: null };
const NOTE = "Pindaian akta kelahiran buram, mohon unggah ulang yang jelas.";
const ask = (actor: Parameters<typeof askAssistant>[0], q: string) => askAssistant(actor, { q }, { locale: "id" });

describe("Tanya SatuPintu on one's own case: only one's own records are ever reachable", () => {
  it("answers the applicant from their own timeline, and anyone else as if the case did not exist", async () => {
    const officer = await createOfficer("DISDUKCAPIL");
    const owner = await createCitizen();
    const stranger = await createCitizen();
    const { id } = await submittedApplication(owner);
    await claimApplication(officer, id, context);
    await requestCorrection(officer, id, { note: NOTE, fields: ["applicantPhone"] }, context);
    const { trackingNumber } = await db.application.findUniqueOrThrow({ where: { id }, select: { trackingNumber: true } });

    // The applicant: status, the officer's note, a link to their own application.
    const own = await ask(owner.actor, "kenapa permohonan saya dikembalikan?");
    expect(own.intent).toBe("myCase");
    expect(own.answer.grounded).toMatchObject({
      kind: "ownApplication",
      status: "NEEDS_CORRECTION",
      officerNote: NOTE,
      trackingNumber,
      href: `/permohonan/${id}`,
    });
    expect((await ask(owner.actor, `status permohonan saya ${trackingNumber}`)).answer.grounded).toMatchObject({ kind: "ownApplication", trackingNumber });

    // Another citizen, asking the same, or guessing the number: nothing of the owner's case.
    for (const question of ["kenapa permohonan saya dikembalikan?", `status permohonan saya ${trackingNumber}`, `kapan selesai ${trackingNumber}`]) {
      const result = await ask(stranger.actor, question);
      expect(result.answer.grounded).toEqual({ kind: "noOwnCase" });
      expect(JSON.stringify(result)).not.toContain(NOTE);
    }
    // Staff have no own applications, and the officer handling it does not see it this way either.
    expect((await ask(officer, `status permohonan saya ${trackingNumber}`)).answer.grounded).toEqual({ kind: "noOwnCase" });
    // A visitor is asked to sign in.
    expect((await ask(ANONYMOUS, `kenapa permohonan saya ${trackingNumber} dikembalikan`)).answer.grounded).toEqual({ kind: "signIn" });
  });

  it("logs only that one's own case was asked about: no text, no number", async () => {
    const citizen = await createCitizen();
    const { id } = await submittedApplication(citizen);
    const { trackingNumber } = await db.application.findUniqueOrThrow({ where: { id }, select: { trackingNumber: true } });
    const before = new Date();
    await ask(citizen.actor, `kapan permohonan saya ${trackingNumber} selesai`);
    const logged = await db.assistantQuestion.findMany({ where: { createdAt: { gte: before }, outcome: "OWN_CASE" } });
    expect(logged.length).toBeGreaterThanOrEqual(1);
    expect(JSON.stringify(logged)).not.toContain(trackingNumber!);
    expect(logged.every((row) => row.text === "" && row.normalized === "")).toBe(true);
  });
});
