import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import type { DashboardCatalog } from "./view";

/**
 * The agencies whose supervisor dashboard the actor may see: those they
 * supervise (lib/auth/policy.ts, agency.supervise). Null means every agency
 * (an all-agency supervisor), which also takes in complaints naming none.
 */
export function supervisedAgencyIds(actor: Actor, catalog: DashboardCatalog): string[] | null {
  const supervised = catalog.agencies.filter((agency) => can(actor, "agency.supervise", { agencyId: agency.id })).map((agency) => agency.id);
  if (supervised.length > 0 && supervised.length === catalog.agencies.length) return null;
  return supervised;
}

/** The catalog cut down to those agencies, for the supervisor's filter. */
export function catalogWithin(catalog: DashboardCatalog, agencyIds: readonly string[] | null): DashboardCatalog {
  if (!agencyIds) return catalog;
  return {
    agencies: catalog.agencies.filter((agency) => agencyIds.includes(agency.id)),
    services: catalog.services.filter((service) => agencyIds.includes(service.agencyId)),
  };
}
