import "server-only";
import packageJson from "@/package.json";
import { env } from "@/lib/platform/env";
import { loadPortalSettings } from "@/lib/platform/portal-settings";
import { openApiDocument } from "./openapi";

/** The document as this installation serves it: its public address, its portal name, the release. */
export async function currentOpenApiDocument() {
  const { portalName } = await loadPortalSettings();
  return openApiDocument(env().PUBLIC_URL, { title: portalName, version: packageJson.version });
}
