import "server-only";
import { createHmac, createPublicKey, generateKeyPairSync, timingSafeEqual, type KeyObject } from "node:crypto";
import { env } from "@/lib/platform/env";
import { keyFromConfig } from "@/lib/platform/secrets";
import { loadBillForInquiry } from "../queries";
import { receivePayment, recordRefusedNotification, type PaymentReceipt } from "../use-cases/receive-payment";
import { effectiveBillStatus } from "../workflow";
import { onceForExternalId } from "./snap-external-id";
import { isFreshTimestamp, rupiahFromSnap, snapAmount, verifyAccessTokenRequest, verifyTransaction } from "./snap-signature";
import type { ProviderRequest, ProviderResponse } from "./types";

/**
 * The biller side of SNAP virtual accounts (docs/payments.md): the bank takes
 * an access token (B2B, SHA256withRSA), asks the portal for the bill
 * (inquiry, service 24) and notifies the payment (service 25), each
 * transaction signed with HMAC-SHA512. The built-in bank simulator speaks
 * exactly this protocol over HTTP, so the demo exercises the real path.
 */

const TOKEN_SECONDS = 900;

type Credentials = { clientId: string; clientSecret: string; bankPublicKey: KeyObject };

type KeyPair = { privateKey: KeyObject; publicKey: KeyObject };
/** Process-wide: Next.js bundles the server action (the bank) and the route (the portal) as separate module instances. */
const shared = globalThis as typeof globalThis & { satupintuSimulatorBankKeys?: KeyPair };

/** The simulator bank's RSA key pair: made once per process (the simulator runs inside the portal). */
export function simulatorBankKeys(): KeyPair {
  shared.satupintuSimulatorBankKeys ??= generateKeyPairSync("rsa", { modulusLength: 2048 });
  return shared.satupintuSimulatorBankKeys;
}

export function snapCredentials(): Credentials {
  const settings = env();
  const clientSecret = keyFromConfig(settings.SNAP_CLIENT_SECRET, "snap-client-secret").toString("base64");
  if (settings.SNAP_BANK_PUBLIC_KEY) {
    return { clientId: settings.SNAP_CLIENT_ID, clientSecret, bankPublicKey: createPublicKey(settings.SNAP_BANK_PUBLIC_KEY.replace(/\\n/g, "\n")) };
  }
  if (settings.NODE_ENV === "production" && !settings.SATUPINTU_ALLOW_DERIVED_KEYS && settings.PAYMENT_SIMULATOR === "off") {
    throw new Error("SNAP_BANK_PUBLIC_KEY is not configured");
  }
  return { clientId: settings.SNAP_CLIENT_ID, clientSecret, bankPublicKey: simulatorBankKeys().publicKey };
}

function tokenKey(): Buffer {
  return keyFromConfig(undefined, "snap-access-token");
}

function issueToken(clientId: string, now: Date): string {
  const payload = Buffer.from(JSON.stringify({ c: clientId, e: Math.floor(now.getTime() / 1000) + TOKEN_SECONDS })).toString("base64url");
  return `${payload}.${createHmac("sha256", tokenKey()).update(payload).digest("base64url")}`;
}

