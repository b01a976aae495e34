import { healthResponse } from "@/lib/operations/readiness";

export const dynamic = "force-dynamic";

/** Liveness: the process answers (docs/operations.md). No database question, so an outage never restarts healthy processes. */
export function GET() {
  return healthResponse("GET");
}

export function HEAD() {
  return healthResponse("HEAD");
}
