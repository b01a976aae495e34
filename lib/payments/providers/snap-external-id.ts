import "server-only";
import { createHash } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/platform/db";
import { recordRefusedNotification } from "../use-cases/receive-payment";
import { minifyJson } from "./snap-signature";
import type { ProviderRequest, ProviderResponse } from "./types";

/** SNAP's day is the bank's local day: X-TIMESTAMP is written in WIB (+07:00). */
const SNAP_DAY = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta", year: "numeric", month: "2-digit", day: "2-digit" });
export const snapDay = (now: Date) => SNAP_DAY.format(now);

/** SNAP limits X-EXTERNAL-ID to 36 characters. */
const MAX_EXTERNAL_ID = 36;

function payloadHash(request: ProviderRequest): string {
  let body = request.body;
  try {
    body = minifyJson(request.body);
  } catch {
    // Not JSON: the request is refused later; hash it as received.
  }
  return createHash("sha256").update(`${request.method} ${request.path}\n${body}`).digest("hex");
}

/**
 * Bank Indonesia's SNAP rule: a partner's X-EXTERNAL-ID is unique within a
 * day. The first request with an id is answered by `run` and its answer kept;
 * the same request again (a bank's retry) gets that answer back without
 * running anything twice; the id reused for another request that day is
 * refused with 409xx00 "Conflict". A repeat that arrives while the first is
 * still running is run too: every SNAP handler is idempotent on its own
 * (a payment on its paymentRequestId), so it answers the same.
 */
export async function onceForExternalId(
  request: ProviderRequest,
  partnerId: string,
  serviceCode: string,
  now: Date,
  run: () => Promise<ProviderResponse>,
): Promise<ProviderResponse> {
  const externalId = request.headers["x-external-id"] ?? "";
  if (externalId.length > MAX_EXTERNAL_ID) {
    return { status: 400, body: { responseCode: `400${serviceCode}01`, responseMessage: "Invalid Field Format [X-EXTERNAL-ID]" } };
  }
  const key = { partnerId, externalId, day: snapDay(now) };
  const hash = payloadHash(request);
  const claimed = await db.snapExternalId.createMany({ data: [{ ...key, payloadHash: hash }], skipDuplicates: true });
  if (claimed.count === 0) {
    const first = await db.snapExternalId.findUnique({ where: { partnerId_externalId_day: key }, select: { payloadHash: true, response: true } });
    if (first && first.payloadHash !== hash) {
      await recordRefusedNotification("External ID Conflict", { partnerId, externalId, path: request.path }, request);
      return { status: 409, body: { responseCode: `409${serviceCode}00`, responseMessage: "Conflict" } };
    }
    if (first?.response) return first.response as unknown as ProviderResponse;
  }
  const response = await run();
  const kept = { status: response.status, body: response.body };
  await db.snapExternalId.update({ where: { partnerId_externalId_day: key }, data: { response: kept as unknown as Prisma.InputJsonValue } });
  return response;
}