function tokenClient(token: string, now: Date): string | null {
  const [payload, mac] = token.split(".");
  if (!payload || !mac) return null;
  const expected = createHmac("sha256", tokenKey()).update(payload).digest();
  const given = Buffer.from(mac, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const { c, e } = JSON.parse(Buffer.from(payload, "base64url").toString()) as { c: string; e: number };
  return e * 1000 > now.getTime() ? c : null;
}

const header = (request: ProviderRequest, name: string) => request.headers[name.toLowerCase()] ?? "";

function unauthorized(serviceCode: string, reason: string): ProviderResponse {
  return { status: 401, body: { responseCode: `401${serviceCode}00`, responseMessage: `Unauthorized. ${reason}` } };
}

/** POST …/v1.0/access-token/b2b */
export async function snapAccessToken(request: ProviderRequest, now: Date): Promise<ProviderResponse> {
  const credentials = snapCredentials();
  const clientKey = header(request, "X-CLIENT-KEY");
  const timestamp = header(request, "X-TIMESTAMP");
  if (clientKey !== credentials.clientId || !isFreshTimestamp(timestamp, now)) {
    await recordRefusedNotification("accessToken", { clientKey }, request);
    return unauthorized("73", "[Unknown client]");
  }
  if (!verifyAccessTokenRequest(credentials.bankPublicKey, clientKey, timestamp, header(request, "X-SIGNATURE"))) {
    await recordRefusedNotification("accessTokenSignature", { clientKey }, request);
    return unauthorized("73", "[Signature]");
  }
  return {
    status: 200,
    body: {
      responseCode: "2007300",
      responseMessage: "Successful",
      accessToken: issueToken(clientKey, now),
      tokenType: "Bearer",
      expiresIn: String(TOKEN_SECONDS),
    },
  };
}

/** The checks every transaction request passes: a live token for this partner, a fresh timestamp, the HMAC signature. */
async function authenticate(request: ProviderRequest, serviceCode: string, now: Date): Promise<ProviderResponse | null> {
  const credentials = snapCredentials();
  const accessToken = header(request, "Authorization").replace(/^Bearer\s+/i, "");
  const partnerId = header(request, "X-PARTNER-ID");
  const timestamp = header(request, "X-TIMESTAMP");
  const refused = async (reason: string) => {
    await recordRefusedNotification(reason, { partnerId, externalId: header(request, "X-EXTERNAL-ID"), path: request.path }, request);
    return unauthorized(serviceCode, `[${reason}]`);
  };
  if (!header(request, "X-EXTERNAL-ID") || !header(request, "CHANNEL-ID")) return refused("Mandatory Field");
  if (partnerId !== credentials.clientId || tokenClient(accessToken, now) !== partnerId) return refused("Access Token");
  if (!isFreshTimestamp(timestamp, now)) return refused("Timestamp");
  const signed = { method: request.method, path: request.path, accessToken, body: request.body, timestamp };
  if (!verifyTransaction(credentials.clientSecret, signed, header(request, "X-SIGNATURE"))) return refused("Signature");
  return null;
}

function parseBody(request: ProviderRequest): Record<string, unknown> | null {
  try {
    const body = JSON.parse(request.body) as unknown;
    return body && typeof body === "object" && !Array.isArray(body) ? (body as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

const badRequest = (serviceCode: string, field: string): ProviderResponse => ({
  status: 400,
  body: { responseCode: `400${serviceCode}02`, responseMessage: `Invalid Mandatory Field ${field}` },
});

/** POST …/v1.0/transfer-va/inquiry: the bank asks what the virtual account owes. */
export async function snapInquiry(request: ProviderRequest, now: Date): Promise<ProviderResponse> {
  const refused = await authenticate(request, "24", now);
  if (refused) return refused;
  return onceForExternalId(request, header(request, "X-PARTNER-ID"), "24", now, () => answerInquiry(request, now));
}

async function answerInquiry(request: ProviderRequest, now: Date): Promise<ProviderResponse> {
  const body = parseBody(request);
  const virtualAccountNo = typeof body?.virtualAccountNo === "string" ? body.virtualAccountNo : null;
  if (!body || !virtualAccountNo) return badRequest("24", "virtualAccountNo");
  const bill = await loadBillForInquiry(virtualAccountNo);
  if (!bill) return { status: 404, body: { responseCode: "4042412", responseMessage: "Invalid Bill/Virtual Account [Not Found]" } };
  const status = effectiveBillStatus(bill, now);
  if (status !== "ISSUED") {
    const paid = status !== "EXPIRED" && status !== "CANCELLED";
    return {
      status: 404,
      body: paid
        ? { responseCode: "4042414", responseMessage: "Paid Bill" }
        : { responseCode: "4042419", responseMessage: "Invalid Bill/Virtual Account [Expired]" },
    };
  }
  return {
    status: 200,
    body: {
      responseCode: "2002400",
      responseMessage: "Successful",
      virtualAccountData: {
        partnerServiceId: virtualAccountNo.slice(0, 8),
        customerNo: virtualAccountNo.slice(8),
        virtualAccountNo,
        virtualAccountName: bill.payeeName,
        inquiryRequestId: body.inquiryRequestId ?? null,
        totalAmount: snapAmount(bill.amount),
        // "C": a closed amount, paid exactly and once.
        virtualAccountTrxType: "C",
        expiredDate: bill.expiresAt.toISOString(),
        inquiryStatus: "00",
        inquiryReason: { english: "Success", indonesia: "Sukses" },
      },
    },
  };
}

/** POST …/v1.0/transfer-va/payment: the bank notifies a payment. */
export async function snapPayment(request: ProviderRequest, now: Date): Promise<{ response: ProviderResponse; receipt: PaymentReceipt | null }> {
  const refused = await authenticate(request, "25", now);
  if (refused) return { response: refused, receipt: null };
  let receipt: PaymentReceipt | null = null;
  const response = await onceForExternalId(request, header(request, "X-PARTNER-ID"), "25", now, async () => {
    const answer = await answerPayment(request, now);
    receipt = answer.receipt;
    return answer.response;
  });
  return { response, receipt };
}

async function answerPayment(request: ProviderRequest, now: Date): Promise<{ response: ProviderResponse; receipt: PaymentReceipt | null }> {
  const body = parseBody(request);
  const virtualAccountNo = typeof body?.virtualAccountNo === "string" ? body.virtualAccountNo : null;
  const reference = typeof body?.paymentRequestId === "string" && body.paymentRequestId.length <= 128 ? body.paymentRequestId : null;
  const amount = rupiahFromSnap(body?.paidAmount);
  if (!body || !virtualAccountNo) return { response: badRequest("25", "virtualAccountNo"), receipt: null };
  if (!reference) return { response: badRequest("25", "paymentRequestId"), receipt: null };
  if (amount === null) return { response: badRequest("25", "paidAmount"), receipt: null };
  const paidAt = typeof body.trxDateTime === "string" && Number.isFinite(Date.parse(body.trxDateTime)) ? new Date(body.trxDateTime) : now;
  const receipt = await receivePayment(
    { provider: `snap:${header(request, "X-PARTNER-ID")}`, reference, virtualAccountNo, amount, paidAt, message: body as Record<string, string> },
    { ip: request.ip, now },
  );
  if (receipt.kind === "rejected") {
    const response =
      receipt.reason === "unknownBill"
        ? { status: 404, body: { responseCode: "4042512", responseMessage: "Invalid Bill/Virtual Account [Not Found]" } }
        : { status: 404, body: { responseCode: "4042513", responseMessage: "Invalid Amount" } };
    return { response, receipt };
  }
  return {
    receipt,
    response: {
      status: 200,
      body: {
        responseCode: "2002500",
        responseMessage: "Successful",
        virtualAccountData: {
          partnerServiceId: virtualAccountNo.slice(0, 8),
          customerNo: virtualAccountNo.slice(8),
          virtualAccountNo,
          paymentRequestId: reference,
          paidAmount: snapAmount(amount),
          // The money is recorded in every case; a late or double payment is refunded (docs/payments.md).
          paymentFlagStatus: "00",
          paymentFlagReason: { english: "Success", indonesia: "Sukses" },
        },
      },
    },
  };
}
