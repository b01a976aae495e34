import "../fixtures/upload-dir";
import { randomInt } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ANONYMOUS } from "@/lib/auth/actor";
import { trackingSecretFor } from "@/lib/applications/tracking-secret";
import { trackApplication } from "@/lib/applications/use-cases/track-application";
import { trackComplaint } from "@/lib/complaints/use-cases/track-complaint";
import { createCitizen, rejectionOf, submittedApplication } from "@/tests/fixtures/applications";
import { fileAnonymously } from "@/tests/fixtures/complaints";

const address = () => `203.0.${randomInt(0, 256)}.${randomInt(1, 255)}`;
const wrongSecret = (secret: string) => `${secret[0] === "7" ? "8" : "7"}${secret.slice(1)}`;

/** Issue 16 #8: eleven wrong secrets used to lock a number for an hour for everyone, its holder included. */
describe("a stranger's wrong tracking secrets never lock the holder out", () => {
  it("/lacak: after a guesser's twenty wrong secrets the guesser is refused, and the holder still opens the application", async () => {
    const citizen = await createCitizen();
    const { id, trackingNumber } = await submittedApplication(citizen);
    const secret = trackingSecretFor(id);
    const guesser = { ip: address() };
    const answers = [];
    for (let i = 0; i < 20; i++) answers.push(await rejectionOf(trackApplication(ANONYMOUS, { trackingNumber, secret: wrongSecret(secret) }, guesser)));
    expect(answers.slice(0, 10).every((answer) => (answer as { code: string }).code === "NOT_FOUND")).toBe(true);
    expect(answers.slice(10).every((answer) => (answer as { code: string }).code === "RATE_LIMITED")).toBe(true);
    // The guesser cannot get in even with the right secret now...
    expect(await rejectionOf(trackApplication(ANONYMOUS, { trackingNumber, secret }, guesser))).toMatchObject({ code: "RATE_LIMITED" });
    // ...but the holder, from their own address, can.
    expect(await trackApplication(ANONYMOUS, { trackingNumber, secret }, { ip: address() })).toMatchObject({ id, trackingNumber });
  });

  it("/pengaduan/lacak: after a guesser's twenty wrong secrets the guesser is refused, and the anonymous filer still follows up", async () => {
    const receipt = await fileAnonymously();
    const guesser = { ip: address() };
    const code = receipt.trackingCode;
    const answers = [];
    for (let i = 0; i < 20; i++) answers.push(await rejectionOf(trackComplaint(ANONYMOUS, { code, secret: wrongSecret(receipt.secret) }, guesser)));
    expect(answers.slice(0, 10).every((answer) => (answer as { code: string }).code === "NOT_FOUND")).toBe(true);
    expect(answers.slice(10).every((answer) => (answer as { code: string }).code === "RATE_LIMITED")).toBe(true);
    expect(await rejectionOf(trackComplaint(ANONYMOUS, { code, secret: receipt.secret }, guesser))).toMatchObject({ code: "RATE_LIMITED" });
    expect(await trackComplaint(ANONYMOUS, { code, secret: receipt.secret }, { ip: address() })).toMatchObject({ id: receipt.id });
  });
});
