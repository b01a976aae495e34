import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { settleFromProvider } from "@/lib/applications/payment-callback";
import { saveDraft } from "@/lib/applications/use-cases/save-draft";
import { submitApplication } from "@/lib/applications/use-cases/submit-application";
import { providerEndpoint } from "@/lib/payments/providers/registry";
import { newSimulatorReference, payAsSimulatedBank } from "@/lib/payments/providers/simulator";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { actorFor, createCitizen, rejectionOf, startDraft } from "@/tests/fixtures/applications";
import { publishedTestService } from "@/tests/fixtures/catalog";
import { ownerDb } from "@/tests/fixtures/owner-db";

/**
 * "The provider being down gives the citizen a clear message and a retry"
 * (issue 20): the bank simulator's calls reach a stand-in for the portal's
 * SNAP route that first answers 503, then is down altogether, then is back.
 */
let mode: "unavailable" | "up" = "unavailable";
let server: Server;
let origin = "";

beforeAll(async () => {
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      void (async () => {
        if (mode === "unavailable") {
          response.writeHead(503).end();
          return;
        }
        const path = new URL(request.url ?? "/", "http://localhost").pathname;
        const handler = providerEndpoint("snap", path.replace("/api/pembayaran/snap/", ""))!;
        const headers = Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name, String(value)]));
        const answer = await settleFromProvider(handler, { method: "POST", path, headers, body: Buffer.concat(chunks).toString(), ip: "127.0.0.1" });
        response.writeHead(answer.status, { "Content-Type": "application/json" }).end(JSON.stringify(answer.body));
      })();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function billToPay() {
  const admin = await actorFor({ email: "admin@harapanjaya.go.id" });
  const service = await publishedTestService(admin);
  const row = await db.service.findUniqueOrThrow({
    where: { id: service.id },
    select: { slug: true, currentVersion: { select: { id: true, standard: true } } },
  });
  const feeRule = {
    computation: { kind: "fixed", amount: 30000, label: { id: "PNBP", en: "Fee" } },
    trigger: "submission",
    legalBasis: { id: "PP 76/2020", en: "GR 76/2020" },
    validDays: 7,
  };
  await ownerDb().serviceStandardVersion.update({
    where: { id: row.currentVersion!.id },
    data: { standard: { ...(row.currentVersion!.standard as object), feeRule } },
  });
  const citizen = await createCitizen();
  const { id } = await startDraft(citizen.actor, { serviceSlug: row.slug });
  await saveDraft(citizen.actor, id, { reason: "uji" });
  await submitApplication(citizen.actor, id, {}, { ip: null, now: new Date() });
  return db.bill.findFirstOrThrow({ where: { applicationId: id } });
}

describe("the bank (provider) being down", () => {
  it("tells the citizen the bank cannot be reached and nothing was paid; the same press, retried, pays once", async () => {
    const bill = await billToPay();
    // The reference is fixed when the simulator page renders: a retry notifies the same payment.
    const reference = newSimulatorReference();
    for (const target of [origin, "http://127.0.0.1:9"]) {
      const error = await rejectionOf(payAsSimulatedBank(target, bill.code, reference));
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({ code: "UNAVAILABLE", messageKey: "payment.providerDown" });
    }
    expect(await db.payment.count({ where: { billId: bill.id } })).toBe(0);
    expect(await db.bill.findUniqueOrThrow({ where: { id: bill.id }, select: { status: true } })).toEqual({ status: "ISSUED" });

    mode = "up";
    await payAsSimulatedBank(origin, bill.code, reference);
    // A second press after it went through: the bank finds the bill paid and says so; nothing is paid twice.
    expect(await rejectionOf(payAsSimulatedBank(origin, bill.code, reference))).toMatchObject({ messageKey: "payment.billNotPayable" });
    expect(await db.payment.count({ where: { billId: bill.id } })).toBe(1);
    expect(await db.bill.findUniqueOrThrow({ where: { id: bill.id }, select: { status: true } })).toEqual({ status: "PAID" });
  });
});
