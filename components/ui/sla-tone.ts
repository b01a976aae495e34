import type { SlaStatus } from "@/lib/sla/status";

/** The border colour of a time-limit panel: green in time, amber at risk, red late. */
export const SLA_TONE: Record<SlaStatus, string> = {
  ON_TRACK: "border-emerald-600",
  AT_RISK: "border-amber-500",
  BREACHED: "border-red-600",
  MET: "border-emerald-600",
  MISSED: "border-red-600",
};
