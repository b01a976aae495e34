import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/platform/db";
import { env } from "@/lib/platform/env";
import { AppError } from "@/lib/platform/errors";
import { signAccessTokenRequest, signTransaction, snapTimestamp } from "./snap-signature";
import { simulatorBankKeys, snapCredentials } from "./snap";

/**
 * The built-in bank simulator (docs/payments.md): what a bank does when a
 * customer pays a virtual account, over HTTP against the portal's own SNAP
 * endpoints. It knows only what a bank knows: the virtual-account number the
 * customer typed, its client credentials and its private key. It takes a
 * token, asks for the bill (inquiry) and notifies the payment, each request signed.
 */

const SNAP_BASE = "/api/pembayaran/snap";

export function isSimulatorEnabled(): boolean {
  return env().PAYMENT_SIMULATOR === "on";
}

/** A payment request id for one press of "Pay": the form carries it, so a retry or double submit notifies the same payment. */
export function newSimulatorReference(): string {
  return `SIM${randomUUID().replace(/-/g, "").slice(0, 29).toUpperCase()}`;
}

/** The virtual account the simulator page shows (what the customer would read off the bill). */
export async function simulatorBill(code: string) {
  if (!isSimulatorEnabled()) throw new AppError("NOT_FOUND", "payment.simulator.notAvailable");
  const bill = await db.bill.findUnique({ where: { code }, select: { code: true, virtualAccountNo: true, amount: true, status: true, expiresAt: true } });
  if (!bill) throw new AppError("NOT_FOUND", "bill.notFound");
  return bill;
}

type Call = { status: number; body: Record<string, unknown> };

async function call(baseUrl: string, path: string, headers: Record<string, string>, body: unknown): Promise<Call> {
  let response: Response;
  try {
    response = await fetch(new URL(`${SNAP_BASE}/${path}`, baseUrl), {
      method: "POST",
      headers: { "Content-Type": "application/json", ...headers },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(15_000),
    });
  } catch {
    throw new AppError("UNAVAILABLE", "payment.providerDown");
  }
  if (response.status >= 500) throw new AppError("UNAVAILABLE", "payment.providerDown");
  return { status: response.status, body: (await response.json().catch(() => ({}))) as Record<string, unknown> };
}

/** Pays the bill's virtual account as a bank would; throws a translated AppError when the portal refuses or cannot be reached. */
export async function payAsSimulatedBank(baseUrl: string, code: string, reference: string, now = new Date()): Promise<void> {
  const bill = await simulatorBill(code);
  const { clientId, clientSecret } = snapCredentials();
  const tokenTimestamp = snapTimestamp(now);
  const token = await call(
    baseUrl,
    "v1.0/access-token/b2b",
    {
      "X-TIMESTAMP": tokenTimestamp,
      "X-CLIENT-KEY": clientId,
      "X-SIGNATURE": signAccessTokenRequest(simulatorBankKeys().privateKey, clientId, tokenTimestamp),
    },
    { grantType: "client_credentials" },
  );
  const accessToken = typeof token.body.accessToken === "string" ? token.body.accessToken : null;
  if (!accessToken) throw new AppError("UNAVAILABLE", "payment.providerDown");

  const signedCall = (path: string, body: Record<string, unknown>) => {
    const timestamp = snapTimestamp(new Date());
    const payload = JSON.stringify(body);
    return call(
      baseUrl,
      path,
      {
        Authorization: `Bearer ${accessToken}`,
        "X-TIMESTAMP": timestamp,
        "X-PARTNER-ID": clientId,
        "X-EXTERNAL-ID": String(Date.now()) + String(Math.floor(Math.random() * 1e6)).padStart(6, "0"),
        "CHANNEL-ID": "95231",
        "X-SIGNATURE": signTransaction(clientSecret, { method: "POST", path: `${SNAP_BASE}/${path}`, accessToken, body: payload, timestamp }),
      },
      body,
    );
  };
  const account = { partnerServiceId: bill.virtualAccountNo.slice(0, 8), customerNo: bill.virtualAccountNo.slice(8), virtualAccountNo: bill.virtualAccountNo };
  const inquiry = await signedCall("v1.0/transfer-va/inquiry", { ...account, inquiryRequestId: reference, channelCode: 6011, trxDateInit: snapTimestamp(now) });
  if (inquiry.body.responseCode !== "2002400") throw new AppError("CONFLICT", "payment.billNotPayable");
  const data = inquiry.body.virtualAccountData as { totalAmount: { value: string; currency: string }; virtualAccountName: string };
  const payment = await signedCall("v1.0/transfer-va/payment", {
    ...account,
    virtualAccountName: data.virtualAccountName,
    paymentRequestId: reference,
    channelCode: 6011,
    paidAmount: data.totalAmount,
    trxDateTime: snapTimestamp(new Date()),
    referenceNo: reference,
    flagAdvise: "N",
  });
  if (payment.body.responseCode !== "2002500") throw new AppError("CONFLICT", "payment.billNotPayable");
}
