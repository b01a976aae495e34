"use server";
import { headers } from "next/headers";
import { reissueBill } from "@/lib/applications/use-cases/reissue-bill";
import { runFormAction } from "@/lib/auth/action-runner";
import { env } from "@/lib/platform/env";
import type { FormState } from "@/lib/platform/form-state";
import { payAsSimulatedBank } from "./providers/simulator";

/**
 * Where the simulated bank sends its calls: this very instance when reached on
 * the loopback address (the local demo, the tests), else PUBLIC_URL. Never a
 * host the request names, so nobody can make the bank send signed calls elsewhere.
 */
async function portalOrigin(): Promise<string> {
  const host = (await headers()).get("host") ?? "";
  const loopback = /^(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/.exec(host);
  // "localhost" may resolve to ::1 first while the server listens on IPv4 only: call 127.0.0.1.
  return loopback ? `http://127.0.0.1${loopback[2] ?? ""}` : env().PUBLIC_URL;
}

/** "Pay" in the bank simulator: the bank notifies the portal over HTTP, then the citizen is back on the bill. */
export async function payInSimulatorAction(code: string, reference: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const origin = await portalOrigin();
  return runFormAction(formData, () => payAsSimulatedBank(origin, code, reference), { onSuccess: `/bayar/${encodeURIComponent(code)}` });
}

/** "Get a new payment code" for an expired bill: the citizen lands on the new bill (a retry lands there too). */
export async function reissueBillAction(code: string, _previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, ({ actor, context }) => reissueBill(actor, { code }, context), {
    onSuccess: (result) => `/bayar/${encodeURIComponent(result.code)}?hasil=kode-baru`,
  });
}
