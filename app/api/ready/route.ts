import { readinessResponse } from "@/lib/operations/readiness";

export const dynamic = "force-dynamic";

/** Readiness: database reachable, migrations applied, job worker beating; else 503 (docs/operations.md). */
export function GET() {
  return readinessResponse("GET");
}

export function HEAD() {
  return readinessResponse("HEAD");
}
